// Everything the page shows about a dataset before any learning (catalogue D7): size, TQ against its reference
// returns, SACo against a replay reference, how many episodes reached the goal, the return histogram and the
// (s, a) coverage counts.
import { entersAny, transitionCount, type OfflineDataset } from './offline-dataset.ts';
import { coverageCounts, meanReturn, returnHistogram, stateActionCoverage, trajectoryQuality, uniquePairs, type HistogramBin } from './dataset-metrics.ts';

export interface DatasetSummary {
  readonly transitions: number;
  readonly episodes: number;
  /** Episodes that ended in a terminal state (in a goal world: reached the goal). */
  readonly terminatedEpisodes: number;
  /** Episodes that entered a hazard cell (0 when the world has none). */
  readonly hazardEpisodes: number;
  readonly meanReturn: number;
  readonly references: { readonly random: number; readonly expert: number };
  readonly tq: number;
  readonly saco: number;
  readonly uniquePairs: number;
  readonly referencePairs: number;
  readonly histogram: readonly HistogramBin[];
  /** Visits per (state, action), flat [s · A + a]. */
  readonly coverage: Float64Array;
}

export function summarizeDataset(dataset: OfflineDataset, referencePairs: number): DatasetSummary {
  const hazards = new Set(dataset.meta.hazards ?? []);
  return {
    transitions: transitionCount(dataset),
    episodes: dataset.episodes.length,
    terminatedEpisodes: dataset.episodes.filter((e) => e.terminated).length,
    hazardEpisodes: dataset.episodes.filter((e) => entersAny(e, hazards)).length,
    meanReturn: meanReturn(dataset),
    references: dataset.meta.references,
    tq: trajectoryQuality(dataset),
    saco: stateActionCoverage(dataset, referencePairs),
    uniquePairs: uniquePairs(dataset),
    referencePairs,
    histogram: returnHistogram(dataset, 12),
    coverage: coverageCounts(dataset),
  };
}
