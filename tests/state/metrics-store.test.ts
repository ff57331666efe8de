// The metrics store appends chart points as frames arrive: in order, once each, cleared by a new generation, with a
// version that counts every change.
import { beforeEach, describe, expect, it } from 'vitest';
import { seriesKey, useMetricsStore } from '../../src/state/metrics-store.ts';
import type { AgentSeries } from '../../src/engine/run.ts';

const batch = (start: number, mean: number[], agentId = 'greedy', metric: AgentSeries['metric'] = 'bandit/reward'): AgentSeries => ({
  agentId, metric, start,
  summary: { mean, lo: mean.map((m) => m - 1), hi: mean.map((m) => m + 1) },
});

const series = (agentId = 'greedy', metric: AgentSeries['metric'] = 'bandit/reward') =>
  useMetricsStore.getState().series[seriesKey(agentId, metric)];

beforeEach(() => {
  useMetricsStore.setState({ generation: -1, version: 0, series: {} });
});

describe('useMetricsStore', () => {
  it('appends batches in order, mean and band alike', () => {
    const { append } = useMetricsStore.getState();
    append(1, [batch(0, [1, 2])]);
    append(1, [batch(2, [3])]);
    append(1, [batch(3, [4, 5])]);
    expect(series()).toEqual({ mean: [1, 2, 3, 4, 5], lo: [0, 1, 2, 3, 4], hi: [2, 3, 4, 5, 6] });
  });

  it('keeps each agent and metric apart', () => {
    const { append } = useMetricsStore.getState();
    append(1, [batch(0, [1]), batch(0, [10], 'ucb1'), batch(0, [0.5], 'greedy', 'bandit/regret')]);
    append(1, [batch(1, [2]), batch(1, [20], 'ucb1')]);
    expect(series().mean).toEqual([1, 2]);
    expect(series('ucb1').mean).toEqual([10, 20]);
    expect(series('greedy', 'bandit/regret').mean).toEqual([0.5]);
    expect(Object.keys(useMetricsStore.getState().series).sort()).toEqual(['greedy|bandit/regret', 'greedy|bandit/reward', 'ucb1|bandit/reward']);
  });

  it('a new generation clears the old series before appending', () => {
    const { append } = useMetricsStore.getState();
    append(1, [batch(0, [1, 2, 3]), batch(0, [7], 'ucb1')]);
    append(2, [batch(0, [9])]);
    const state = useMetricsStore.getState();
    expect(state.generation).toBe(2);
    expect(series().mean).toEqual([9]);
    expect(series('ucb1')).toBeUndefined();
  });

  it('a new generation with no points still clears', () => {
    const { append } = useMetricsStore.getState();
    append(1, [batch(0, [1, 2])]);
    append(2, []);
    expect(useMetricsStore.getState().generation).toBe(2);
    expect(useMetricsStore.getState().series).toEqual({});
  });

  it('a repeated batch (same start) does not duplicate points', () => {
    const { append } = useMetricsStore.getState();
    append(1, [batch(0, [1, 2])]);
    append(1, [batch(2, [3, 4])]);
    append(1, [batch(2, [3, 4])]);
    expect(series().mean).toEqual([1, 2, 3, 4]);
    expect(series().lo).toEqual([0, 1, 2, 3]);
    expect(series().hi).toEqual([2, 3, 4, 5]);
  });

  it('bumps the version on every append and clear, not on an empty append in the same generation', () => {
    const { append } = useMetricsStore.getState();
    append(1, [batch(0, [1])]);
    const afterFirst = useMetricsStore.getState().version;
    // The first append of generation 1 cleared (the store started at -1) and appended.
    expect(afterFirst).toBe(2);
    append(1, [batch(1, [2])]);
    expect(useMetricsStore.getState().version).toBe(3);
    append(1, []);
    expect(useMetricsStore.getState().version).toBe(3);
    useMetricsStore.getState().clear(5);
    expect(useMetricsStore.getState()).toMatchObject({ version: 4, generation: 5, series: {} });
  });

  it('notifies subscribers when points arrive', () => {
    const versions: number[] = [];
    const unsubscribe = useMetricsStore.subscribe((s) => versions.push(s.version));
    useMetricsStore.getState().append(3, [batch(0, [1])]);
    unsubscribe();
    expect(versions.at(-1)).toBe(useMetricsStore.getState().version);
    expect(versions.length).toBeGreaterThanOrEqual(1);
  });
});

describe('a batch that would leave a gap', () => {
  it('is dropped instead of padding the series with holes', () => {
    const store = useMetricsStore.getState();
    store.clear(7);
    store.append(7, [{ agentId: 'a', metric: 'episode/return', start: 0, summary: { mean: [1], lo: [1], hi: [1] } }]);
    store.append(7, [{ agentId: 'a', metric: 'episode/return', start: 5, summary: { mean: [9], lo: [9], hi: [9] } }]);
    expect(useMetricsStore.getState().series[seriesKey('a', 'episode/return')].mean).toEqual([1]);
  });
});
