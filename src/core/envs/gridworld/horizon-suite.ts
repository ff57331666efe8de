// The small suite of the effective-horizon demo (catalogue D19): maps where acting greedily on the random policy's
// values already works (empty rooms, four rooms), and maps where it does not: a small reward next to the start
// that random walks find far more often than the large one, and a lava gap that random walks fall into.
// A key-and-door map adds a detour. Goal reward 1, no step cost; min-k at γ = 0.95 is 1, 1, 1, 1, 6, 5 and 12
// (tests/core/algorithms/k-qvi.test.ts).
import { parseGridSpec, type GridLayout, type GridSpec } from './grid-layout.ts';
import { FOUR_ROOMS } from './grid-presets.ts';
import { buildGridModel } from './grid-dynamics.ts';
import { shapeByProgress } from './progress-shaping.ts';
import { stickyModel } from './sticky-model.ts';
import type { TabularModel } from '../tabular-model.ts';

const BASE = { stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 } as const;

/** An n×n room, start top-left, goal bottom-right (MiniGrid's Empty-n without the outer wall). */
function emptyRoom(n: number): GridSpec {
  const rows = Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => (r === 0 && c === 0 ? 'S' : r === n - 1 && c === n - 1 ? 'G' : '.')).join(''));
  return { ...BASE, rows };
}

/**
 * A key-and-door world drawn on one gridworld as two copies of a map side by side, a wall column between them: on
 * the left the door (D) is shut and the key (K) lies on the floor; on the right the door is open and the key is
 * gone. Stepping onto the key moves the agent to the same spot on the right (the model's transitions into K are
 * redirected), so the state is (cell, holding the key) and every planner sees the exact model. 'c' is a small goal
 * (0.3) that stays on both sides; G, the goal worth 1, is behind the door.
 */
export const KEY_DOOR_HALF = ['.......#...', 'K......D..G', '..S.c..#...'] as const;
const KEY_DOOR_SMALL_REWARD = 0.3;

export interface KeyDoorWorld {
  readonly spec: GridSpec;
  /** The key's cell on the left, and how far right its copy lies. */
  readonly key: number;
  readonly offset: number;
}

/** The two-sided map of `half`; `locked: false` opens the left door too (the key then changes nothing). */
export function keyDoorWorld(half: readonly string[], locked = true): KeyDoorWorld {
  const width = half[0].length;
  const left = half.map((r) => r.replace('K', '.').replace('D', locked ? '#' : '.').replace('c', 'G'));
  const right = half.map((r) => r.replace('K', '.').replace('D', '.').replace('S', '.').replace('c', 'G'));
  const rows = left.map((r, i) => `${r}#${right[i]}`);
  let key = -1;
  const goalRewards: [number, number][] = [];
  half.forEach((r, i) => {
    const row = i * (2 * width + 1);
    if (r.includes('K')) key = row + r.indexOf('K');
    if (r.includes('c')) goalRewards.push([row + r.indexOf('c'), KEY_DOOR_SMALL_REWARD], [row + r.indexOf('c') + width + 1, KEY_DOOR_SMALL_REWARD]);
  });
  return { spec: { ...BASE, rows, goalRewards }, key, offset: width + 1 };
}

/** A copy of the model in which every move onto the key lands on its copy on the key side instead. */
export function pickUpKey(model: TabularModel, world: Pick<KeyDoorWorld, 'key' | 'offset'>): TabularModel {
  const next = model.next.slice();
  for (let i = 0; i < next.length; i++) if (next[i] === world.key && model.prob[i] > 0) next[i] = world.key + world.offset;
  // Nobody ever stands on the left key cell: its value is 0, like a wall's.
  const inert = model.inert.slice();
  inert[world.key] = 1;
  return { ...model, next, inert };
}

const KEY_DOOR = keyDoorWorld(KEY_DOOR_HALF);

export const HORIZON_SUITE = {
  'empty-5': emptyRoom(5),
  'empty-8': emptyRoom(8),
  'empty-12': emptyRoom(12),
  'four-rooms': { ...BASE, rows: [...FOUR_ROOMS.rows] },
  /** A goal worth 0.3 two steps from the start, the goal worth 1 ten steps away. */
  'deceptive-corridor': { ...BASE, rows: ['G.S......', '.........', '........G'], goalRewards: [[0, 0.3]] },
  /** A wall of lava (−1, ends the episode) with one gap at the top between the start and the goal. */
  'lava-gap': { ...BASE, holeReward: -1, rows: ['S......', '...H...', '...H...', '...H..G', '...H...'] },
  /** The key lies 2 steps from the start, a small goal (0.3) 2 steps the other way, the locked door 5 further. */
  'key-door': KEY_DOOR.spec,
} as const satisfies Record<string, GridSpec>;

export type HorizonWorld = keyof typeof HORIZON_SUITE;
export const HORIZON_WORLDS = Object.keys(HORIZON_SUITE) as HorizonWorld[];

/** The progress-shaping scale of the shaped variants: 0.05 per move closer to the goal. */
export const SHAPING_SCALE = 0.05;

/** How a suite map's model is rewritten: shaped by progress (or not), and the key picked up on the key-door map. */
export function horizonTransform(world: HorizonWorld, shaped: boolean): (model: TabularModel, layout: GridLayout) => TabularModel {
  return (model, layout) => {
    const shapedModel = shaped ? shapeByProgress(model, layout, SHAPING_SCALE) : model;
    return world === 'key-door' ? pickUpKey(shapedModel, KEY_DOOR) : shapedModel;
  };
}

/** The sticky variants' probability of repeating the previous move (the Arcade Learning Environment's standard). */
export const STICKY_PROB = 0.25;

/** A suite map's exact model: shaped or not, and with sticky moves (state = cell and last move) or not. */
export function horizonModel(world: HorizonWorld, shaped: boolean, sticky = false): TabularModel {
  const layout = parseGridSpec(HORIZON_SUITE[world]);
  const model = horizonTransform(world, shaped)(buildGridModel(layout), layout);
  return sticky ? stickyModel(model, STICKY_PROB) : model;
}
