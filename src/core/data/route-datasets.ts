// Scripted datasets (catalogue D8): episodes of a behaviour that walks a shortest route from a given start cell to
// a given target cell, with probability ε a uniformly random move instead. The stitching demo's two corridors are
// two such routes that share a junction but never a whole path.
import type { Rng } from '../rng/rng.ts';
import type { TabularModel } from '../envs/tabular-model.ts';
import { rollout } from './dataset-generators.ts';
import { routePolicy } from './route-policy.ts';
import type { DatasetEpisode } from './offline-dataset.ts';

export interface Route {
  readonly start: number;
  readonly target: number;
  readonly episodes: number;
}

/** Each route's episodes in turn, each at most `horizon` steps. */
export function routeEpisodes(model: TabularModel, routes: readonly Route[], epsilon: number, horizon: number, rng: Rng): DatasetEpisode[] {
  if (!(epsilon >= 0 && epsilon <= 1)) throw new RangeError(`The routes' action noise must lie in [0, 1], got ${epsilon}`);
  const episodes: DatasetEpisode[] = [];
  for (const route of routes) {
    if (!(Number.isInteger(route.episodes) && route.episodes >= 0)) throw new RangeError(`A route needs a whole number of episodes, got ${route.episodes}`);
    const policy = routePolicy(model, route.target, epsilon, rng);
    for (let e = 0; e < route.episodes; e++) episodes.push(rollout(model, policy, { limit: horizon, horizon, rng, start: route.start }));
  }
  return episodes;
}
