// The reweighting demo's world and data (catalogue D10): four rooms, episodes starting in easy cells (in the goal's
// room) and hard ones (in the far room), or all at the usual start; most episodes are random walks of 100 moves and
// a small share are the expert's. Scores and references average over the same starts.
import { FOUR_ROOMS } from '../core/envs/gridworld/grid-presets.ts';
import type { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { mixedQualityDataset } from '../core/data/mixed-quality-datasets.ts';
import type { OfflineDataset } from '../core/data/offline-dataset.ts';
import type { Rng } from '../core/rng/rng.ts';
import { createGridEnv } from './grid-env.ts';
import { OFFLINE_GAMMA, OFFLINE_HORIZON } from './offline-world.ts';

export const REWEIGHTING_WORLD_ID = 'four-rooms-starts';
const WIDTH = 11;
const cell = (row: number, col: number) => row * WIDTH + col;
/** Hard starts in the top-left room, far from the goal; easy ones in the goal's room. */
export const HARD_STARTS = [cell(0, 0), cell(0, 4), cell(4, 0), cell(4, 4)] as const;
export const EASY_STARTS = [cell(7, 6), cell(7, 10), cell(8, 8), cell(9, 7)] as const;
/** Episodes in every dataset of the demo. */
export const REWEIGHTING_EPISODES = 400;

export interface ReweightingWorldParams {
  /** Percent of the episodes the expert collects. */
  readonly expertShare: number;
  readonly startSpread: boolean;
}

export type ReweightingWorld = GridworldEnv & { readonly dataset: OfflineDataset };

export function reweightingStarts(spread: boolean): readonly number[] {
  return spread ? [...HARD_STARTS, ...EASY_STARTS] : [HARD_STARTS[0]];
}

export function createReweightingWorld(p: ReweightingWorldParams, rng: Rng): ReweightingWorld {
  const env = createGridEnv(FOUR_ROOMS, rng.fork('world'));
  const dataRng = rng.fork('dataset');
  const dataset = mixedQualityDataset(env.model, {
    starts: reweightingStarts(p.startSpread), episodes: REWEIGHTING_EPISODES, expertShare: p.expertShare / 100,
    gamma: OFFLINE_GAMMA, horizon: OFFLINE_HORIZON, seed: dataRng.int(1_000_000_000),
    env: { id: REWEIGHTING_WORLD_ID, settings: { expertShare: p.expertShare, startSpread: p.startSpread } },
  }, dataRng);
  return Object.assign(env, { dataset });
}
