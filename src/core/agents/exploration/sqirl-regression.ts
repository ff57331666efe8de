// SQIRL's regression step: given samples (state, action, target) at one timestep, an estimate of Q there. The
// tabular regression averages the targets of each pair (a pair without samples has no estimate); a network
// (neural-sqirl.ts) fits them and answers for every pair, seen or not. Either way SQIRL only asks two things:
// max_a Q(s, a) for the next timestep's targets, and the greedy action for its policy.

export interface QSample {
  readonly s: number;
  readonly a: number;
  readonly target: number;
}

export interface FittedQ {
  /** Q(s, a), or null where the fit has no estimate. */
  value(s: number, a: number): number | null;
}

/** Fits one timestep's samples (a Promise-free call: SQIRL fits inside learn()). */
export type QRegression = (samples: readonly QSample[], tag: string) => FittedQ;

/** The tabular regression: the mean target of each (state, action). */
export function tableRegression(nStates: number, nActions: number): QRegression {
  return (samples) => {
    const sum = new Float64Array(nStates * nActions);
    const count = new Float64Array(nStates * nActions);
    for (const { s, a, target } of samples) {
      sum[s * nActions + a] += target;
      count[s * nActions + a]++;
    }
    return { value: (s, a) => (count[s * nActions + a] > 0 ? sum[s * nActions + a] / count[s * nActions + a] : null) };
  };
}

/** max over the actions with an estimate, or null when there is none. */
export function maxValue(q: FittedQ, s: number, nActions: number): number | null {
  let best: number | null = null;
  for (let a = 0; a < nActions; a++) {
    const v = q.value(s, a);
    if (v !== null) best = Math.max(best ?? -Infinity, v);
  }
  return best;
}
