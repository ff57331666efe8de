// Regret over seeds on the EVOLvE Bernoulli presets (K = 5, T = 1000, 50 seeds, each seed its own env and agent
// streams): greedy's regret is linear, UCB1's and Thompson's sub-linear, and Thompson beats UCB1 on Bernoulli arms
// (catalogue D5 "Aha"). Thresholds come from the measured values quoted beside them, with margin; four other seed
// sets ('a'–'d') gave UCB1 small-gap ratios 1.59–1.64, Thompson 1.17–1.28 and greedy 1.999–2.000.
import { describe, it, expect } from 'vitest';
import { createEpsilonGreedyBandit } from '../../../../src/core/agents/bandit/epsilon-greedy-bandit.ts';
import { createUcb1 } from '../../../../src/core/agents/bandit/ucb1.ts';
import { createThompsonSampling } from '../../../../src/core/agents/bandit/thompson-sampling.ts';
import { createKlUcb } from '../../../../src/core/agents/bandit/kl-ucb.ts';
import { LARGE_GAP, SMALL_GAP, meanRegret } from './bandit-test-kit.ts';

const T = 1000;
const SEEDS = 50;
const greedySettings = { epsilon: 0, alpha: 0, initialValue: 0 };
const greedy = meanRegret((ctx) => createEpsilonGreedyBandit(ctx, greedySettings), SMALL_GAP, SEEDS, T);
const ucb1 = {
  small: meanRegret((ctx) => createUcb1(ctx, { c: Math.SQRT2 }), SMALL_GAP, SEEDS, T),
  large: meanRegret((ctx) => createUcb1(ctx, { c: Math.SQRT2 }), LARGE_GAP, SEEDS, T),
};
const thompson = {
  small: meanRegret((ctx) => createThompsonSampling(ctx, { rewardModel: 'bernoulli' }), SMALL_GAP, SEEDS, T),
  large: meanRegret((ctx) => createThompsonSampling(ctx, { rewardModel: 'bernoulli' }), LARGE_GAP, SEEDS, T),
};

describe('regret on the EVOLvE Bernoulli presets', () => {
  it('greedy locks onto an arm: its regret grows linearly on the small gap', () => {
    // measured: regret(500) = 82.0, regret(1000) = 164.0, ratio 2.000; 82% of runs never pull the best arm late.
    expect(greedy.ratio).toBeGreaterThan(1.9);
    expect(greedy.full).toBeGreaterThan(100);
    expect(greedy.suffixFailures).toBeGreaterThan(0.5);
  });

  it('UCB1 and Thompson grow sub-linearly on the small gap', () => {
    // measured: UCB1 54.8 → 86.9 (ratio 1.59), Thompson 27.6 → 32.4 (ratio 1.17); neither has suffix failures.
    expect(ucb1.small.ratio).toBeLessThan(1.75);
    expect(thompson.small.ratio).toBeLessThan(1.45);
    expect(ucb1.small.suffixFailures).toBe(0);
    expect(thompson.small.suffixFailures).toBe(0);
    expect(ucb1.small.full).toBeLessThan(greedy.full);
  });

  it('Thompson sampling has less regret than UCB1 on both Bernoulli presets', () => {
    // measured at T = 1000: small gap TS 32.4 vs UCB1 86.9; large gap TS 16.6 vs UCB1 71.5.
    expect(thompson.small.full).toBeLessThan(0.6 * ucb1.small.full);
    expect(thompson.large.full).toBeLessThan(0.6 * ucb1.large.full);
  });

  it('the small gap is harder than the large one for both', () => {
    // measured: UCB1 ratio 1.59 (small) vs 1.29 (large); TS 1.17 vs 1.11; regret 86.9 vs 71.5 and 32.4 vs 16.6
    // although each wrong pull costs 0.2 on the small gap and 0.5 on the large one.
    expect(ucb1.small.full).toBeGreaterThan(ucb1.large.full);
    expect(thompson.small.full).toBeGreaterThan(thompson.large.full);
  });

  it('KL-UCB (Bernoulli divergence) beats UCB1 on both presets', () => {
    // measured: small gap 37.4 (ratio 1.21), large gap 20.2 (ratio 1.20).
    const small = meanRegret((ctx) => createKlUcb(ctx, { rewardModel: 'bernoulli' }), SMALL_GAP, SEEDS, T);
    const large = meanRegret((ctx) => createKlUcb(ctx, { rewardModel: 'bernoulli' }), LARGE_GAP, SEEDS, T);
    expect(small.full).toBeLessThan(0.7 * ucb1.small.full);
    expect(large.full).toBeLessThan(0.6 * ucb1.large.full);
    expect(small.ratio).toBeLessThan(1.5);
  });
});
