// The stitching demo's world and data (catalogue D8): two corridors that cross at a junction. Route A winds from
// the start (right, up, right) through the junction to a small prize at the corridor's far end (reward 0.5); route
// B starts at the bottom of the cross corridor and climbs through the junction to the goal (reward 1). The winding
// matters: a policy with no data behind it, pushing one way everywhere, cannot reach the junction by luck. No episode of
// the data goes from the start to the goal, yet every piece of that path is in it: a learner that joins A's first
// half to B's second half (stitching) earns 1 from the start, one that only imitates whole episodes earns 0.5.
import type { GridSpec } from '../core/envs/gridworld/grid-layout.ts';
import type { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { routeEpisodes } from '../core/data/route-datasets.ts';
import { referenceReturns } from '../core/data/dataset-generators.ts';
import type { OfflineDataset } from '../core/data/offline-dataset.ts';
import type { Rng } from '../core/rng/rng.ts';
import { createGridEnv } from './grid-env.ts';

export const STITCHING_WORLD_ID = 'two-corridors';
const WIDTH = 11;
const cell = (row: number, col: number) => row * WIDTH + col;
/** The cells the routes are built from (row-major indices of the map below). */
export const CORRIDOR_CELLS = { start: cell(4, 0), junction: cell(2, 7), prize: cell(2, 10), goal: cell(0, 7), sideStart: cell(8, 7) } as const;
export const PRIZE_REWARD = 0.5;

export const TWO_CORRIDORS: GridSpec = {
  stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0,
  goalRewards: [[CORRIDOR_CELLS.prize, PRIZE_REWARD]],
  rows: [
    '#######G###',
    '#######.###',
    '###.......G',
    '###.###.###',
    'S...###.###',
    '#######.###',
    '#######.###',
    '#######.###',
    '#######.###',
  ],
};

/** Steps before a data or evaluation episode is cut (the longest route takes 12 moves). */
export const STITCHING_HORIZON = 50;
export const STITCHING_GAMMA = 0.95;

export interface StitchingWorldParams {
  readonly episodesA: number;
  readonly episodesB: number;
  readonly actionNoise: number;
}

export type StitchingWorld = GridworldEnv & { readonly dataset: OfflineDataset };

export function createStitchingWorld(p: StitchingWorldParams, rng: Rng): StitchingWorld {
  const env = createGridEnv(TWO_CORRIDORS, rng.fork('world'));
  const dataRng = rng.fork('dataset');
  const seed = dataRng.int(1_000_000_000);
  const episodes = routeEpisodes(env.model, [
    { start: CORRIDOR_CELLS.start, target: CORRIDOR_CELLS.prize, episodes: p.episodesA },
    { start: CORRIDOR_CELLS.sideStart, target: CORRIDOR_CELLS.goal, episodes: p.episodesB },
  ], p.actionNoise, STITCHING_HORIZON, dataRng);
  const dataset: OfflineDataset = {
    meta: {
      env: { id: STITCHING_WORLD_ID, settings: { episodesA: p.episodesA, episodesB: p.episodesB } },
      nStates: env.model.nStates, nActions: env.model.nActions, behaviour: 'two-corridors', epsilon: p.actionNoise,
      seed, gamma: STITCHING_GAMMA, references: referenceReturns(env.model, STITCHING_GAMMA),
    },
    episodes,
  };
  return Object.assign(env, { dataset });
}

/** Episodes of the data that go from the start to the goal (0 unless a random move of route A entered the goal). */
export function startToGoalEpisodes(dataset: OfflineDataset): number {
  return dataset.episodes.filter((e) => e.observations[0] === CORRIDOR_CELLS.start && e.observations.at(-1) === CORRIDOR_CELLS.goal).length;
}
