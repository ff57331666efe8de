// Behaviours that follow a script of cells (catalogue D7's D5RL- and NeoRL-2-style sources):
// - a waypoint controller walks to each cell of its list in turn (D5RL's scripted data; NeoRL-2's deployed
//   controller, which takes a longer, careful round);
// - play walks to one task after another, each drawn at random from a list and none of them chosen for the reward
//   (D5RL's play data: purposeful pieces of behaviour, not aimed at the task it is later used for).
// Each walk is a route policy (shortest moves, probability ε of a random one). Controllers remember how far they got,
// so each episode needs a fresh one: these are factories.
import type { Rng } from '../rng/rng.ts';
import type { TabularModel } from '../envs/tabular-model.ts';
import type { Policy } from './dataset-generators.ts';
import { routePolicy } from './route-policy.ts';

/** The cells a world's scripted behaviours use (all reachable floor cells). */
export interface WaypointScripts {
  /** D5RL's scripted controller: these cells in turn, the last one the goal. */
  readonly scripted: readonly number[];
  /** NeoRL-2's deployed controller: a longer, careful round of cells, the last one the goal. */
  readonly conservative: readonly number[];
  /** Play: the tasks a player picks among, one after another. */
  readonly play: readonly number[];
}

type Routes = ReadonlyMap<number, Policy>;

/** One route policy per target cell, built once (each computes the distances to its target). */
export function routesTo(model: TabularModel, targets: readonly number[], epsilon: number, rng: Rng, ties: 'random' | 'first' = 'random'): Routes {
  return new Map([...new Set(targets)].map((t) => [t, routePolicy(model, t, epsilon, rng, ties)]));
}

/** A new controller for one episode: towards the first waypoint not reached yet; past the last, it keeps to the last. */
export function waypointController(routes: Routes, waypoints: readonly number[]): () => Policy {
  if (waypoints.length === 0) throw new RangeError('A waypoint controller needs at least one waypoint');
  return () => {
    let next = 0;
    return (s) => {
      while (next < waypoints.length - 1 && s === waypoints[next]) next++;
      return routes.get(waypoints[next]!)!(s);
    };
  };
}

/** A new player for one episode: on reaching its task (or at the start) it draws another one from `tasks`, uniformly. */
export function playController(routes: Routes, tasks: readonly number[], rng: Rng): () => Policy {
  if (tasks.length < 2) throw new RangeError('Play needs at least two tasks to move between');
  return () => {
    let task = -1;
    return (s) => {
      if (task < 0 || s === task) {
        const others = tasks.filter((t) => t !== s);
        task = others[rng.int(others.length)]!;
      }
      return routes.get(task)!(s);
    };
  };
}
