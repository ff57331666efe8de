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
