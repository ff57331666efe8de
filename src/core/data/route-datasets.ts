// Scripted datasets (catalogue D8): episodes of a behaviour that walks a shortest route from a given start cell to
// a given target cell, with probability ε a uniformly random move instead. The stitching demo's two corridors are
// two such routes that share a junction but never a whole path.
import type { Rng } from '../rng/rng.ts';
import type { TabularModel } from '../envs/tabular-model.ts';
import { rollout, type Policy } from './dataset-generators.ts';
import type { DatasetEpisode } from './offline-dataset.ts';

export interface Route {
  readonly start: number;
  readonly target: number;
  readonly episodes: number;
}

/** Moves from each state to `target` along the model's possible transitions (Infinity: it cannot get there). */
export function distancesTo(model: TabularModel, target: number): Float64Array {
  const { nStates, nActions, maxOutcomes } = model;
  const predecessors: number[][] = Array.from({ length: nStates }, () => []);
  for (let s = 0; s < nStates; s++) {
    if (model.inert[s] && s !== target) continue;
    for (let i = s * nActions * maxOutcomes; i < (s + 1) * nActions * maxOutcomes; i++) {
      if (model.prob[i]! > 0 && model.next[i] !== s) predecessors[model.next[i]!]!.push(s);
    }
  }
  const distance = new Float64Array(nStates).fill(Infinity);
  distance[target] = 0;
  const queue = [target];
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    for (const p of predecessors[s]!) {
      if (distance[p] !== Infinity) continue;
      distance[p] = distance[s]! + 1;
      queue.push(p);
    }
  }
  return distance;
}

/** Towards `target` by a move whose likeliest outcome is nearest it (ties at random); ε: a random move. */
export function routePolicy(model: TabularModel, target: number, epsilon: number, rng: Rng): Policy {
  const distance = distancesTo(model, target);
  const { nActions, maxOutcomes } = model;
  return (s) => {
    if (epsilon > 0 && rng.uniform() < epsilon) return rng.int(nActions);
    let best = Infinity;
    let tied: number[] = [];
    for (let a = 0; a < nActions; a++) {
      const base = (s * nActions + a) * maxOutcomes;
      let likeliest = base;
      for (let k = base + 1; k < base + maxOutcomes; k++) if (model.prob[k]! > model.prob[likeliest]!) likeliest = k;
      const d = distance[model.next[likeliest]!]!;
      if (d < best) { best = d; tied = [a]; } else if (d === best) tied.push(a);
    }
    return tied[rng.int(tied.length)]!;
  };
}

/** Each route's episodes in turn, each at most `horizon` steps. */
export function routeEpisodes(model: TabularModel, routes: readonly Route[], epsilon: number, horizon: number, rng: Rng): DatasetEpisode[] {
  if (!(epsilon >= 0 && epsilon <= 1)) throw new RangeError(`The routes' action noise must lie in [0, 1], got ${epsilon}`);
  const episodes: DatasetEpisode[] = [];
  for (const route of routes) {
    if (!(Number.isInteger(route.episodes) && route.episodes >= 0)) throw new RangeError(`A route needs a whole number of episodes, got ${route.episodes}`);
    const policy = routePolicy(model, route.target, epsilon, rng);
    for (let e = 0; e < route.episodes; e++) episodes.push(rollout(model, policy, horizon, horizon, rng, undefined, route.start));
  }
  return episodes;
}
