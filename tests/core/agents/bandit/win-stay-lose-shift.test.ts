// Win-stay / lose-shift over a short window (the raw-history stand-in of catalogue D5): hand-worked stays and shifts,
// the window's forgetting, seeds, and its weakness: decent on the large gap, near random on the small one.
import { describe, it, expect } from 'vitest';
import { createWinStayLoseShift } from '../../../../src/core/agents/bandit/win-stay-lose-shift.ts';
import { createUcb1 } from '../../../../src/core/agents/bandit/ucb1.ts';
import { LARGE_GAP, SMALL_GAP, actionSequence, banditContext, meanRegret, pull } from './bandit-test-kit.ts';

const make = (window: number, arms = 3, seed = 14) => createWinStayLoseShift(banditContext(arms, seed), { window });

describe('win-stay / lose-shift', () => {
  it('stays after a reward at least the window mean, shifts to an unseen arm after a loss', () => {
    const agent = make(3);
    agent.learn(pull(0, 1)); // first pull: any reward ≥ 0 is a win
    expect(agent.act(0)).toBe(0);
    agent.learn(pull(0, 1)); // 1 ≥ mean [1] = 1: win
    expect(agent.act(0)).toBe(0);
    agent.learn(pull(0, 0)); // 0 < mean [1, 1]: loss; arms 1 and 2 are unseen → one of them at random
    expect(new Set(Array.from({ length: 60 }, () => agent.act(0)))).toEqual(new Set([1, 2]));
    agent.learn(pull(1, 1)); // 1 ≥ mean [1, 1, 0] = ⅔: win
    expect(agent.act(0)).toBe(1);
    agent.learn(pull(1, 0)); // 0 < mean [1, 0, 1] = ⅔: loss; the window [0:0, 1:1, 1:0] has no arm 2 → arm 2
    expect(agent.act(0)).toBe(2);
  });

  it('after a loss with every arm in the window, takes the best window mean among the other arms (ties at random)', () => {
    // window [0: 0.9, 1: 0.3, 2: 0.1]; 0.1 < mean(0.9, 0.3) = 0.6 is a loss → best other arm is 0.
    const agent = make(10);
    [[0, 0.9], [1, 0.3], [2, 0.1]].forEach(([a, r]) => agent.learn(pull(a, r)));
    expect(agent.act(0)).toBe(0);
    const v = agent.view();
    expect(Array.from(v.estimates!)).toEqual([0.9, 0.3, 0.1]);
    expect(Array.from(v.pulls!)).toEqual([1, 1, 1]);
    expect(agent.stateValue!(0)).toBe(0.9);
    // arm 0 now pays 0 (< mean 0.4333, a loss): arms 1 and 2 … arm 1's window mean 0.3 beats arm 2's 0.1 → 1
    agent.learn(pull(0, 0));
    expect(agent.act(0)).toBe(1);
    // tie: arms 1 and 2 both at 0.2 after a loss on arm 0 → both get picked
    const tied = make(10, 3, 15);
    [[1, 0.2], [2, 0.2], [0, 0.5], [0, 0.1]].forEach(([a, r]) => tied.learn(pull(a, r)));
    expect(new Set(Array.from({ length: 60 }, () => tied.act(0)))).toEqual(new Set([1, 2]));
  });

  it('forgets everything older than the window (live window size too)', () => {
    // W = 2: after pulls of arms 0, 1, 2 only 1 and 2 remain; arm 0 has no estimate (NaN) though it was pulled.
    const agent = make(2);
    [[0, 1], [1, 0.5], [2, 0.25]].forEach(([a, r]) => agent.learn(pull(a, r)));
    let v = agent.view();
    expect(v.estimates![0]).toBeNaN();
    expect(Array.from(v.estimates!.slice(1))).toEqual([0.5, 0.25]);
    expect(Array.from(v.pulls!)).toEqual([1, 1, 1]);
    // 0.25 < mean [1, 0.5] (the W pulls before it, arm 0 included): a loss; arm 0 is unseen in the window now → arm 0
    expect(agent.act(0)).toBe(0);
    agent.setParams({ window: 1 });
    v = agent.view();
    expect(Array.from(v.estimates!).map((e) => (Number.isNaN(e) ? null : e))).toEqual([null, null, 0.25]);
  });

  it('starts uniformly and is reproducible per seed', () => {
    const firsts = new Set(Array.from({ length: 40 }, (_, s) => make(10, 4, s).act(0)));
    expect(firsts.size).toBe(4);
    const build = (ctx: Parameters<typeof createWinStayLoseShift>[0]) => createWinStayLoseShift(ctx, { window: 10 });
    expect(actionSequence(build, 1)).toEqual(actionSequence(build, 1));
    expect(actionSequence(build, 1)).not.toEqual(actionSequence(build, 2));
  });

  it('is a weak learner: decent on the large gap, near random on the small one, linear regret on both', () => {
    // 50 seeds, T = 1000, measured: small gap 30% optimal pulls (random: 20%), regret 70.7 → 139.9 (ratio 1.98);
    // large gap 51% optimal, regret 126.8 → 246.0 (ratio 1.94). UCB1: 56.6% / 86.8 and 85.7% / 71.5.
    const small = meanRegret((ctx) => createWinStayLoseShift(ctx, { window: 10 }), SMALL_GAP, 50, 1000);
    const large = meanRegret((ctx) => createWinStayLoseShift(ctx, { window: 10 }), LARGE_GAP, 50, 1000);
    const ucbSmall = meanRegret((ctx) => createUcb1(ctx, { c: Math.SQRT2 }), SMALL_GAP, 50, 1000);
    expect(large.optimalFraction).toBeGreaterThan(small.optimalFraction + 0.1);
    expect(large.optimalFraction).toBeGreaterThan(0.4);
    expect(small.optimalFraction).toBeLessThan(0.4);
    expect(small.ratio).toBeGreaterThan(1.8);
    expect(large.ratio).toBeGreaterThan(1.8);
    expect(small.full).toBeGreaterThan(1.3 * ucbSmall.full);
  });
});
