// The small suite of the effective-horizon demo (catalogue D19): maps where acting greedily on the random policy's
// values already works (empty rooms, four rooms), and maps where it does not: a small reward next to the start
// that random walks find far more often than the large one, and a lava gap that random walks fall into.
// Goal reward 1, no step cost; min-k at γ = 0.95 is 1, 1, 1, 1, 6 and 5 (tests/core/algorithms/k-qvi.test.ts).
import { parseGridSpec, type GridLayout, type GridSpec } from './grid-layout.ts';
import { FOUR_ROOMS } from './grid-presets.ts';
import { buildGridModel } from './grid-dynamics.ts';
import { shapeByProgress } from './progress-shaping.ts';
import type { TabularModel } from '../tabular-model.ts';

const BASE = { stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 } as const;

/** An n×n room, start top-left, goal bottom-right (MiniGrid's Empty-n without the outer wall). */
function emptyRoom(n: number): GridSpec {
  const rows = Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => (r === 0 && c === 0 ? 'S' : r === n - 1 && c === n - 1 ? 'G' : '.')).join(''));
  return { ...BASE, rows };
}

export const HORIZON_SUITE = {
  'empty-5': emptyRoom(5),
  'empty-8': emptyRoom(8),
  'empty-12': emptyRoom(12),
  'four-rooms': { ...BASE, rows: [...FOUR_ROOMS.rows] },
  /** A goal worth 0.3 two steps from the start, the goal worth 1 ten steps away. */
  'deceptive-corridor': { ...BASE, rows: ['G.S......', '.........', '........G'], goalRewards: [[0, 0.3]] },
  /** A wall of lava (−1, ends the episode) with one gap at the top between the start and the goal. */
  'lava-gap': { ...BASE, holeReward: -1, rows: ['S......', '...H...', '...H...', '...H..G', '...H...'] },
} as const satisfies Record<string, GridSpec>;

export type HorizonWorld = keyof typeof HORIZON_SUITE;
export const HORIZON_WORLDS = Object.keys(HORIZON_SUITE) as HorizonWorld[];

/** The progress-shaping scale of the shaped variants: 0.05 per move closer to the goal. */
export const SHAPING_SCALE = 0.05;

/** How a suite map's model is rewritten: shaped by progress, or left as it is. */
export function horizonTransform(shaped: boolean): (model: TabularModel, layout: GridLayout) => TabularModel {
  return shaped ? (model, layout) => shapeByProgress(model, layout, SHAPING_SCALE) : (model) => model;
}

/** The exact model of a suite map (what its env samples, and what k-QVI plans on). */
export function horizonModel(world: HorizonWorld, shaped: boolean): TabularModel {
  const layout = parseGridSpec(HORIZON_SUITE[world]);
  return horizonTransform(shaped)(buildGridModel(layout), layout);
}
