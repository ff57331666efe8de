// Walking to a cell in the two corridors: the distances are the map's, and a noiseless walker takes a move that
// brings it one step nearer; in four rooms, ties go at random or, as a fixed rule, to the first tied move.
import { describe, expect, it } from 'vitest';
import { distancesTo, routePolicy } from '../../../src/core/data/route-policy.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { CORRIDOR_CELLS, TWO_CORRIDORS } from '../../../src/demos/stitching-world.ts';

const model = buildGridModel(parseGridSpec(TWO_CORRIDORS));
const { start, junction, prize, goal, sideStart } = CORRIDOR_CELLS;

describe('route policy', () => {
  it('measures moves to a target along the corridors', () => {
    const toGoal = distancesTo(model, goal);
    expect(toGoal[start]).toBe(11);
    expect(toGoal[junction]).toBe(2);
    expect(toGoal[sideStart]).toBe(8);
    expect(distancesTo(model, prize)[start]).toBe(12);
    // A wall cell cannot reach anything.
    expect(toGoal[0]).toBe(Infinity);
  });

  it('takes a move one step nearer the target, without noise', () => {
    const toGoal = distancesTo(model, goal);
    const walk = routePolicy(model, goal, 0, createRng(1));
    for (const s of [start, junction, sideStart]) {
      const next = model.next[(s * model.nActions + walk(s)) * model.maxOutcomes]!;
      expect(toGoal[next]).toBe(toGoal[s]! - 1);
    }
  });

  it('splits ties at random, or always takes the first tied move in action order', () => {
    // In four rooms, right (1) and down (2) are equally short from the top-left start to the goal in the far corner.
    const rooms = buildGridModel(parseGridSpec(FOUR_ROOMS));
    const goalCell = 120;
    const random = routePolicy(rooms, goalCell, 0, createRng(2));
    const fixed = routePolicy(rooms, goalCell, 0, createRng(2), 'first');
    expect([...new Set(Array.from({ length: 40 }, () => random(rooms.start)))].sort()).toEqual([1, 2]);
    expect(new Set(Array.from({ length: 40 }, () => fixed(rooms.start)))).toEqual(new Set([1]));
  });
});
