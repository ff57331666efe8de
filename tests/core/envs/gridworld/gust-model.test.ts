// Gusts as an exact model: each outcome splits into calm (1 − p) and gusty (p, one more cell in the wind's
// direction), stopping at walls and never blowing into a goal; the env samples it (frequencies); value iteration on
// it gives the hand-worked values of a corridor; bad settings are refused.
import { describe, expect, it } from 'vitest';
import { gustModel } from '../../../../src/core/envs/gridworld/gust-model.ts';
import { buildGridModel } from '../../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import { optimalValues } from '../../../../src/core/algorithms/k-qvi.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

// Row 0: a corridor, start at column 1, goal at column 4; row 1 open below it; row 2 a wall.
const LAYOUT = parseGridSpec({ rows: ['.S..G', '.....', '#####'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 });
const UP = 0; const RIGHT = 1; const LEFT = 3;
const windy = (p: number) => gustModel(buildGridModel(LAYOUT), LAYOUT, p, LEFT);

function outcomes(model: ReturnType<typeof windy>, state: number, action: number): [number, number][] {
  const base = (state * model.nActions + action) * model.maxOutcomes;
  const out: [number, number][] = [];
  for (let k = 0; k < model.maxOutcomes; k++) if (model.prob[base + k]! > 0) out.push([model.next[base + k]!, model.prob[base + k]!]);
  return out;
}

describe('gustModel', () => {
  it('after the move, blows one cell against the wind with probability p', () => {
    const model = windy(0.2);
    // RIGHT from column 1 reaches column 2, or is blown back to column 1.
    expect(outcomes(model, 1, RIGHT)).toEqual([[2, 0.8], [1, 0.2]]);
    // UP is blocked by the border: the agent stays at column 1, or is blown to column 0.
    expect(outcomes(model, 1, UP)).toEqual([[1, 0.8], [0, 0.2]]);
    // At column 0 the border stops the gust.
    expect(outcomes(model, 0, LEFT)).toEqual([[0, 0.8], [0, 0.2]]);
  });

  it('never blows into the goal and leaves a move that ends the episode alone', () => {
    const model = gustModel(buildGridModel(LAYOUT), LAYOUT, 0.3, RIGHT);
    // RIGHT from column 2 lands on column 3; a gust to the right would enter the goal, so it has no effect.
    expect(outcomes(model, 2, RIGHT)).toEqual([[3, 0.7], [3, 0.3]]);
    // Entering the goal ends the episode for sure.
    const base = (3 * model.nActions + RIGHT) * model.maxOutcomes;
    expect(outcomes(model, 3, RIGHT)).toEqual([[4, 1]]);
    expect(model.ends[base]).toBe(1);
  });

  it('keeps each row of probabilities a distribution, and the env samples it', () => {
    const model = windy(0.25);
    for (let sa = 0; sa < model.nStates * model.nActions; sa++) {
      let sum = 0;
      for (let k = 0; k < model.maxOutcomes; k++) sum += model.prob[sa * model.maxOutcomes + k]!;
      expect(sum).toBeCloseTo(1, 12);
    }
    const env = new GridworldEnv(LAYOUT, createRng(3), (m, layout) => gustModel(m, layout, 0.25, LEFT));
    let blown = 0;
    for (let i = 0; i < 4000; i++) {
      env.reset();
      if (env.step(RIGHT).obs === 1) blown++;
    }
    expect(blown / 4000).toBeGreaterThan(0.22);
    expect(blown / 4000).toBeLessThan(0.28);
  });

  it('gives the optimal values worked by hand', () => {
    expect(optimalValues(buildGridModel(LAYOUT), 0.9)[1]).toBeCloseTo(0.9 ** 2, 12);
    // With gusts (p = 0.2) against the way: V(3) = 1 (the goal, no gust); a cell c before it solves
    // V(c) = 0.8 · 0.9 · V(c + 1) + 0.2 · 0.9 · V(c), so each cell multiplies by 0.72 / 0.82.
    const gusty = optimalValues(windy(0.2), 0.9);
    expect(gusty[3]).toBeCloseTo(1, 12);
    expect(gusty[1]).toBeCloseTo((0.72 / 0.82) ** 2, 12);
  });

  it('refuses a probability outside [0, 0.5) or a direction that is not a move', () => {
    expect(() => windy(0.5)).toThrow(/\[0, 0.5\)/);
    expect(() => windy(-0.1)).toThrow(/\[0, 0.5\)/);
    expect(() => gustModel(buildGridModel(LAYOUT), LAYOUT, 0.1, 4)).toThrow(/directions/);
  });
});
