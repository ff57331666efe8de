// The offline lab's world and its dataset (catalogue D7): four rooms on an 11×11 map (start in the top-left corner,
// goal in the bottom-right, 20 moves apart), optionally on ice that slips, with NeoRL-2's real-world troubles
// (moves that arrive late, gusts of wind), and the dataset a chosen behaviour collected there. The demo's env factory and the page's dataset panel both build it from the same seeded stream, so the page
// shows exactly the data the worker's learners train on.
import { FOUR_ROOMS } from '../core/envs/gridworld/grid-presets.ts';
import type { GridSpec } from '../core/envs/gridworld/grid-layout.ts';
import { generateDataset } from '../core/data/dataset-generators.ts';
import type { WaypointScripts } from '../core/data/waypoint-behaviours.ts';
import { gustModel } from '../core/envs/gridworld/gust-model.ts';
import { parseGridSpec } from '../core/envs/gridworld/grid-layout.ts';
import { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { LIBRARY_DATASET, type DatasetKind, type OfflineDataset } from '../core/data/offline-dataset.ts';
import type { Rng } from '../core/rng/rng.ts';
import { ParamsError } from './control-spec.ts';
import type { SuppliedData } from './demo-spec.ts';

export const OFFLINE_WORLD_ID = 'four-rooms';
/** Steps before a dataset or evaluation episode is cut (a random walk needs about 1,100 to find the goal). */
export const OFFLINE_HORIZON = 100;
/** The discount of the datasets' returns, the learners' targets and the evaluation. */
export const OFFLINE_GAMMA = 0.95;

/** The scripted behaviours' chance of a random move, by the level the page offers. */
export const BEHAVIOUR_NOISE = { none: 0, low: 0.03, normal: 0.1, high: 0.3 } as const;
export type BehaviourNoise = keyof typeof BEHAVIOUR_NOISE;
/** Gusts blow to the left (action 3), away from the goal. */
export const GUST_DIRECTION = 3;

export interface OfflineWorldParams {
  readonly dataset: DatasetKind | typeof LIBRARY_DATASET;
  readonly datasetSize: number;
  readonly noisyEpsilon: number;
  readonly slip: number;
  readonly behaviourNoise: BehaviourNoise;
  /** Steps between a command and its move. */
  readonly delay: number;
  /** Chance of a gust after each move. */
  readonly wind: number;
  /** NeoRL-2's safety constraint: a patch of cells nobody should enter. */
  readonly hazard: boolean;
}

const cell = (row: number, col: number) => row * FOUR_ROOMS.rows[0]!.length + col;
const DOORS = { top: cell(2, 5), left: cell(5, 1), right: cell(6, 8), bottom: cell(9, 5) };
const CENTRES = { topLeft: cell(2, 2), topRight: cell(2, 8), bottomLeft: cell(8, 2), bottomRight: cell(8, 8) };
const GOAL = cell(10, 10);

/**
 * NeoRL-2's hazard: a patch in the top-right room just above the right doorway, which every path through that room
 * crosses (the doorway is reached only from the cell above it). The left-hand route avoids it.
 */
export const HAZARD_CELLS = [cell(4, 7), cell(4, 8), cell(4, 9), cell(5, 7), cell(5, 8), cell(5, 9)];

/**
 * The four rooms' scripts: the scripted controller takes the top doors to the goal (a shortest path, 20 moves); the
 * deployed controller goes through the middle of every room it crosses, by the left doors (24 moves); play walks
 * between the doors, the rooms' middles and the goal corner.
 */
export const FOUR_ROOMS_SCRIPTS: WaypointScripts = {
  scripted: [DOORS.top, DOORS.right, GOAL],
  conservative: [CENTRES.topLeft, DOORS.left, CENTRES.bottomLeft, DOORS.bottom, CENTRES.bottomRight, GOAL],
  play: [...Object.values(DOORS), ...Object.values(CENTRES), GOAL],
};

/** The settings a dataset records and a library dataset must match. */
export function worldSettings(p: Pick<OfflineWorldParams, 'slip' | 'delay' | 'wind'>): Record<'slip' | 'delay' | 'wind', number> {
  return { slip: p.slip, delay: p.delay, wind: p.wind };
}

/** Their values in datasets saved before they existed. */
export const WORLD_SETTING_DEFAULTS = { slip: 0, delay: 0, wind: 0 } as const;

/** Four rooms, every floor cell ice with the given slip (0: the plain map). */
export function offlineWorldSpec(slip: number): GridSpec {
  if (slip === 0) return FOUR_ROOMS;
  return { ...FOUR_ROOMS, slip, rows: FOUR_ROOMS.rows.map((row) => row.replaceAll('.', '~').replace('S', 's')) };
}

export type OfflineWorld = GridworldEnv & { readonly dataset: OfflineDataset };

const SETTING_LABELS = { slip: 'Slip', delay: 'Action delay', wind: 'Wind' } as const;

/** The world settings a dataset was collected with (datasets saved before a setting existed were collected without it). */
export function recordedWorldParams(dataset: OfflineDataset): Pick<OfflineWorldParams, 'slip' | 'delay' | 'wind'> {
  const settings = { ...WORLD_SETTING_DEFAULTS, ...dataset.meta.env.settings };
  return { slip: Number(settings.slip), delay: Number(settings.delay), wind: Number(settings.wind) };
}

/** Why a supplied dataset cannot be used in this world, or null when it can. */
export function libraryDatasetProblem(
  dataset: OfflineDataset, p: Pick<OfflineWorldParams, 'slip' | 'delay' | 'wind'>, nStates: number, nActions: number,
): string | null {
  const { env, nStates: s, nActions: a } = dataset.meta;
  if (env.id !== OFFLINE_WORLD_ID || s !== nStates || a !== nActions) {
    return `The library dataset comes from ${env.id} (${s} states, ${a} actions), not from this lab's four rooms.`;
  }
  const recordedParams = recordedWorldParams(dataset);
  for (const [key, value] of Object.entries(worldSettings(p)) as [keyof typeof SETTING_LABELS, number][]) {
    const recorded = recordedParams[key];
    if (recorded !== value) {
      return `The library dataset was collected with ${SETTING_LABELS[key].toLowerCase()} ${recorded}; set ${SETTING_LABELS[key]} to ${recorded} to train on it.`;
    }
  }
  return null;
}

export function createOfflineWorld(p: OfflineWorldParams, rng: Rng, supplied: SuppliedData = {}): OfflineWorld {
  const env = new GridworldEnv(parseGridSpec(offlineWorldSpec(p.slip)), rng.fork('world'),
    (model, layout) => (p.wind > 0 ? gustModel(model, layout, p.wind, GUST_DIRECTION) : model));
  if (p.dataset === LIBRARY_DATASET) {
    if (!supplied.dataset) {
      throw new ParamsError('Dataset “library” trains on a dataset from your library: press Train on it beside one (below the map), or import a file first.');
    }
    const problem = libraryDatasetProblem(supplied.dataset, p, env.model.nStates, env.model.nActions);
    if (problem) throw new ParamsError(problem);
    // The hazard is the lab's constraint, whatever the data was saved with.
    const { hazards: _saved, ...meta } = supplied.dataset.meta;
    return Object.assign(env, { dataset: { ...supplied.dataset, meta: { ...meta, ...(p.hazard ? { hazards: HAZARD_CELLS } : {}) } } });
  }
  const dataRng = rng.fork('dataset');
  const dataset = generateDataset(env.model, {
    kind: p.dataset, size: p.datasetSize, gamma: OFFLINE_GAMMA, horizon: OFFLINE_HORIZON, epsilon: p.noisyEpsilon,
    noise: BEHAVIOUR_NOISE[p.behaviourNoise], delay: p.delay, scripts: FOUR_ROOMS_SCRIPTS, hazards: p.hazard ? HAZARD_CELLS : [],
    seed: dataRng.int(1_000_000_000), env: { id: OFFLINE_WORLD_ID, settings: worldSettings(p) },
  }, dataRng);
  return Object.assign(env, { dataset });
}
