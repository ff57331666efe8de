// Go-Explore phase 2 (the backward algorithm): a hand-computed Q-learning update on a two-step chain, the start
// moving back once the window of episodes succeeds, a demo that does not reach the goal refused, and on
// Montezuma-lite (seeded) the trained policy beating the blind replay of phase 1's trajectory under sticky actions.
import { describe, expect, it } from 'vitest';
import { BackwardRobustifier, DEFAULT_ROBUSTIFY } from '../../../../src/core/algorithms/go-explore/backward-robustify.ts';
import { GoExplorePhase1 } from '../../../../src/core/algorithms/go-explore/go-explore-phase1.ts';
import { MontezumaLiteEnv, montezumaCell } from '../../../../src/core/envs/montezuma-lite/montezuma-lite-env.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

/** States 0 → 1 → 2 (goal, reward 1, ends), one action. */
function chain() {
  let state = 0;
  return {
    reset: () => (state = 0),
    restore: (s: number) => (state = s),
    step: () => {
      state = Math.min(2, state + 1);
      return { obs: state, reward: state === 2 ? 1 : 0, terminated: state === 2 };
    },
  };
}

describe('backward robustification', () => {
  it('learns from the end of the demo back to its start, with the Q-learning update by hand', () => {
    const settings = { ...DEFAULT_ROBUSTIFY, stickyProb: 0, epsilon: 0, learningRate: 0.5, gamma: 0.9, window: 2, successTarget: 1, stepBack: 1 };
    const robust = new BackwardRobustifier(chain(), [0, 0], 1, createRng(1), settings);
    expect(robust.demoStates).toEqual([0, 1, 2]);
    expect(robust.start).toBe(1);
    // From s_1: one step to the goal. Q(1) = 0 + 0.5·(1 − 0) = 0.5, then 0.5 + 0.5·(1 − 0.5) = 0.75.
    expect(robust.trainEpisode()).toEqual({ success: true, start: 1, frames: 1 });
    expect(robust.start).toBe(1);
    robust.trainEpisode();
    // Two successes out of a window of two: the start moves back to s_0.
    expect(robust.start).toBe(0);
    expect(robust.done).toBe(false);
    // From s_0: Q(0) = 0 + 0.5·(0 + 0.9·0.75 − 0) = 0.3375; then Q(1) = 0.75 + 0.5·(1 − 0.75) = 0.875.
    expect(robust.trainEpisode()).toEqual({ success: true, start: 0, frames: 2 });
    robust.trainEpisode();
    expect(robust.done).toBe(true);
    expect(robust.episodes).toBe(4);
    expect(robust.frames).toBe(6);
    expect(robust.testPolicy(chain(), 5, 0, createRng(2))).toBe(1);
  });

  it('refuses an empty demo or one that does not reach the goal', () => {
    expect(() => new BackwardRobustifier(chain(), [], 1, createRng(1))).toThrow(RangeError);
    expect(() => new BackwardRobustifier(chain(), [0], 1, createRng(1))).toThrow(/reaches the goal/);
  });

  it('on Montezuma-lite, turns phase 1’s trajectory into a policy that beats its blind replay under sticky actions', () => {
    const world = new MontezumaLiteEnv();
    const phase1 = new GoExplorePhase1(world, (s) => montezumaCell(world, s, 2, true), 4, createRng(3));
    while (!phase1.archive.best()?.terminal && phase1.iterations < 3000) phase1.iterate();
    const robust = new BackwardRobustifier(new MontezumaLiteEnv(), phase1.archive.best()!.actions, 4, createRng(4));
    const replay = robust.testReplay(new MontezumaLiteEnv(), 200, 0.25, createRng(5));
    while (!robust.done && robust.episodes < 20_000) robust.trainEpisode();
    expect(robust.done).toBe(true);
    const policy = robust.testPolicy(new MontezumaLiteEnv(), 200, 0.25, createRng(6));
    expect(replay).toBeLessThan(0.7);
    expect(policy).toBeGreaterThan(0.85);
    // Without stickiness the replay is exact.
    expect(robust.testReplay(new MontezumaLiteEnv(), 20, 0, createRng(7))).toBe(1);
  });
});
