// Bellman backups over an exact tabular model (S&B ch. 4): synchronous sweeps of value iteration (eq. 4.10)
// and of iterative policy evaluation (eq. 4.5), and greedy policy improvement (eq. 4.9).
import { actionValue, type TabularModel } from '../envs/tabular-model.ts';

/** One synchronous value-iteration sweep: V'(s) = max_a Σ p (r + γV(s')). Returns the largest |V' − V|. */
export function valueIterationSweep(model: TabularModel, values: Float64Array, next: Float64Array, gamma: number): number {
  let delta = 0;
  for (let s = 0; s < model.nStates; s++) {
    if (model.inert[s]) { next[s] = 0; continue; }
    let best = -Infinity;
    for (let a = 0; a < model.nActions; a++) best = Math.max(best, actionValue(model, values, s, a, gamma));
    next[s] = best;
    delta = Math.max(delta, Math.abs(best - values[s]));
  }
  return delta;
}

/** One synchronous evaluation sweep of a deterministic policy: V'(s) = Σ p (r + γV(s')) for a = π(s). */
export function policyEvaluationSweep(
  model: TabularModel, policy: Int32Array, values: Float64Array, next: Float64Array, gamma: number,
): number {
  let delta = 0;
  for (let s = 0; s < model.nStates; s++) {
    if (model.inert[s]) { next[s] = 0; continue; }
    next[s] = actionValue(model, values, s, policy[s], gamma);
    delta = Math.max(delta, Math.abs(next[s] - values[s]));
  }
  return delta;
}

/**
 * Greedy improvement: π(s) ← argmax_a Q(s,a), keeping the current action unless another is better by more
 * than `tolerance` (so PI stops instead of cycling between equally good actions). Returns how many states changed.
 */
export function greedyImprovement(
  model: TabularModel, values: Float64Array, policy: Int32Array, gamma: number, tolerance = 1e-12,
): number {
  let changed = 0;
  for (let s = 0; s < model.nStates; s++) {
    if (model.inert[s]) continue;
    let bestAction = policy[s];
    let bestValue = actionValue(model, values, s, bestAction, gamma);
    for (let a = 0; a < model.nActions; a++) {
      const q = actionValue(model, values, s, a, gamma);
      if (q > bestValue + tolerance) { bestValue = q; bestAction = a; }
    }
    if (bestAction !== policy[s]) { policy[s] = bestAction; changed++; }
  }
  return changed;
}

/** All action values Q(s,a) under V, as a flat table (for overlays). */
export function actionValuesFrom(model: TabularModel, values: Float64Array, gamma: number): Float64Array {
  const q = new Float64Array(model.nStates * model.nActions);
  for (let s = 0; s < model.nStates; s++) {
    if (model.inert[s]) continue;
    for (let a = 0; a < model.nActions; a++) q[s * model.nActions + a] = actionValue(model, values, s, a, gamma);
  }
  return q;
}
