// Sticky moves as an exact model: the first move does what was asked; afterwards the previous move repeats with
// probability p, and the next state remembers the move made (hand-checked on a corridor); the env samples the model
// (frequencies over many steps); goal reliability reads the cell out of the sticky state; bad p is refused.
import { describe, expect, it } from 'vitest';
import { stickyModel, stickyState } from '../../../../src/core/envs/gridworld/sticky-model.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import { GoalReliability } from '../../../../src/core/envs/gridworld/goal-reliability.ts';
import { buildGridModel } from '../../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

// A corridor: S at column 1 of 5, the goal at column 4; a wall row below.
const LAYOUT = parseGridSpec({ rows: ['.S..G', '#####'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 });
const UP = 0; const RIGHT = 1; const LEFT = 3;
const N = 10;
/** The gridworld env sampling the sticky model. */
const stickyEnv = (p: number, seed: number) => new GridworldEnv(LAYOUT, createRng(seed), (model) => stickyModel(model, p));

/** The outcomes of (state, action) with positive probability, as [next, prob]. */
function outcomes(model: ReturnType<typeof stickyModel>, state: number, action: number): [number, number][] {
  const base = (state * model.nActions + action) * model.maxOutcomes;
  const out: [number, number][] = [];
  for (let k = 0; k < model.maxOutcomes; k++) if (model.prob[base + k] > 0) out.push([model.next[base + k], model.prob[base + k]]);
  return out;
}

describe('stickyModel', () => {
  it('repeats the previous move with probability p and remembers the move made', () => {
    const model = stickyModel(buildGridModel(LAYOUT), 0.25);
    expect(model.nStates).toBe(5 * N);
    // From the start (no move yet), RIGHT goes right for sure, remembering RIGHT.
    expect(outcomes(model, 1, RIGHT)).toEqual([[2 + N * (RIGHT + 1), 1]]);
    // At column 2 having moved RIGHT: LEFT goes left (0.75) or right again (0.25).
    const s = 2 + N * (RIGHT + 1);
    expect(outcomes(model, s, LEFT)).toEqual([[1 + N * (LEFT + 1), 0.75], [3 + N * (RIGHT + 1), 0.25]]);
    // UP is blocked by the edge: the agent stays, and UP is remembered.
    expect(outcomes(model, s, UP)).toEqual([[2 + N * (UP + 1), 0.75], [3 + N * (RIGHT + 1), 0.25]]);
    // Asking for the move that would repeat anyway: one outcome.
    expect(outcomes(model, s, RIGHT)).toEqual([[3 + N * (RIGHT + 1), 1]]);
    expect(stickyState(N, s)).toEqual({ cell: 2, last: RIGHT });
    expect(() => stickyModel(buildGridModel(LAYOUT), 1)).toThrow(RangeError);
  });

  it('is what the env samples, and goal reliability reads the cell out of its states', () => {
    const env = stickyEnv(0.25, 3);
    let repeats = 0;
    const trials = 4000;
    for (let i = 0; i < trials; i++) {
      env.reset();
      env.step(RIGHT); // to column 2, remembering RIGHT
      const r = env.step(LEFT);
      if (stickyState(N, r.obs).cell === 3) repeats++;
      else expect(stickyState(N, r.obs)).toEqual({ cell: 1, last: LEFT });
    }
    expect(Math.abs(repeats / trials - 0.25)).toBeLessThan(0.03);
    const reliable = new GoalReliability(stickyEnv(0, 1));
    for (let i = 0; i < 21; i++) {
      reliable.reset();
      for (let m = 0; m < 3; m++) reliable.step(RIGHT);
    }
    reliable.reset();
    expect(reliable.view()).toMatchObject({ kind: 'grid', firstSuccess: 20 });
  });
});
