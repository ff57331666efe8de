// TQ and SACo by hand on a tiny dataset (catalogue §3.3): TQ normalises the mean discounted return between the
// random and the expert reference; SACo counts distinct (s, a) pairs relative to a reference, so duplicating the
// data leaves it unchanged; the return histogram and coverage counts.
import { describe, expect, it } from 'vitest';
import { tinyDataset } from './tiny-dataset.ts';
import { coverageCounts, meanReturn, returnHistogram, stateActionCoverage, trajectoryQuality, uniquePairs } from '../../../src/core/data/dataset-metrics.ts';

const tiny = tinyDataset([
  // Returns with γ = 0.5: 0 + 0.5·1 = 0.5, and 1.
  { observations: [0, 1, 2], actions: [1, 1], rewards: [0, 1], terminated: true, truncated: false },
  { observations: [0, 2], actions: [0], rewards: [1], terminated: true, truncated: false },
]);

describe('dataset metrics', () => {
  it('computes the mean discounted return and TQ = (ḡ − random) / (expert − random)', () => {
    expect(meanReturn(tiny)).toBeCloseTo(0.75, 12);
    expect(trajectoryQuality(tiny)).toBeCloseTo((0.75 - 0.25) / (1 - 0.25), 12);
  });

  it('counts (s, a) visits and distinct pairs; SACo relative to a reference, unchanged by duplicates', () => {
    expect(Array.from(coverageCounts(tiny))).toEqual([1, 1, 0, 1, 0, 0]);
    expect(uniquePairs(tiny)).toBe(3);
    expect(stateActionCoverage(tiny, 6)).toBeCloseTo(0.5, 12);
    const doubled = { ...tiny, episodes: [...tiny.episodes, ...tiny.episodes] };
    expect(stateActionCoverage(doubled, 6)).toBeCloseTo(0.5, 12);
    expect(stateActionCoverage(tiny, uniquePairs(tiny))).toBe(1);
  });

  it('bins episodes by return between the lowest and the highest', () => {
    const bins = returnHistogram(tiny, 2);
    expect(bins.map((b) => b.count)).toEqual([1, 1]);
    expect(bins[0]!.from).toBeCloseTo(0.5, 12);
    expect(bins[1]!.to).toBeCloseTo(1, 12);
    // All episodes alike: one bin.
    expect(returnHistogram({ ...tiny, episodes: [tiny.episodes[1]!] }).map((b) => b.count)).toEqual([1]);
  });
});
