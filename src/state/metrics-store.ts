// Chart data: for each agent and metric, the mean and 95% band over runs, appended as frames arrive.
// Arrays grow in place and `version` counts changes, so charts re-read at their own pace instead of per frame.
import { create } from 'zustand';
import type { AgentSeries } from '../engine/run.ts';
import type { MetricKey } from '../core/metrics/metric-key.ts';

export interface SeriesData {
  readonly mean: number[];
  readonly lo: number[];
  readonly hi: number[];
}

export const seriesKey = (agentId: string, metric: MetricKey): string => `${agentId}|${metric}`;

interface MetricsState {
  generation: number;
  version: number;
  series: Record<string, SeriesData>;
  clear(generation: number): void;
  append(generation: number, updates: readonly AgentSeries[]): void;
}

export const useMetricsStore = create<MetricsState>()((set, get) => ({
  generation: -1,
  version: 0,
  series: {},
  clear: (generation) => set((s) => ({ generation, series: {}, version: s.version + 1 })),
  append(generation, updates) {
    if (generation !== get().generation) get().clear(generation);
    if (updates.length === 0) return;
    const series = get().series;
    for (const update of updates) {
      const key = seriesKey(update.agentId, update.metric);
      const data = series[key] ?? (series[key] = { mean: [], lo: [], hi: [] });
      // Batches arrive in order; a repeated one (same start) overwrites, and one that would leave a gap is dropped
      // rather than padding the series with holes.
      if (update.start > data.mean.length) continue;
      data.mean.length = data.lo.length = data.hi.length = update.start;
      data.mean.push(...update.summary.mean);
      data.lo.push(...update.summary.lo);
      data.hi.push(...update.summary.hi);
    }
    set((s) => ({ version: s.version + 1 }));
  },
}));
