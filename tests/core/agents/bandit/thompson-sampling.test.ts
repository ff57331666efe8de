// Thompson sampling: Beta posteriors for Bernoulli arms, conjugate Gaussian posteriors, and concentration on the best arm.
import { describe, it, expect } from 'vitest';
import { createThompsonSampling, type ThompsonSettings } from '../../../../src/core/agents/bandit/thompson-sampling.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

const make = (settings: ThompsonSettings, arms = 3, seed = 9) =>
  createThompsonSampling({ observationSpace: discrete(1), actionSpace: discrete(arms), rng: createRng(seed) }, settings);
const pull = (action: number, reward: number) => ({ obs: 0, action, reward, nextObs: 0, terminated: false, truncated: false });

describe('thompson sampling', () => {
  it('bernoulli: view() holds Beta(1 + successes, 1 + failures) per arm', () => {
    // arm 0: 1, 1, 0 → Beta(3, 2); arm 1: 0 → Beta(1, 2); arm 2 unpulled → Beta(1, 1)
    const agent = make({ rewardModel: 'bernoulli' });
    [[0, 1], [0, 1], [0, 0], [1, 0]].forEach(([a, r]) => agent.learn(pull(a, r)));
    const v = agent.view();
    expect(Array.from(v.betaAlpha!)).toEqual([3, 1, 1]);
    expect(Array.from(v.betaBeta!)).toEqual([2, 2, 1]);
    // means α/(α+β) = [3/5, 1/3, 1/2]; sd of Beta(3,2) = sqrt(3·2 / (5²·6)) = sqrt(0.04) = 0.2
    expect(v.estimates![0]).toBeCloseTo(0.6, 12);
    expect(v.estimates![1]).toBeCloseTo(1 / 3, 12);
    expect(v.estimates![2]).toBeCloseTo(0.5, 12);
    expect(v.uncertainty![0]).toBeCloseTo(0.2, 12);
    expect(Array.from(v.pulls!)).toEqual([3, 1, 0]);
  });

  it('bernoulli: a Beta(α₀, β₀) prior shifts the posterior (α = α₀ + successes, β = β₀ + failures), live', () => {
    // prior (2, 5); arm 0: 1, 0, 1 → Beta(4, 6), mean 0.4; arm 1 unpulled → Beta(2, 5), mean 2/7
    const agent = make({ rewardModel: 'bernoulli', priorAlpha: 2, priorBeta: 5 }, 2);
    [1, 0, 1].forEach((r) => agent.learn(pull(0, r)));
    let v = agent.view();
    expect(Array.from(v.betaAlpha!)).toEqual([4, 2]);
    expect(Array.from(v.betaBeta!)).toEqual([6, 5]);
    expect(v.estimates![0]).toBeCloseTo(0.4, 12);
    expect(v.estimates![1]).toBeCloseTo(2 / 7, 12);
    // back to the default (1, 1) prior without losing the counts: Beta(3, 2) and Beta(1, 1)
    agent.setParams({ rewardModel: 'bernoulli' });
    v = agent.view();
    expect(Array.from(v.betaAlpha!)).toEqual([3, 1]);
    expect(Array.from(v.betaBeta!)).toEqual([2, 1]);
  });

  it('bernoulli: act() draws from the posteriors', () => {
    // arm 0: 3 successes, 5 failures → Beta(4, 6); arm 1 unpulled → Beta(1, 1) = U(0, 1).
    // P(arm 0's draw is higher) = P(U < X) = E[X] = 0.4.
    const agent = make({ rewardModel: 'bernoulli' }, 2, 33);
    [1, 0, 1, 0, 1, 0, 0, 0].forEach((r) => agent.learn(pull(0, r)));
    let zeros = 0;
    for (let i = 0; i < 4000; i++) if (agent.act(0) === 0) zeros++;
    // standard error sqrt(0.24/4000) = 0.0077
    expect(Math.abs(zeros / 4000 - 0.4)).toBeLessThan(0.03);
  });

  it('gaussian: view() holds the conjugate posterior mean and standard deviation', () => {
    // prior N(1, 4), σ² = 2; arm 0 rewards 2, 4 (n = 2, Σr = 6): s² = 1/(1/4 + 2/2) = 0.8, m = 0.8·(1/4 + 6/2) = 2.6
    const agent = make({ rewardModel: 'gaussian', priorMean: 1, priorVariance: 4, noiseVariance: 2 }, 2);
    agent.learn(pull(0, 2));
    agent.learn(pull(0, 4));
    const v = agent.view();
    expect(v.estimates![0]).toBeCloseTo(2.6, 12);
    expect(v.uncertainty![0]).toBeCloseTo(Math.sqrt(0.8), 12);
    expect(v.estimates![1]).toBe(1); // the prior
    expect(v.uncertainty![1]).toBe(2);
    expect(v.betaAlpha).toBeUndefined();
    expect(agent.stateValue!(0)).toBeCloseTo(2.6, 12);
  });

  it('concentrates its pulls on a clearly best Bernoulli arm', () => {
    // arms pay 1 with probability 0.2, 0.5, 0.8; over 1000 steps the 0.8 arm should take most of the pulls.
    const agent = make({ rewardModel: 'bernoulli' }, 3, 21);
    const env = createRng('thompson-env');
    const p = [0.2, 0.5, 0.8];
    let lastHalfBest = 0;
    for (let t = 0; t < 1000; t++) {
      const a = agent.act(0);
      agent.learn(pull(a, env.uniform() < p[a] ? 1 : 0));
      if (t >= 500 && a === 2) lastHalfBest++;
    }
    expect(lastHalfBest / 500).toBeGreaterThan(0.9);
    expect(agent.view().pulls![2]).toBeGreaterThan(800);
  });

  it('concentrates on a clearly best Gaussian arm', () => {
    const agent = make({ rewardModel: 'gaussian', priorMean: 0, priorVariance: 1, noiseVariance: 1 }, 3, 22);
    const env = createRng('thompson-gauss-env');
    const means = [0, 0.3, 1.5];
    for (let t = 0; t < 500; t++) {
      const a = agent.act(0);
      agent.learn(pull(a, env.normal(means[a], 1)));
    }
    expect(agent.view().pulls![2]).toBeGreaterThan(400);
  });
});
