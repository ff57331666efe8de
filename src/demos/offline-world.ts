// The offline lab's world and its dataset (catalogue D7): four rooms on an 11×11 map (start in the top-left corner,
// goal in the bottom-right, 20 moves apart), optionally on ice that slips, and the dataset a chosen behaviour
// collected there. The demo's env factory and the page's dataset panel both build it from the same seeded stream, so the page
// shows exactly the data the worker's learners train on.
import { FOUR_ROOMS } from '../core/envs/gridworld/grid-presets.ts';
import type { GridSpec } from '../core/envs/gridworld/grid-layout.ts';
import type { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { generateDataset } from '../core/data/dataset-generators.ts';
import type { DatasetKind, OfflineDataset } from '../core/data/offline-dataset.ts';
import type { Rng } from '../core/rng/rng.ts';
import { createGridEnv } from './grid-env.ts';

export const OFFLINE_WORLD_ID = 'four-rooms';
/** Steps before a dataset or evaluation episode is cut (a random walk needs about 1,100 to find the goal). */
export const OFFLINE_HORIZON = 100;
/** The discount of the datasets' returns, the learners' targets and the evaluation. */
export const OFFLINE_GAMMA = 0.95;

export interface OfflineWorldParams {
  readonly dataset: DatasetKind;
  readonly datasetSize: number;
  readonly noisyEpsilon: number;
  readonly slip: number;
}

/** Four rooms, every floor cell ice with the given slip (0: the plain map). */
export function offlineWorldSpec(slip: number): GridSpec {
  if (slip === 0) return FOUR_ROOMS;
  return { ...FOUR_ROOMS, slip, rows: FOUR_ROOMS.rows.map((row) => row.replaceAll('.', '~').replace('S', 's')) };
}

export type OfflineWorld = GridworldEnv & { readonly dataset: OfflineDataset };

export function createOfflineWorld(p: OfflineWorldParams, rng: Rng): OfflineWorld {
  const env = createGridEnv(offlineWorldSpec(p.slip), rng.fork('world'));
  const dataRng = rng.fork('dataset');
  const dataset = generateDataset(env.model, {
    kind: p.dataset, size: p.datasetSize, gamma: OFFLINE_GAMMA, horizon: OFFLINE_HORIZON, epsilon: p.noisyEpsilon,
    seed: dataRng.int(1_000_000_000), env: { id: OFFLINE_WORLD_ID, settings: { slip: p.slip } },
  }, dataRng);
  return Object.assign(env, { dataset });
}
