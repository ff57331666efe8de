// Chart rows: moving-average smoothing of mean and band, decimation to ≤ 600 points with the last kept, 1-based x,
// agents whose series have different lengths.
import { describe, expect, it } from 'vitest';
import {
  focusedYDomain,
  agentsWithSeries, buildChartRows, buildXyRows, decimationIndices, MAX_CHART_POINTS, pointBudget, trailingMean,
} from '../../../src/ui/charts/chart-data.ts';
import { movingAverage } from '../../../src/core/metrics/smoothing.ts';
import { seriesKey, type SeriesData } from '../../../src/state/metrics-store.ts';

const METRIC = 'episode/return';

function ramp(length: number, offset = 0): SeriesData {
  const mean = Array.from({ length }, (_, i) => i + offset);
  return { mean, lo: mean.map((v) => v - 1), hi: mean.map((v) => v + 2) };
}

describe('buildXyRows', () => {
  it('plots each agent against its own x metric, merged in x order, smoothing y over the index', () => {
    const FRAMES = 'explore/frames';
    const series = {
      [seriesKey('planner', METRIC)]: { mean: [1, 3, 5], lo: [1, 3, 5], hi: [1, 3, 5] },
      [seriesKey('planner', FRAMES)]: { mean: [50, 100, 150], lo: [], hi: [] },
      [seriesKey('learner', METRIC)]: { mean: [2, NaN, 4], lo: [], hi: [] },
      [seriesKey('learner', FRAMES)]: { mean: [80, 160, 240], lo: [], hi: [] },
      [seriesKey('no-x', METRIC)]: { mean: [9], lo: [], hi: [] },
    };
    expect(buildXyRows(series, METRIC, FRAMES, [{ id: 'planner' }, { id: 'learner' }, { id: 'no-x' }], 2)).toEqual([
      { x: 50, planner: 1 },
      { x: 80, learner: 2 },
      { x: 100, planner: 2 },
      { x: 150, planner: 4 },
      // The learner's NaN is skipped by the moving average: its second point is the mean of [2].
      { x: 160, learner: 2 },
      { x: 240, learner: 4 },
    ]);
  });
});

describe('buildChartRows', () => {
  it('smooths the mean and both band edges with the trailing moving average', () => {
    const series = { [seriesKey('a', METRIC)]: { mean: [1, 3, 5, 1], lo: [0, 2, 4, 0], hi: [2, 4, 8, 4] } };
    const rows = buildChartRows(series, METRIC, [{ id: 'a' }], 2);
    expect(rows).toEqual([
      { x: 1, a: 1, 'a:band': [0, 2] },
      { x: 2, a: 2, 'a:band': [1, 3] },
      { x: 3, a: 4, 'a:band': [3, 6] },
      { x: 4, a: 3, 'a:band': [2, 6] },
    ]);
  });

  it('leaves the series as recorded with window 1 (raw)', () => {
    const s = ramp(5);
    const rows = buildChartRows({ [seriesKey('a', METRIC)]: s }, METRIC, [{ id: 'a' }], 1);
    expect(rows.map((r) => r.a)).toEqual(s.mean);
    expect(rows.map((r) => r['a:band'])).toEqual(s.lo.map((lo, i) => [lo, s.hi[i]]));
  });

  it('uses 1-based x: the first step or episode is x = 1', () => {
    const rows = buildChartRows({ [seriesKey('a', METRIC)]: ramp(3) }, METRIC, [{ id: 'a' }], 1);
    expect(rows.map((r) => r.x)).toEqual([1, 2, 3]);
  });

  it('decimates a long run to at most 600 evenly spaced points, keeping the first and the last', () => {
    const n = 100_000;
    const rows = buildChartRows({ [seriesKey('a', METRIC)]: ramp(n) }, METRIC, [{ id: 'a' }], 10);
    expect(rows.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(rows.length).toBeGreaterThan(MAX_CHART_POINTS / 2);
    expect(rows[0].x).toBe(1);
    expect(rows[rows.length - 1].x).toBe(n);
    const steps = new Set(rows.slice(1, -1).map((r, i) => r.x - rows[i].x));
    expect(steps.size).toBe(1);
    // The smoothed value at a kept point is the moving average there, not of the decimated series.
    const last = rows[rows.length - 1];
    expect(last.a).toBeCloseTo(n - 1 - 4.5, 9);
    expect(last['a:band']).toEqual([expect.closeTo(n - 1 - 5.5, 9), expect.closeTo(n - 1 - 2.5, 9)]);
  });

  it('handles agents with series of different lengths', () => {
    const series = { [seriesKey('long', METRIC)]: ramp(10), [seriesKey('short', METRIC)]: ramp(4, 100) };
    const rows = buildChartRows(series, METRIC, [{ id: 'long' }, { id: 'short' }], 1);
    expect(rows.map((r) => r.x)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.filter((r) => 'short' in r).map((r) => r.x)).toEqual([1, 2, 3, 4]);
    expect(rows.filter((r) => 'short:band' in r)).toHaveLength(4);
    expect(rows[3].short).toBe(103);
    expect(rows.every((r) => typeof r.long === 'number')).toBe(true);
  });

  it('keeps every agent\'s last point when decimating series of different lengths, within the budget', () => {
    const series = {
      [seriesKey('a', METRIC)]: ramp(50_000), [seriesKey('b', METRIC)]: ramp(1234), [seriesKey('c', METRIC)]: ramp(7),
    };
    const rows = buildChartRows(series, METRIC, [{ id: 'a' }, { id: 'b' }, { id: 'c' }], 5);
    expect(rows.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(rows[rows.length - 1].x).toBe(50_000);
    expect(rows.filter((r) => 'b' in r).at(-1)?.x).toBe(1234);
    expect(rows.filter((r) => 'c' in r).at(-1)?.x).toBe(7);
    expect(rows.every((r) => typeof r.a === 'number')).toBe(true);
    const xs = rows.map((r) => r.x);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('returns no rows when no agent has data, and skips agents without a series', () => {
    expect(buildChartRows({}, METRIC, [{ id: 'a' }], 5)).toEqual([]);
    const rows = buildChartRows({ [seriesKey('a', METRIC)]: ramp(2) }, METRIC, [{ id: 'a' }, { id: 'planner' }], 1);
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => 'planner' in r)).toBe(false);
  });
});

describe('decimationIndices', () => {
  it('keeps everything up to the budget', () => {
    expect(decimationIndices(5, 600)).toEqual([0, 1, 2, 3, 4]);
    expect(decimationIndices(0, 600)).toEqual([]);
  });

  it('keeps the same points as the series grows (power-of-two stride), so a streaming curve does not shimmer', () => {
    const before = decimationIndices(1000, 600);
    const after = decimationIndices(1100, 600);
    expect(before.slice(0, -1).every((i) => after.includes(i))).toBe(true);
    expect(after.at(-1)).toBe(1099);
  });
});

describe('trailingMean', () => {
  it('matches movingAverage from smoothing.ts at every index', () => {
    const values = Array.from({ length: 40 }, (_, i) => Math.sin(i * 1.7) * 10 + i);
    for (const w of [1, 3, 10, 100]) {
      const expected = movingAverage(values, w);
      values.forEach((_, i) => expect(trailingMean(values, i, w)).toBeCloseTo(expected[i], 10));
    }
  });
});

describe('agentsWithSeries', () => {
  it('keeps the agents that have a series for the metric, in order', () => {
    const series = { [seriesKey('b', METRIC)]: ramp(1), [seriesKey('a', 'value/start')]: ramp(1) };
    expect(agentsWithSeries([{ id: 'a' }, { id: 'b' }], series, METRIC)).toEqual([{ id: 'b' }]);
  });
});

describe('pointBudget', () => {
  it('draws up to 600 x positions for up to four agents, fewer for more, never below 150', () => {
    expect(pointBudget(1)).toBe(600);
    expect(pointBudget(4)).toBe(600);
    expect(pointBudget(6)).toBe(400);
    expect(pointBudget(100)).toBe(150);
  });
});

describe('focusedYDomain', () => {
  const rows = (values: number[]) => values.map((v, i) => ({ x: i + 1, a: v }));

  it('fits the y axis to the curve after its first 5% when early points would flatten it', () => {
    // 100 episodes: the first two at −2000, the rest between −30 and −10.
    const values = [-2000, -2000, ...Array.from({ length: 98 }, (_, i) => -30 + (i % 21))];
    const domain = focusedYDomain(rows(values), ['a'])!;
    // Range −30 … −10 padded by 8% of 20 = 1.6 → [−31.6, −8.4]; a fifth of 23.2 rounds up to the step 5 → [−35, −5].
    expect(domain[0]).toBeCloseTo(-35, 9);
    expect(domain[1]).toBeCloseTo(-5, 9);
  });

  it('leaves the axis alone when the early points are not outliers, or there are few points', () => {
    expect(focusedYDomain(rows(Array.from({ length: 100 }, (_, i) => i)), ['a'])).toBeNull();
    expect(focusedYDomain(rows([-2000, -10, -12]), ['a'])).toBeNull();
  });
});
