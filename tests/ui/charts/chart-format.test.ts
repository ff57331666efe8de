// Axis titles and number formats: x names for learners and planners, y label with unit, fractions as percentages.
import { describe, expect, it } from 'vitest';
import { formatTick, formatValue, isPerStepChart, logAxisTicks, xAxisLabel, xPointName, yAxisLabel } from '../../../src/ui/charts/chart-format.ts';

describe('chart-format', () => {
  it('names the x axis after what one point is', () => {
    expect(xAxisLabel([{ per: 'step' }])).toBe('Step');
    expect(xAxisLabel([{ per: 'episode' }, { per: 'episode' }])).toBe('Episode');
    expect(xAxisLabel([{ per: 'episode' }, { per: 'sweep' }])).toBe('Episode (planners: sweep)');
    expect(xPointName([{ per: 'episode' }, { per: 'sweep' }])).toBe('Episode / sweep');
    expect(xAxisLabel([{ per: 'sweep' }])).toBe('Sweep');
    expect(isPerStepChart([{ per: 'step' }])).toBe(true);
    expect(isPerStepChart([{ per: 'step' }, { per: 'episode' }])).toBe(false);
  });

  it('titles the y axis with the metric label and unit, percent metrics without', () => {
    expect(yAxisLabel('episode/length')).toBe('Episode length (steps)');
    expect(yAxisLabel('bandit/optimal-action')).toBe('% optimal action');
    expect(yAxisLabel('bandit/reward')).toBe('Reward');
  });

  it('shows fractions as percentages', () => {
    expect(formatTick(0.5, 'bandit/optimal-action')).toBe('50%');
    expect(formatValue(0.8123, 'bandit/optimal-action')).toBe('81.2%');
    expect(formatValue(-13.04567, 'episode/return')).toBe('-13.05');
    expect(formatTick(100_000, 'episode/length')).toBe('100K');
  });

  it('ticks a logarithmic axis at 1, 2, 5 per decade up to the last point', () => {
    expect(logAxisTicks(1)).toEqual([1]);
    expect(logAxisTicks(1000)).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
    expect(logAxisTicks(13_359)).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000]);
  });
});
