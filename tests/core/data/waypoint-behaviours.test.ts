// Waypoint controllers and play in the two corridors: a controller heads for its first waypoint not yet reached and
// each episode's controller starts afresh; a player picks a task other than the one it stands on; empty scripts are
// refused.
import { describe, expect, it } from 'vitest';
import { playController, routesTo, waypointController } from '../../../src/core/data/waypoint-behaviours.ts';
import { distancesTo } from '../../../src/core/data/route-policy.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { CORRIDOR_CELLS, TWO_CORRIDORS } from '../../../src/demos/stitching-world.ts';

const model = buildGridModel(parseGridSpec(TWO_CORRIDORS));
const { start, junction, prize, goal } = CORRIDOR_CELLS;
const nextCell = (s: number, a: number) => model.next[(s * model.nActions + a) * model.maxOutcomes]!;
/** Whether the move from `s` brings the walker one step nearer `target`. */
const nearer = (s: number, a: number, target: number) => distancesTo(model, target)[nextCell(s, a)] === distancesTo(model, target)[s]! - 1;

describe('waypoint controller', () => {
  const routes = routesTo(model, [junction, goal], 0, createRng(1));
  const newController = waypointController(routes, [junction, goal]);

  it('heads for the first waypoint until it is there, then for the next', () => {
    const controller = newController();
    expect(nearer(start, controller(start), junction)).toBe(true);
    expect(nearer(junction, controller(junction), goal)).toBe(true);
    // Having passed the junction, it keeps to the goal even back at the start.
    expect(nearer(start, controller(start), goal)).toBe(true);
  });

  it('starts each episode afresh', () => {
    const first = newController();
    first(junction);
    const second = newController();
    // From the cell just past the junction towards the prize, a fresh controller still wants the junction.
    const pastJunction = junction + 1;
    expect(nextCell(pastJunction, second(pastJunction))).toBe(junction);
  });

  it('refuses an empty list of waypoints', () => {
    expect(() => waypointController(routes, [])).toThrow(/at least one waypoint/);
  });
});

describe('play', () => {
  it('draws a new task on reaching one, never the task it stands on', () => {
    const rng = createRng(2);
    const tasks = [junction, prize];
    const player = playController(routesTo(model, tasks, 0, rng), tasks, rng)();
    // On the junction, the only other task is the prize.
    for (let i = 0; i < 5; i++) expect(nearer(junction, player(junction), prize)).toBe(true);
    const fresh = playController(routesTo(model, tasks, 0, rng), tasks, rng)();
    expect(nearer(prize, fresh(prize), junction)).toBe(true);
  });

  it('needs at least two tasks', () => {
    expect(() => playController(routesTo(model, [goal], 0, createRng(1)), [goal], createRng(1))).toThrow(/two tasks/);
  });
});
