// Entropy of a softmax policy: ln|A| for uniform, 0 for a deterministic policy, lower at a low temperature; the
// covariance rule predicts the exact entropy change of a small logit step up to O(η²) (checked in a one-state
// bandit, for vanilla and natural policy gradient); pushing a likely action drains entropy, a rare one adds to it.
import { describe, expect, it } from 'vitest';
import { entropy, predictedEntropyChange, softmax } from '../../../src/core/metrics/policy-entropy.ts';

describe('policy entropy', () => {
  it('is ln|A| for a uniform policy, 0 for a deterministic one, and falls with the temperature', () => {
    expect(entropy([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(Math.log(4), 12);
    expect(entropy([0, 1, 0])).toBe(0);
    const z = [1, 0.5, -1];
    expect(entropy(softmax(z, 0.3))).toBeLessThan(entropy(softmax(z, 1)));
    expect(entropy(softmax(z, 100))).toBeCloseTo(Math.log(3), 3);
    expect(Array.from(softmax([1000, 1000]))).toEqual([0.5, 0.5]);
    expect(() => softmax(z, 0)).toThrow(/temperature/);
  });

  it('predicts the entropy change of a small policy-gradient step to first order', () => {
    const z = [1.2, 0.3, -0.4, 0];
    const advantage = [0.5, -0.2, 1, -0.6];
    const pi = softmax(z);
    for (const rule of ['vanilla', 'natural'] as const) {
      const errorAt = (eta: number) => {
        const delta = advantage.map((A, a) => eta * A * (rule === 'vanilla' ? pi[a]! : 1));
        const exact = entropy(softmax(z.map((x, a) => x + delta[a]!))) - entropy(pi);
        return { exact, error: Math.abs(exact - predictedEntropyChange(pi, delta)) };
      };
      const big = errorAt(1e-2);
      const small = errorAt(5e-3);
      // The prediction is exact to first order: halving η quarters the error.
      expect(big.error / small.error).toBeGreaterThan(3.5);
      expect(big.error / small.error).toBeLessThan(4.5);
      expect(small.error).toBeLessThan(Math.abs(small.exact) * 0.05);
    }
  });

  it('drains entropy when a likely action is pushed up and adds to it when a rare one is', () => {
    const pi = softmax([2, 0, 0]);
    expect(predictedEntropyChange(pi, [0.1, 0, 0])).toBeLessThan(0);
    expect(predictedEntropyChange(pi, [0, 0.1, 0])).toBeGreaterThan(0);
  });
});
