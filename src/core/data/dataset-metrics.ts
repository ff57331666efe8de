// What a dataset is worth before any learning (Schweighofer et al., "A Dataset Perspective on Offline RL";
// catalogue §3.3): its trajectory quality TQ, the mean discounted return normalised so the random policy scores 0
// and an optimal one 1, and its state-action coverage SACo, the number of distinct (s, a) pairs relative to a
// reference dataset (the replay of an online run). Also the return histogram and the (s, a) visit counts for the
// coverage heatmap.
import { discountedReturn, type OfflineDataset } from './offline-dataset.ts';

/** Mean discounted return of the dataset's episodes from their first steps. */
export function meanReturn(dataset: OfflineDataset): number {
  const { episodes, meta } = dataset;
  if (episodes.length === 0) return NaN;
  return episodes.reduce((sum, e) => sum + discountedReturn(e, meta.gamma), 0) / episodes.length;
}

/** TQ = (ḡ(D) − ḡ_random) / (ḡ_expert − ḡ_random), with the dataset's own reference returns. */
export function trajectoryQuality(dataset: OfflineDataset): number {
  const { random, expert } = dataset.meta.references;
  if (!(expert > random)) return NaN;
  return (meanReturn(dataset) - random) / (expert - random);
}

/** Visits per (state, action), flat [s · A + a]. */
export function coverageCounts(dataset: OfflineDataset): Float64Array {
  const { nStates, nActions } = dataset.meta;
  const counts = new Float64Array(nStates * nActions);
  for (const e of dataset.episodes) for (let t = 0; t < e.actions.length; t++) counts[e.observations[t]! * nActions + e.actions[t]!]++;
  return counts;
}

/** Number of distinct (state, action) pairs in the dataset. */
export function uniquePairs(dataset: OfflineDataset): number {
  let n = 0;
  for (const c of coverageCounts(dataset)) if (c > 0) n++;
  return n;
}

/** SACo = distinct pairs of D / distinct pairs of the reference (1 for the reference itself; duplicates do not count). */
export function stateActionCoverage(dataset: OfflineDataset, referencePairs: number): number {
  if (!(referencePairs > 0)) return NaN;
  return uniquePairs(dataset) / referencePairs;
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** Episodes by discounted return in `bins` equal bins between the lowest and highest return. */
export function returnHistogram(dataset: OfflineDataset, bins = 10): HistogramBin[] {
  const returns = dataset.episodes.map((e) => discountedReturn(e, dataset.meta.gamma));
  if (returns.length === 0) return [];
  const lo = Math.min(...returns);
  const hi = Math.max(...returns);
  const width = hi > lo ? (hi - lo) / bins : 1;
  const counts = new Array<number>(hi > lo ? bins : 1).fill(0);
  for (const g of returns) counts[Math.min(counts.length - 1, Math.floor((g - lo) / width))]!++;
  return counts.map((count, i) => ({ from: lo + i * width, to: hi > lo ? lo + (i + 1) * width : hi, count }));
}
