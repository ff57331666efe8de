// An exact tabular MDP model: for each (state, action), up to `maxOutcomes` weighted outcomes.
// Planners (value and policy iteration) sweep it; gridworld envs sample from it. Flat typed arrays, no objects.

export interface TabularModel {
  readonly nStates: number;
  readonly nActions: number;
  readonly maxOutcomes: number;
  /** Index of outcome k of (s, a): (s * nActions + a) * maxOutcomes + k. */
  readonly next: Int32Array;
  readonly prob: Float64Array;
  readonly reward: Float64Array;
  /** 1 if the transition ends the episode (the next state's value does not count). */
  readonly ends: Uint8Array;
  /** 1 for states the agent never occupies or that are absorbing (walls, goals, holes): their value is 0. */
  readonly inert: Uint8Array;
  readonly start: number;
}

export function createTabularModel(nStates: number, nActions: number, maxOutcomes: number, start: number): TabularModel {
  const size = nStates * nActions * maxOutcomes;
  return {
    nStates, nActions, maxOutcomes, start,
    next: new Int32Array(size),
    prob: new Float64Array(size),
    reward: new Float64Array(size),
    ends: new Uint8Array(size),
    inert: new Uint8Array(nStates),
  };
}

/** Expected one-step return of (s, a) under values V: Σ_k p_k (r_k + γ·V(s'_k)·[not ends_k]). */
export function actionValue(model: TabularModel, values: Float64Array, s: number, a: number, gamma: number): number {
  const base = (s * model.nActions + a) * model.maxOutcomes;
  let q = 0;
  for (let k = 0; k < model.maxOutcomes; k++) {
    const p = model.prob[base + k];
    if (p === 0) continue;
    const continuation = model.ends[base + k] ? 0 : gamma * values[model.next[base + k]];
    q += p * (model.reward[base + k] + continuation);
  }
  return q;
}

/**
 * The index of the outcome of (s, a) that u ∈ [0, 1) picks (outcomes in order, each taking its probability's share;
 * a u past the last because of rounding takes the last possible one).
 */
export function sampleOutcome(model: TabularModel, s: number, a: number, u: number): number {
  const base = (s * model.nActions + a) * model.maxOutcomes;
  let acc = 0;
  let last = base;
  for (let k = 0; k < model.maxOutcomes; k++) {
    const p = model.prob[base + k];
    if (p === 0) continue;
    last = base + k;
    acc += p;
    if (u < acc) return last;
  }
  return last;
}

/** The index of the most probable outcome of (s, a) (the first on a tie): the move's intended result. */
export function likeliestOutcome(model: TabularModel, s: number, a: number): number {
  const base = (s * model.nActions + a) * model.maxOutcomes;
  let likeliest = base;
  for (let k = base + 1; k < base + model.maxOutcomes; k++) if (model.prob[k]! > model.prob[likeliest]!) likeliest = k;
  return likeliest;
}
