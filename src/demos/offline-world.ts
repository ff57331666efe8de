// The offline lab's world and its dataset (catalogue D7): four rooms on an 11×11 map (start in the top-left corner,
// goal in the bottom-right, 20 moves apart), optionally on ice that slips, and the dataset a chosen behaviour
// collected there. The demo's env factory and the page's dataset panel both build it from the same seeded stream, so the page
// shows exactly the data the worker's learners train on.
import { FOUR_ROOMS } from '../core/envs/gridworld/grid-presets.ts';
import type { GridSpec } from '../core/envs/gridworld/grid-layout.ts';
import type { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { generateDataset } from '../core/data/dataset-generators.ts';
import { LIBRARY_DATASET, type DatasetKind, type OfflineDataset } from '../core/data/offline-dataset.ts';
import type { Rng } from '../core/rng/rng.ts';
import { createGridEnv } from './grid-env.ts';
import { ParamsError } from './control-spec.ts';
import type { SuppliedData } from './demo-spec.ts';

export const OFFLINE_WORLD_ID = 'four-rooms';
/** Steps before a dataset or evaluation episode is cut (a random walk needs about 1,100 to find the goal). */
export const OFFLINE_HORIZON = 100;
/** The discount of the datasets' returns, the learners' targets and the evaluation. */
export const OFFLINE_GAMMA = 0.95;

export interface OfflineWorldParams {
  readonly dataset: DatasetKind | typeof LIBRARY_DATASET;
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

/** Why a supplied dataset cannot be used in this world, or null when it can. */
export function libraryDatasetProblem(dataset: OfflineDataset, slip: number, nStates: number, nActions: number): string | null {
  const { env, nStates: s, nActions: a } = dataset.meta;
  if (env.id !== OFFLINE_WORLD_ID || s !== nStates || a !== nActions) {
    return `The library dataset comes from ${env.id} (${s} states, ${a} actions), not from this lab's four rooms.`;
  }
  const dataSlip = Number(env.settings.slip ?? 0);
  if (dataSlip !== slip) return `The library dataset was collected with slip ${dataSlip}; set Slip to ${dataSlip} to train on it.`;
  return null;
}

export function createOfflineWorld(p: OfflineWorldParams, rng: Rng, supplied: SuppliedData = {}): OfflineWorld {
  const env = createGridEnv(offlineWorldSpec(p.slip), rng.fork('world'));
  if (p.dataset === LIBRARY_DATASET) {
    if (!supplied.dataset) {
      throw new ParamsError('Dataset “library” trains on a dataset from your library: press Train on it beside one (below the map), or import a file first.');
    }
    const problem = libraryDatasetProblem(supplied.dataset, p.slip, env.model.nStates, env.model.nActions);
    if (problem) throw new ParamsError(problem);
    return Object.assign(env, { dataset: supplied.dataset });
  }
  const dataRng = rng.fork('dataset');
  const dataset = generateDataset(env.model, {
    kind: p.dataset, size: p.datasetSize, gamma: OFFLINE_GAMMA, horizon: OFFLINE_HORIZON, epsilon: p.noisyEpsilon,
    seed: dataRng.int(1_000_000_000), env: { id: OFFLINE_WORLD_ID, settings: { slip: p.slip } },
  }, dataRng);
  return Object.assign(env, { dataset });
}
