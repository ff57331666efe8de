// KL-UCB (Garivier & Cappé 2011): the Bernoulli divergence, hand-worked indices, the bisection's accuracy, the
// Gaussian closed form, the Pinsker bound against Hoeffding's UCB, each arm once first, and seeds.
import { describe, it, expect } from 'vitest';
import {
  bernoulliKl, createKlUcb, klUcbBernoulliIndex, klUcbBound, klUcbGaussianIndex, type KlUcbSettings,
} from '../../../../src/core/agents/bandit/kl-ucb.ts';
import { GaussianBandit } from '../../../../src/core/envs/bandits/bandit-env.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { actionSequence, banditContext, pull } from './bandit-test-kit.ts';

const make = (settings: KlUcbSettings, arms = 2, seed = 6) => createKlUcb(banditContext(arms, seed), settings);

describe('KL-UCB index', () => {
  it('kl(p, q) for Bernoulli laws, with 0·ln 0 = 0', () => {
    // kl(0.5, 0.75) = 0.5 ln(0.5/0.75) + 0.5 ln(0.5/0.25) = 0.5(−0.405465) + 0.5(0.693147) = 0.143841
    expect(bernoulliKl(0.5, 0.75)).toBeCloseTo(0.1438410362, 9);
    expect(bernoulliKl(0.3, 0.3)).toBe(0);
    expect(bernoulliKl(0, 0.5)).toBeCloseTo(Math.LN2, 14); // −ln(1 − q)
    expect(bernoulliKl(1, 0.25)).toBeCloseTo(Math.log(4), 14); // −ln q
    expect(bernoulliKl(0.5, 1)).toBe(Infinity);
  });

  it('the exploration level is ln t + c·ln ln t, with ln ln t = 0 while ln t ≤ 1', () => {
    // t = 100, c = 3: 4.605170 + 3·ln 4.605170 = 4.605170 + 3·1.527180 = 9.186709
    expect(klUcbBound(100)).toBeCloseTo(Math.log(100), 14);
    expect(klUcbBound(100, 3)).toBeCloseTo(9.186709, 6);
    expect(klUcbBound(2, 3)).toBeCloseTo(Math.LN2, 14);
    expect(klUcbBound(1, 3)).toBe(0);
  });

  it('solves n·kl(μ̂, q) = level by bisection to 1e-6', () => {
    // n = 4, level = 4·kl(0.5, 0.75): the answer is 0.75.
    expect(Math.abs(klUcbBernoulliIndex(0.5, 4, 4 * bernoulliKl(0.5, 0.75)) - 0.75)).toBeLessThanOrEqual(1e-6);
    // μ̂ = 0: kl(0, q) = −ln(1 − q), so q = 1 − exp(−ln t / n); n = 2, t = 10: 1 − 1/√10 = 0.683772
    expect(Math.abs(klUcbBernoulliIndex(0, 2, Math.log(10)) - (1 - 1 / Math.sqrt(10)))).toBeLessThanOrEqual(1e-6);
    // Direct check at several states: the returned q satisfies the constraint and q + 1e-6 violates it.
    for (const [mean, n, t] of [[0.3, 5, 50], [0.9, 20, 1000], [0.01, 100, 10_000], [0.5, 1, 3]]) {
      const level = Math.log(t) / n;
      const q = klUcbBernoulliIndex(mean, n, Math.log(t));
      expect(bernoulliKl(mean, q)).toBeLessThanOrEqual(level);
      expect(bernoulliKl(mean, Math.min(1, q + 1e-6))).toBeGreaterThan(level);
    }
  });

  it('handles the edges: μ̂ = 1 → 1, an untried arm → ∞, ln t = 0 → μ̂', () => {
    expect(klUcbBernoulliIndex(1, 3, Math.log(10))).toBe(1);
    expect(klUcbBernoulliIndex(0.4, 0, Math.log(10))).toBe(Infinity);
    expect(klUcbBernoulliIndex(0.4, 3, 0)).toBe(0.4);
  });

  it('is never above the Hoeffding bound μ̂ + √(ln t / 2n) (Pinsker: kl(p, q) ≥ 2(q − p)²)', () => {
    for (const mean of [0, 0.1, 0.4, 0.6, 0.95]) {
      for (const n of [1, 3, 10, 100]) {
        const bound = Math.log(500);
        expect(klUcbBernoulliIndex(mean, n, bound)).toBeLessThanOrEqual(mean + Math.sqrt(bound / (2 * n)) + 1e-6);
      }
    }
  });

  it('Gaussian rewards: μ̂ + σ·√(2·level/n)', () => {
    // μ̂ = 0.3, n = 4, σ² = 0.25, t = 10: 0.3 + 0.5·√(2·2.302585/4) = 0.3 + 0.5·1.072983 = 0.836492
    expect(klUcbGaussianIndex(0.3, 4, Math.log(10), 0.25)).toBeCloseTo(0.836492, 6);
    expect(klUcbGaussianIndex(0.3, 0, Math.log(10), 0.25)).toBe(Infinity);
  });
});

describe('KL-UCB agent', () => {
  it('pulls every arm once before repeating one', () => {
    for (const seed of [1, 2, 3]) {
      const agent = make({ rewardModel: 'bernoulli' }, 5, seed);
      const first = Array.from({ length: 5 }, () => {
        const a = agent.act(0);
        agent.learn(pull(a, 1));
        return a;
      });
      expect(new Set(first).size).toBe(5);
    }
  });

  it('view() holds the hand-worked indices the next choice ranks by', () => {
    // arm 0: 0, 0 (μ̂ = 0, n = 2); arm 1: 1, 1, 1 (μ̂ = 1). Next pull t = 6:
    // arm 0: 1 − exp(−ln 6 / 2) = 1 − 1/√6 = 0.591752; arm 1: 1 → arm 1.
    const agent = make({ rewardModel: 'bernoulli' });
    [[0, 0], [0, 0], [1, 1], [1, 1], [1, 1]].forEach(([a, r]) => agent.learn(pull(a, r)));
    const v = agent.view();
    expect(Math.abs(v.indices![0] - (1 - 1 / Math.sqrt(6)))).toBeLessThanOrEqual(1e-6);
    expect(v.indices![1]).toBe(1);
    expect(v.uncertainty![0]).toBeCloseTo(v.indices![0], 12); // μ̂ = 0: the bonus is the whole index
    expect(v.uncertainty![1]).toBe(0);
    expect(v.uncertaintyKind).toBe('bonus');
    expect(v.indexLabel).toBe('KL-UCB index');
    expect(Array.from(v.estimates!)).toEqual([0, 1]);
    expect(agent.act(0)).toBe(1);
  });

  it('the optimism can outweigh a better mean, and c > 0 adds more (live)', () => {
    // arm 0: 8 pulls, mean 0.5; arm 1: 1 pull of 0 (μ̂ = 0). Next t = 10, ln 10 = 2.302585:
    // arm 1: 1 − exp(−2.302585) = 0.9; arm 0: kl(0.5, q) = −½ln(4q(1−q)) = ln 10 / 8 → 4q(1−q) = 10^(−1/4),
    // q = (1 + √(1 − 10^(−1/4)))/2 = 0.830778 (< 0.9) → arm 1, though arm 0's mean is better.
    const agent = make({ rewardModel: 'bernoulli' });
    [1, 0, 1, 0, 1, 0, 1, 0].forEach((r) => agent.learn(pull(0, r)));
    agent.learn(pull(1, 0));
    const v = agent.view();
    expect(v.indices![1]).toBeCloseTo(0.9, 5);
    expect(Math.abs(v.indices![0] - (1 + Math.sqrt(1 - 10 ** -0.25)) / 2)).toBeLessThanOrEqual(1e-6);
    expect(agent.act(0)).toBe(1);
    agent.setParams({ rewardModel: 'bernoulli', c: 3 });
    expect(agent.view().indices![0]).toBeGreaterThan(v.indices![0]);
  });

  it('gaussian: the closed-form index, and it finds the best of three arms', () => {
    const agent = make({ rewardModel: 'gaussian', noiseVariance: 0.25 });
    // arm 0: 0.1, 0.5 (μ̂ = 0.3, n = 2); arm 1: 1 (n = 1). t = 4: arm 0: 0.3 + 0.5·√(2 ln 4 / 2) = 0.888705
    [[0, 0.1], [0, 0.5], [1, 1]].forEach(([a, r]) => agent.learn(pull(a, r)));
    expect(agent.view().indices![0]).toBeCloseTo(0.3 + 0.5 * Math.sqrt(Math.log(4)), 12);

    const env = new GaussianBandit(new Float64Array([0, 0.5, 1]), createRng('klucb-gauss').fork('env'));
    const learner = make({ rewardModel: 'gaussian', noiseVariance: 1 }, 3, 31);
    env.reset();
    for (let t = 0; t < 1000; t++) {
      const a = learner.act(0);
      learner.learn(pull(a, env.step(a).reward));
    }
    expect(learner.view().pulls![2]).toBeGreaterThan(600);
  });

  it('is reproducible per seed and differs across seeds', () => {
    const build = (ctx: Parameters<typeof createKlUcb>[0]) => createKlUcb(ctx, { rewardModel: 'bernoulli' });
    expect(actionSequence(build, 1)).toEqual(actionSequence(build, 1));
    expect(actionSequence(build, 1)).not.toEqual(actionSequence(build, 2));
  });
});
