// k-QVI and min-k (Laidlaw et al. 2023, "Bridging RL theory and practice with the effective horizon"; catalogue
// §3.7, D19), on an exact tabular model with discount γ:
//   Q¹ = Q^{π_rand}                                   the action values of the uniformly random policy
//   Q^{i+1}(s,a) = R(s,a) + γ Σ_s′ P(s′|s,a) max_a′ Q^i(s′,a′)
// The MDP is k-QVI-solvable when acting greedily on Q^k is optimal; min-k is the smallest such k. A small min-k
// explains why random exploration plus a few steps of planning (or of fitted Q-iteration, as in SQIRL) is enough.
//
// "Greedy on Q^k is optimal" is checked as a policy: the greedy policy (ties split evenly between the tied actions,
// so every tied action must be good) is evaluated exactly and its value compared with V* in every state it reaches
// from the start. States it never reaches cannot make it fail.
import { actionValue, type TabularModel } from '../envs/tabular-model.ts';
import { actionValuesFrom, valueIterationSweep } from './bellman.ts';

const EVAL_TOLERANCE = 1e-12;
const MAX_SWEEPS = 200_000;

/** Iterate `sweep` (which writes next from values and returns the largest change) to a fixed point. */
function fixedPoint(n: number, sweep: (values: Float64Array, next: Float64Array) => number): Float64Array {
  let values = new Float64Array(n);
  let next = new Float64Array(n);
  for (let i = 0; i < MAX_SWEEPS; i++) {
    const delta = sweep(values, next);
    [values, next] = [next, values];
    if (delta < EVAL_TOLERANCE) return values;
  }
  throw new RangeError('k-QVI: the values did not converge (is γ < 1, or does every episode end?)');
}

/** V of a stochastic policy pi[s·A + a] by iterative evaluation. */
export function evaluateStochasticPolicy(model: TabularModel, pi: Float64Array, gamma: number): Float64Array {
  const { nStates, nActions } = model;
  return fixedPoint(nStates, (values, next) => {
    let delta = 0;
    for (let s = 0; s < nStates; s++) {
      if (model.inert[s]) { next[s] = 0; continue; }
      let v = 0;
      for (let a = 0; a < nActions; a++) {
        const p = pi[s * nActions + a];
        if (p > 0) v += p * actionValue(model, values, s, a, gamma);
      }
      next[s] = v;
      delta = Math.max(delta, Math.abs(v - values[s]));
    }
    return delta;
  });
}

/** Q(s,a) = R(s,a) + γ E[V(s′)] for every pair, flat [s·A + a] (0 for inert states). */
export const qFromValues = actionValuesFrom;

/** Q¹ = Q^{π_rand}: the action values of the uniformly random policy. */
export function randomPolicyQ(model: TabularModel, gamma: number): Float64Array {
  const uniform = new Float64Array(model.nStates * model.nActions).fill(1 / model.nActions);
  return qFromValues(model, evaluateStochasticPolicy(model, uniform, gamma), gamma);
}

/** max_a Q(s,a) per state (0 for inert states). */
export function greedyValues(model: TabularModel, q: Float64Array): Float64Array {
  const v = new Float64Array(model.nStates);
  for (let s = 0; s < model.nStates; s++) {
    if (model.inert[s]) continue;
    let best = -Infinity;
    for (let a = 0; a < model.nActions; a++) best = Math.max(best, q[s * model.nActions + a]);
    v[s] = best;
  }
  return v;
}

/** Q¹ … Q^maxK: the random policy's values and then maxK − 1 Bellman optimality backups. */
export function qviSequence(model: TabularModel, gamma: number, maxK: number): Float64Array[] {
  const sequence = [randomPolicyQ(model, gamma)];
  for (let k = 1; k < maxK; k++) sequence.push(qFromValues(model, greedyValues(model, sequence[k - 1]), gamma));
  return sequence;
}

/** V* by value iteration to convergence. */
export function optimalValues(model: TabularModel, gamma: number): Float64Array {
  return fixedPoint(model.nStates, (values, next) => valueIterationSweep(model, values, next, gamma));
}

/** The greedy policy of Q with ties split evenly (relative tolerance 1e-9), flat [s·A + a]. */
export function greedyPolicy(model: TabularModel, q: Float64Array): Float64Array {
  const { nStates, nActions } = model;
  const pi = new Float64Array(nStates * nActions);
  for (let s = 0; s < nStates; s++) {
    let best = -Infinity;
    for (let a = 0; a < nActions; a++) best = Math.max(best, q[s * nActions + a]);
    const cut = best - 1e-9 * Math.max(1, Math.abs(best));
    let ties = 0;
    for (let a = 0; a < nActions; a++) if (q[s * nActions + a] >= cut) ties++;
    for (let a = 0; a < nActions; a++) pi[s * nActions + a] = q[s * nActions + a] >= cut ? 1 / ties : 0;
  }
  return pi;
}

/** States reachable from the start with positive probability under pi (the start included). */
export function reachableStates(model: TabularModel, pi: Float64Array): Uint8Array {
  const seen = new Uint8Array(model.nStates);
  const stack = [model.start];
  seen[model.start] = 1;
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (model.inert[s]) continue;
    for (let a = 0; a < model.nActions; a++) {
      if (pi[s * model.nActions + a] === 0) continue;
      const base = (s * model.nActions + a) * model.maxOutcomes;
      for (let k = 0; k < model.maxOutcomes; k++) {
        if (model.prob[base + k] === 0 || model.ends[base + k]) continue;
        const next = model.next[base + k];
        if (!seen[next]) { seen[next] = 1; stack.push(next); }
      }
    }
  }
  return seen;
}

export interface GreedyCheck {
  /** Whether the greedy policy of Q^k is optimal in every state it reaches from the start. */
  readonly optimal: boolean;
  /** V^{greedy}(start) and V*(start). */
  readonly value: number;
  readonly optimalValue: number;
  /** Per state: 1 if the greedy policy of Q^k only takes optimal actions there (for "optimal?" badges). */
  readonly stateOptimal: Uint8Array;
}

/** Values within this relative distance of V* count as optimal (exact min-k, up to float error). */
export const EXACT_TOLERANCE = 1e-6;

/**
 * Is acting greedily on q optimal? Values are compared with a relative tolerance: EXACT_TOLERANCE by default, or a
 * larger ε for "ε-optimal" (where tiny value gaps, e.g. of shaping under sticky moves, should not count).
 */
export function checkGreedy(
  model: TabularModel, q: Float64Array, gamma: number, vStar = optimalValues(model, gamma), tolerance = EXACT_TOLERANCE,
): GreedyCheck {
  const pi = greedyPolicy(model, q);
  const v = evaluateStochasticPolicy(model, pi, gamma);
  const reached = reachableStates(model, pi);
  const qStar = qFromValues(model, vStar, gamma);
  const stateOptimal = new Uint8Array(model.nStates);
  let optimal = true;
  for (let s = 0; s < model.nStates; s++) {
    if (model.inert[s]) { stateOptimal[s] = 1; continue; }
    let good = 1;
    for (let a = 0; a < model.nActions; a++) {
      const i = s * model.nActions + a;
      if (pi[i] > 0 && qStar[i] < vStar[s] - tolerance * Math.max(1, Math.abs(vStar[s]))) good = 0;
    }
    stateOptimal[s] = good;
    if (reached[s] && Math.abs(v[s] - vStar[s]) > tolerance * Math.max(1, Math.abs(vStar[s]))) optimal = false;
  }
  return { optimal, value: v[model.start], optimalValue: vStar[model.start], stateOptimal };
}

/** The smallest k ≤ maxK for which greedy on Q^k is optimal (within `tolerance`, relative), or null if none is. */
export function minK(model: TabularModel, gamma: number, maxK: number, tolerance = EXACT_TOLERANCE): number | null {
  const vStar = optimalValues(model, gamma);
  const sequence = qviSequence(model, gamma, maxK);
  for (let k = 1; k <= maxK; k++) if (checkGreedy(model, sequence[k - 1], gamma, vStar, tolerance).optimal) return k;
  return null;
}
