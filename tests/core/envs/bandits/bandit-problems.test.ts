// The bandit lab's EVOLvE-style problems: the stated means, one best arm at a random position, and rewards of the
// stated kind and variance.
import { describe, expect, it } from 'vitest';
import { BANDIT_PROBLEMS, createBanditProblem, isBernoulliProblem, rewardVariance } from '../../../../src/core/envs/bandits/bandit-problems.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { moments } from '../../rng/moments.ts';

describe('bandit problems', () => {
  it.each([['small-gap', 0.4, 0.6], ['large-gap', 0.25, 0.75]] as const)('%s: one arm at the best mean, the others below', (problem, rest, best) => {
    const env = createBanditProblem(problem, 5, createRng(1));
    expect(env.rewardModel).toBe('bernoulli');
    expect([...env.means].sort()).toEqual([rest, rest, rest, rest, best]);
    expect(env.view().means[env.view().optimalArm]).toBe(best);
  });

  it('puts the best arm at different positions across seeds', () => {
    const positions = new Set(Array.from({ length: 40 }, (_, seed) => createBanditProblem('small-gap', 5, createRng(seed)).view().optimalArm));
    expect(positions.size).toBe(5);
  });

  it.each(['gaussian-high-variance', 'gaussian-low-variance'] as const)('%s: rewards spread with the stated variance around the mean', (problem) => {
    const env = createBanditProblem(problem, 3, createRng(2));
    expect(env.rewardModel).toBe('gaussian');
    env.reset();
    const rewards = Array.from({ length: 20_000 }, () => env.step(0).reward);
    const { mean, variance } = moments(rewards);
    expect(mean).toBeCloseTo(env.means[0], 1);
    expect(variance / rewardVariance(problem)!).toBeGreaterThan(0.95);
    expect(variance / rewardVariance(problem)!).toBeLessThan(1.05);
  });

  it('knows which problems are Bernoulli and rejects fewer than 2 arms', () => {
    expect(BANDIT_PROBLEMS.filter(isBernoulliProblem)).toEqual(['small-gap', 'large-gap']);
    expect(() => createBanditProblem('small-gap', 1, createRng(0))).toThrow(RangeError);
  });
});

describe('drifting means', () => {
  it('moves the means after each pull, keeps Bernoulli means in [0, 1], counts regret against the best of the moment, and restores them on reset', () => {
    const env = createBanditProblem('large-gap', 3, createRng(5));
    const start = Array.from(env.means);
    env.drift = 0.2;
    env.reset();
    let regret = 0;
    for (let t = 0; t < 200; t++) {
      const best = Math.max(...env.means);
      const pulled = env.means[0];
      regret += best - pulled;
      expect(env.step(0).info['bandit/regret']).toBeCloseTo(regret, 9);
      for (const m of env.means) expect(m >= 0 && m <= 1).toBe(true);
    }
    expect(Array.from(env.means)).not.toEqual(start);
    env.reset();
    expect(Array.from(env.means)).toEqual(start);
  });

  it('draws nothing extra when the drift is 0 (stationary runs are unchanged)', () => {
    const rewards = [0, 0].map(() => {
      const env = createBanditProblem('small-gap', 4, createRng(9));
      env.drift = 0;
      env.reset();
      return Array.from({ length: 50 }, () => env.step(1).reward);
    });
    const plain = createBanditProblem('small-gap', 4, createRng(9));
    plain.reset();
    expect(rewards[0]).toEqual(Array.from({ length: 50 }, () => plain.step(1).reward));
  });
});
