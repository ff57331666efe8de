// Trajectory reweighting for mixed datasets (catalogue §3.3, D10; after Improbable-AI/harness-offline-rl's
// weighted.py): when most episodes earn little and a few earn a lot, sample transitions by how good their episode
// was, so any offline learner trains on the data of a better behaviour policy.
//   RW: a transition of episode i is drawn with probability ∝ exp(G_i / α)            (softmax over transitions)
//   AW: the same with the advantage A_i = G_i − V̂(s₀ of i), V̂ = mean return per start cell
// Returns are first rescaled to [0, 1] over the dataset. An episode's mass is ∝ T_i · exp(score_i / α), T_i its
// length. α → ∞ is uniform sampling; α → 0 puts all the mass on the best episode(s).
import { discountedReturn, type OfflineDataset } from './offline-dataset.ts';

export const SAMPLING_SCHEMES = ['uniform', 'rw', 'aw'] as const;
export type SamplingScheme = (typeof SAMPLING_SCHEMES)[number];

/** Each episode's discounted return, rescaled so the dataset's lowest is 0 and its highest 1 (all 0 if equal). */
export function normalizedReturns(dataset: OfflineDataset): Float64Array {
  const g = Float64Array.from(dataset.episodes, (e) => discountedReturn(e, dataset.meta.gamma));
  const lo = Math.min(...g);
  const hi = Math.max(...g);
  return g.map((x) => (hi > lo ? (x - lo) / (hi - lo) : 0));
}

/** Each episode's return minus the mean return of the episodes that began in the same cell (AW's baseline). */
export function startAdvantages(dataset: OfflineDataset, returns: Float64Array): Float64Array {
  const sums = new Map<number, { total: number; n: number }>();
  dataset.episodes.forEach((e, i) => {
    const s = sums.get(e.observations[0]!) ?? { total: 0, n: 0 };
    s.total += returns[i]!;
    s.n++;
    sums.set(e.observations[0]!, s);
  });
  return returns.map((g, i) => {
    const s = sums.get(dataset.episodes[i]!.observations[0]!)!;
    return g - s.total / s.n;
  });
}

export interface TrajectoryWeights {
  /** Each episode's share of the samples (sums to 1). */
  readonly episodeMass: Float64Array;
  /** Each transition's sampling probability, in the order of flattenTransitions (sums to 1). */
  readonly transitionProb: Float64Array;
}

export function trajectoryWeights(dataset: OfflineDataset, scheme: SamplingScheme, alpha: number): TrajectoryWeights {
  if (scheme !== 'uniform' && !(alpha > 0)) throw new RangeError(`the reweighting temperature α must be > 0, got ${alpha}`);
  const returns = normalizedReturns(dataset);
  const scores = scheme === 'aw' ? startAdvantages(dataset, returns) : returns;
  const top = Math.max(...scores);
  // exp((score − top) / α): the same softmax, without overflow for a small α.
  const perTransition = dataset.episodes.map((_, i) => (scheme === 'uniform' ? 1 : Math.exp((scores[i]! - top) / alpha)));
  const lengths = dataset.episodes.map((e) => e.actions.length);
  const total = perTransition.reduce((sum, w, i) => sum + w * lengths[i]!, 0);
  if (!(total > 0)) throw new RangeError('the dataset has no transitions to weight');
  const episodeMass = Float64Array.from(perTransition, (w, i) => (w * lengths[i]!) / total);
  const transitionProb = new Float64Array(lengths.reduce((n, t) => n + t, 0));
  let row = 0;
  perTransition.forEach((w, i) => { transitionProb.fill(w / total, row, (row += lengths[i]!)); });
  return { episodeMass, transitionProb };
}

/** The mean normalised return of the episodes the sampler draws from (its "effective behaviour return"). */
export function effectiveReturn(episodeMass: Float64Array, returns: Float64Array): number {
  return episodeMass.reduce((sum, m, i) => sum + m * returns[i]!, 0);
}

/** The positive-sided variance of the returns, E[max(G − E[G], 0)²]: the room a reweighting has to gain. */
export function positiveSidedVariance(returns: Float64Array): number {
  if (returns.length === 0) return NaN;
  const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
  return returns.reduce((sum, g) => sum + Math.max(g - mean, 0) ** 2, 0) / returns.length;
}
