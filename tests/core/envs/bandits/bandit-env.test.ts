// K-armed bandits (S&B ch. 2): hand-computed cumulative regret, optimal-action flags, testbed and Bernoulli draws.
import { describe, it, expect } from 'vitest';
import { BernoulliBandit, GaussianBandit } from '../../../../src/core/envs/bandits/bandit-env.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { moments } from '../../rng/moments.ts';

describe('GaussianBandit info', () => {
  // Arms 1 and 3 tie for the best mean 2.
  const means = new Float64Array([1, 2, 0.5, 2]);

  it('accumulates regret best − pulled mean and flags both tied best arms', () => {
    const env = new GaussianBandit(means, createRng(1));
    expect(env.reset()).toBe(0);
    const pulls = [0, 2, 1, 3, 0];
    // Regret per pull: 1, 1.5, 0, 0, 1.
    const expectedRegret = [1, 2.5, 2.5, 2.5, 3.5];
    const expectedOptimal = [0, 0, 1, 1, 0];
    pulls.forEach((arm, t) => {
      const r = env.step(arm);
      expect(r.obs).toBe(0);
      expect(r.info['bandit/regret']).toBeCloseTo(expectedRegret[t], 12);
      expect(r.info['bandit/optimal-action']).toBe(expectedOptimal[t]);
      expect(r.info['bandit/reward']).toBe(r.reward);
      expect([r.terminated, r.truncated]).toEqual([false, false]);
    });
  });

  it('flags a suffix failure when no optimal pull falls in the second half of the pulls so far', () => {
    const env = new GaussianBandit(means, createRng(1));
    env.reset();
    // Pulls 1..6: optimal (arm 1) at pull 3 only. Failure when 2·(last optimal pull) ≤ pulls so far: 2·3 ≤ 6.
    const flags = [0, 2, 1, 2, 0, 0].map((arm) => env.step(arm).info['bandit/suffix-failure']);
    expect(flags).toEqual([1, 1, 0, 0, 0, 1]);
    env.reset();
    expect(env.step(3).info['bandit/suffix-failure']).toBe(0);
  });

  it('zeroes the regret on reset', () => {
    const env = new GaussianBandit(means, createRng(2));
    env.reset();
    env.step(2);
    env.step(2);
    env.reset();
    expect(env.step(0).info['bandit/regret']).toBe(1);
  });

  it('pays exactly the mean when the reward noise is 0', () => {
    const env = new GaussianBandit(means, createRng(3), 0);
    env.reset();
    expect([0, 1, 2, 3].map((a) => env.step(a).reward)).toEqual([1, 2, 0.5, 2]);
  });

  it('has one state, one action per arm, and a plain view naming the first best arm', () => {
    const env = new GaussianBandit(means, createRng(4));
    expect(env.observationSpace).toEqual(discrete(1));
    expect(env.actionSpace).toEqual(discrete(4));
    expect(env.view()).toStrictEqual({ kind: 'bandit', means: [1, 2, 0.5, 2], optimalArm: 1, rewardModel: 'gaussian' });
  });

  it('draws rewards ~ N(q*(a), std²)', () => {
    const env = new GaussianBandit(means, createRng(5), 2);
    const rewards = Float64Array.from({ length: 40_000 }, () => env.step(1).reward);
    const { mean, variance } = moments(rewards);
    // Standard errors: 0.01 for the mean, 0.028 for the variance.
    expect(Math.abs(mean - 2)).toBeLessThan(0.05);
    expect(Math.abs(variance - 4)).toBeLessThan(0.15);
  });
});

describe('GaussianBandit.testbed', () => {
  it.each([0, 4])('draws q*(a) ~ N(%s, 1) over many problems', (qStarMean) => {
    const rng = createRng(`testbed-${qStarMean}`);
    const all: number[] = [];
    for (let p = 0; p < 2000; p++) all.push(...GaussianBandit.testbed(10, qStarMean, rng.fork(`problem:${p}`)).means);
    const { mean, variance } = moments(all);
    // 20 000 draws: standard errors 0.007 (mean) and 0.01 (variance).
    expect(Math.abs(mean - qStarMean)).toBeLessThan(0.035);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

describe('BernoulliBandit', () => {
  it('pays 0 or 1 with frequency p', () => {
    const env = new BernoulliBandit(new Float64Array([0.2, 0.7, 1, 0]), createRng(6));
    env.reset();
    for (const [arm, p] of [[0, 0.2], [1, 0.7], [2, 1], [3, 0]]) {
      let ones = 0;
      let other = 0;
      for (let i = 0; i < 20_000; i++) {
        const r = env.step(arm).reward;
        if (r === 1) ones++;
        else if (r !== 0) other++;
      }
      expect(other).toBe(0);
      // Standard error ≤ 0.0033.
      expect(Math.abs(ones / 20_000 - p)).toBeLessThan(0.015);
    }
    expect(env.view().rewardModel).toBe('bernoulli');
  });

  it.each([[[0.5, 1.2]], [[-0.1]], [[NaN]]])('rejects means %j outside [0, 1]', (ps) => {
    expect(() => new BernoulliBandit(new Float64Array(ps), createRng(7))).toThrow(RangeError);
  });

  it('draws uniform means in [0, 1)', () => {
    const env = BernoulliBandit.uniform(1000, createRng(8));
    expect(env.means.every((p) => p >= 0 && p < 1)).toBe(true);
    expect(Math.abs(moments(env.means).mean - 0.5)).toBeLessThan(0.05);
  });
});
