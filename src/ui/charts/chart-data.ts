// The rows a learning-curve chart plots: per agent the mean and 95% band, smoothed by the trailing moving average of
// smoothing.ts, then decimated to at most ~600 x positions so a 100 000-episode run stays cheap to draw. Pure.
import { seriesKey, type SeriesData } from '../../state/metrics-store.ts';
import type { MetricKey } from '../../core/metrics/metric-key.ts';

/** Most x positions a chart draws, whatever the run length. */
export const MAX_CHART_POINTS = 600;

/** Points (x positions × agents) a chart aims to stay under: recharts' cost grows with every point of every series. */
export const MAX_SERIES_POINTS = 2400;

/** x positions for a chart of `agents` curves: 600 up to four agents, fewer beyond (never below 150). */
export function pointBudget(agents: number): number {
  return Math.max(150, Math.min(MAX_CHART_POINTS, Math.floor(MAX_SERIES_POINTS / Math.max(1, agents))));
}

/** One x position: `x` (1-based), then `[agentId]` = mean and `[agentId + ':band']` = [lo, hi] per agent. */
export interface ChartRow {
  readonly x: number;
  readonly [key: string]: number | [number, number];
}

/** The recharts dataKey of an agent's band (an Area with a [lo, hi] value). */
export const bandKey = (agentId: string): string => `${agentId}:band`;

/** The agents that have a series for this metric (a planner has no 'episode/return', for instance). */
export function agentsWithSeries<A extends { readonly id: string }>(
  agents: readonly A[], series: Readonly<Record<string, SeriesData>>, metric: MetricKey,
): A[] {
  return agents.filter((a) => series[seriesKey(a.id, metric)] !== undefined);
}

/**
 * Evenly spaced indices into a series of `length` points, at most `maxPoints` of them, always with the first and the
 * last. The stride is a power of two, so the kept points stay put while the series grows (no shimmer while
 * streaming) until the stride doubles.
 */
export function decimationIndices(length: number, maxPoints = MAX_CHART_POINTS): number[] {
  const n = Math.max(0, Math.floor(length));
  const budget = Math.max(2, Math.floor(maxPoints));
  const out: number[] = [];
  if (n <= budget) {
    for (let i = 0; i < n; i++) out.push(i);
    return out;
  }
  let stride = 1;
  while (Math.ceil((n - 1) / stride) + 1 > budget) stride *= 2;
  for (let i = 0; i < n; i += stride) out.push(i);
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}

/**
 * Mean of values[i − w + 1 … i] (fewer at the start): movingAverage(values, w)[i] without smoothing the whole array.
 * Points that are not numbers (NaN: e.g. no loss in an episode before learning started) are left out; a window with
 * none gives NaN, which the rows turn into a gap.
 */
export function trailingMean(values: readonly number[], i: number, window: number): number {
  const w = Math.max(1, Math.floor(window));
  const from = Math.max(0, i - w + 1);
  let sum = 0;
  let count = 0;
  for (let j = from; j <= i; j++) {
    if (Number.isNaN(values[j])) continue;
    sum += values[j];
    count++;
  }
  return count > 0 ? sum / count : NaN;
}

/**
 * Rows for one chart. Agents may have series of different lengths (a planner converges after a few sweeps, a
 * learner runs on): the x positions are evenly spaced over the longest series plus each shorter series' last point,
 * and an agent only appears in the rows its series reaches.
 */
export function buildChartRows(
  series: Readonly<Record<string, SeriesData>>,
  metric: MetricKey,
  agents: readonly { readonly id: string }[],
  window: number,
  maxPoints = MAX_CHART_POINTS,
): ChartRow[] {
  const data = agents
    .map((a) => ({ id: a.id, band: bandKey(a.id), s: series[seriesKey(a.id, metric)] }))
    .filter((d): d is { id: string; band: string; s: SeriesData } => d.s !== undefined && d.s.mean.length > 0);
  if (data.length === 0) return [];
  const longest = Math.max(...data.map((d) => d.s.mean.length));
  const shorterEnds = new Set(data.map((d) => d.s.mean.length - 1).filter((end) => end < longest - 1));
  const indices = new Set(decimationIndices(longest, maxPoints - shorterEnds.size));
  for (const end of shorterEnds) indices.add(end);
  const rows: ChartRow[] = [];
  for (const i of [...indices].sort((a, b) => a - b)) {
    const row: Record<string, number | [number, number]> = { x: i + 1 };
    for (const { id, band, s } of data) {
      if (i >= s.mean.length) continue;
      const mean = trailingMean(s.mean, i, window);
      if (Number.isNaN(mean)) continue;
      row[id] = mean;
      row[band] = [trailingMean(s.lo, i, window), trailingMean(s.hi, i, window)];
    }
    rows.push(row as ChartRow);
  }
  return rows;
}

/**
 * Rows for a chart against another metric (ChartSpec.x): each agent's points (x = mean of `xMetric`, y = mean of
 * `metric`, smoothed over its index), decimated per agent, merged and sorted by x. A row holds the agents that have
 * a point at that x; the lines join their own points across the others' rows. Points with no finite x or y are
 * left out. No bands: their x would differ from the mean's.
 */
export function buildXyRows(
  series: Readonly<Record<string, SeriesData>>,
  metric: MetricKey,
  xMetric: MetricKey,
  agents: readonly { readonly id: string }[],
  window: number,
  maxPoints = MAX_CHART_POINTS,
): ChartRow[] {
  const rows: Record<string, number>[] = [];
  for (const { id } of agents) {
    const ys = series[seriesKey(id, metric)]?.mean;
    const xs = series[seriesKey(id, xMetric)]?.mean;
    if (!ys || !xs) continue;
    const n = Math.min(xs.length, ys.length);
    for (const i of decimationIndices(n, Math.max(2, Math.floor(maxPoints / Math.max(1, agents.length))))) {
      const x = xs[i];
      const y = trailingMean(ys, i, window);
      if (Number.isFinite(x) && Number.isFinite(y)) rows.push({ x, [id]: y });
    }
  }
  return rows.sort((a, b) => a.x - b.x) as ChartRow[];
}

/**
 * A y range that lets the curve be read: the means after the first 5% of the x range (early episodes of a
 * learner can be a hundred times worse than the rest and would flatten everything else), padded by 8% and rounded
 * out to tidy tick steps.
 * Returns null when the full range should be used (few points, or nothing left to zoom on).
 */
export function focusedYDomain(rows: readonly ChartRow[], agentIds: readonly string[]): [number, number] | null {
  if (rows.length < 20) return null;
  const xMax = rows[rows.length - 1].x;
  let lo = Infinity;
  let hi = -Infinity;
  let fullLo = Infinity;
  let fullHi = -Infinity;
  for (const row of rows) {
    for (const id of agentIds) {
      const v = row[id];
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      fullLo = Math.min(fullLo, v);
      fullHi = Math.max(fullHi, v);
      if (row.x > 0.05 * xMax) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  // Only worth it when the early part stretches the axis by more than half again.
  if (fullHi - fullLo <= 1.5 * (hi - lo)) return null;
  const pad = Math.max((hi - lo) * 0.08, Math.abs(hi) * 1e-3, 1e-9);
  // Round outward to a 1-2-5 step so the axis ticks are tidy numbers.
  const rough = (hi - lo + 2 * pad) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? 10 * magnitude;
  return [Math.floor((lo - pad) / step) * step, Math.ceil((hi + pad) / step) * step];
}
