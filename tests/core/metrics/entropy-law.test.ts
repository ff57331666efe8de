// The entropy–performance law: exact recovery of a and b from points on the curve, the ceiling b − a at H = 0, a
// least-squares fit through noisy points, and a clear refusal when the entropies do not vary.
import { describe, expect, it } from 'vitest';
import { fitEntropyLaw } from '../../../src/core/metrics/entropy-law.ts';

describe('entropy law', () => {
  it('recovers a and b from points on R = −a·e^H + b, and predicts the ceiling b − a', () => {
    const points = [0.2, 0.8, 1.5, 2].map((entropy) => ({ entropy, reward: -0.05 * Math.exp(entropy) + 0.9 }));
    const law = fitEntropyLaw(points);
    expect(law.a).toBeCloseTo(0.05, 12);
    expect(law.b).toBeCloseTo(0.9, 12);
    expect(law.ceiling).toBeCloseTo(0.85, 12);
  });

  it('fits noisy checkpoints by least squares in e^H', () => {
    // Two points at x = e^0 = 1 (R 0.5 and 0.7) and one at x = e^1 (R 0.2): the line through (1, 0.6) and (e, 0.2).
    const law = fitEntropyLaw([{ entropy: 0, reward: 0.5 }, { entropy: 0, reward: 0.7 }, { entropy: 1, reward: 0.2 }]);
    const slope = (0.2 - 0.6) / (Math.E - 1);
    expect(law.a).toBeCloseTo(-slope, 12);
    expect(law.ceiling).toBeCloseTo(0.6, 12);
  });

  it('refuses fewer than two distinct entropies', () => {
    expect(() => fitEntropyLaw([{ entropy: 1, reward: 0.3 }])).toThrow(/two checkpoints with different entropies/);
    expect(() => fitEntropyLaw([{ entropy: 1, reward: 0.3 }, { entropy: 1, reward: 0.5 }])).toThrow(/different entropies/);
  });
});
