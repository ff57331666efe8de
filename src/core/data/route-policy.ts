// Walking to a cell (catalogue D7, D8): the number of moves from every state to a target, and a behaviour that
// takes a move whose likeliest outcome brings it nearest, with probability ε a uniformly random move instead.
// Scripted routes, waypoint controllers and play are all made of these.
import type { Rng } from '../rng/rng.ts';
import { likeliestOutcome, type TabularModel } from '../envs/tabular-model.ts';
import type { Policy } from './dataset-generators.ts';

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

/**
 * Towards `target` by a move whose likeliest outcome is nearest it; ε: a random move. Ties go at random, or with
 * `ties: 'first'` to the first such move in action order (a fixed rule, like a deployed controller's).
 */
export function routePolicy(model: TabularModel, target: number, epsilon: number, rng: Rng, ties: 'random' | 'first' = 'random'): Policy {
  const distance = distancesTo(model, target);
  const { nActions } = model;
  return (s) => {
    if (epsilon > 0 && rng.uniform() < epsilon) return rng.int(nActions);
    let best = Infinity;
    let tied: number[] = [];
    for (let a = 0; a < nActions; a++) {
      const d = distance[model.next[likeliestOutcome(model, s, a)]!]!;
      if (d < best) { best = d; tied = [a]; } else if (d === best) tied.push(a);
    }
    return ties === 'first' ? tied[0]! : tied[rng.int(tied.length)]!;
  };
}
