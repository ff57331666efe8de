// Behaviour cloning's end point on a reweighted dataset (catalogue D10's "final return vs α"). A cloned policy that
// can represent any table, trained to the end on the transitions its sampler drew, puts in each cell the share of
// each move among that cell's draws; a cell no draw visits is left uniform. Its return can then be computed exactly
// on the world's model, so the page can sweep α in a blink instead of training a network for every value. The draws
// matter: with a tiny α nearly every draw comes from a handful of episodes, and the cells only the others visit get
// no draws at all, which is how too small an α overfits.
import { evaluateStochasticPolicy } from '../algorithms/k-qvi.ts';
import type { TabularModel } from '../envs/tabular-model.ts';
import type { Rng } from '../rng/rng.ts';
import { normalizedScore } from './offline-evaluation.ts';
import type { OfflineDataset } from './offline-dataset.ts';
import { trajectoryWeights, type SamplingScheme } from './trajectory-weights.ts';

/**
 * π(a | s) ∝ the total weight of the data's (s, a) rows, flat [s · A + a]; uniform where a cell has none. Rows are
 * the dataset's transitions in order; the weights may be draw counts or sampling probabilities (the infinite-draw limit).
 */
export function clonedPolicy(dataset: OfflineDataset, rowWeights: ArrayLike<number>): Float64Array {
  const { nStates, nActions } = dataset.meta;
  const mass = new Float64Array(nStates * nActions);
  let row = 0;
  for (const e of dataset.episodes) {
    for (let t = 0; t < e.actions.length; t++) mass[e.observations[t]! * nActions + e.actions[t]!] += rowWeights[row++]!;
  }
  for (let s = 0; s < nStates; s++) {
    let total = 0;
    for (let a = 0; a < nActions; a++) total += mass[s * nActions + a]!;
    for (let a = 0; a < nActions; a++) mass[s * nActions + a] = total > 0 ? mass[s * nActions + a]! / total : 1 / nActions;
  }
  return mass;
}

/** The normalised score (random 0, expert 100) of a policy table: its exact value, averaged over the data's starts. */
export function policyScore(model: TabularModel, dataset: OfflineDataset, policy: Float64Array): number {
  const values = evaluateStochasticPolicy(model, policy, dataset.meta.gamma);
  const starts = dataset.meta.starts ?? [model.start];
  return normalizedScore(starts.reduce((sum, s) => sum + values[s]!, 0) / starts.length, dataset.meta.references);
}

/** Above this many expected draws a row's count is drawn from the normal approximation. */
const NORMAL_FROM = 50;

/**
 * How often each row is drawn in `draws` draws with the given probabilities, as independent Poisson counts (the
 * multinomial's limit for many draws): the cost grows with the rows, not the draws, so a sweep stays instant.
 */
export function drawCounts(probabilities: ArrayLike<number>, draws: number, rng: Rng): Float64Array {
  const counts = new Float64Array(probabilities.length);
  for (let i = 0; i < probabilities.length; i++) {
    const mean = draws * probabilities[i]!;
    if (mean > NORMAL_FROM) {
      counts[i] = Math.max(0, Math.round(rng.normal(mean, Math.sqrt(mean))));
      continue;
    }
    // Knuth's method: multiply uniforms until the product falls below e^(−mean).
    const floor = Math.exp(-mean);
    let k = 0;
    for (let product = rng.uniform(); product > floor; product *= rng.uniform()) k++;
    counts[i] = k;
  }
  return counts;
}

/** The score of the table cloned from `draws` transitions drawn by the scheme's sampler. */
export function sampledCloneScore(
  model: TabularModel, dataset: OfflineDataset, scheme: SamplingScheme, alpha: number, draws: number, rng: Rng,
): number {
  const counts = drawCounts(trajectoryWeights(dataset, scheme, alpha).transitionProb, draws, rng);
  return policyScore(model, dataset, clonedPolicy(dataset, counts));
}

/** `points` values from `lo` to `hi` (both included), evenly spaced on a log scale. */
export function logGrid(lo: number, hi: number, points: number): number[] {
  return Array.from({ length: points }, (_, i) => lo * (hi / lo) ** (i / (points - 1)));
}
