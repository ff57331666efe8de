// Delayed moves: the world carries out each command d steps after it was sent (nothing at first), and a
// controller can predict where its moves in flight will take it (on a corridor, by hand).
import { describe, expect, it } from 'vitest';
import { ActionDelay } from '../../../src/core/data/action-delay.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';

// A corridor of five cells (a wall row below), start at column 1, goal at column 4.
const model = buildGridModel(parseGridSpec({ rows: ['.S..G', '#####'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 }));
const RIGHT = 1; const LEFT = 3;

describe('ActionDelay', () => {
  it('passes commands through at once without a delay', () => {
    const delay = new ActionDelay(0);
    expect([RIGHT, LEFT, RIGHT].map((a) => delay.command(a))).toEqual([RIGHT, LEFT, RIGHT]);
  });

  it('carries out each command d steps later, in order, with nothing to do before the first arrives', () => {
    const delay = new ActionDelay(2);
    expect([RIGHT, LEFT, LEFT, RIGHT, RIGHT].map((a) => delay.command(a))).toEqual([null, null, RIGHT, LEFT, LEFT]);
  });

  it('predicts the cell the moves in flight lead to, stopping where one would end the episode', () => {
    const delay = new ActionDelay(2);
    expect(delay.predict(model, 1)).toBe(1);
    delay.command(RIGHT);
    expect(delay.predict(model, 1)).toBe(2);
    delay.command(LEFT);
    expect(delay.predict(model, 1)).toBe(1);
    const toGoal = new ActionDelay(3);
    [RIGHT, RIGHT, RIGHT].forEach((a) => toGoal.command(a));
    // From column 2 the second RIGHT reaches the goal; the third is never carried out.
    expect(toGoal.predict(model, 2)).toBe(3);
  });

  it('refuses a delay that is not a whole number from 0 to 3', () => {
    for (const steps of [-1, 4, 1.5]) expect(() => new ActionDelay(steps)).toThrow(/whole number of steps from 0 to 3/);
  });
});
