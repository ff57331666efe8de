// A planner's lane: it records every key the planner reports where a series exists, leaves the common planner
// keys empty when a planner never reports them (no line of zeros), and stops with a DivergenceError naming the
// sweep when a loss stops being a finite number.
import { describe, expect, it } from 'vitest';
import { DivergenceError, PlannerLane } from '../../src/engine/lane.ts';
import { SeriesAccumulator } from '../../src/core/metrics/series-accumulator.ts';
import type { Planner } from '../../src/core/agents/agent.ts';
import type { Metrics } from '../../src/core/metrics/metric-key.ts';
import type { DemoEnv } from '../../src/demos/demo-spec.ts';

function planner(points: readonly Metrics[]): Planner<unknown> {
  let i = 0;
  return {
    kind: 'planner', converged: false, sweep: () => points[i++]!, setParams() {}, stateValue: () => 0,
    view: () => ({ kind: 'tabular', nActions: 1 }),
  };
}

const env = {} as DemoEnv;

describe('PlannerLane', () => {
  it('records what the planner reports and leaves unreported planner keys empty', () => {
    const series = { 'loss/train': new SeriesAccumulator(), 'planner/delta': new SeriesAccumulator() };
    const lane = new PlannerLane(planner([{ 'loss/train': 2 }, { 'loss/train': 1 }]), env, series);
    lane.advance(2);
    expect(series['loss/train'].summary(0, 2).mean).toEqual([2, 1]);
    expect(series['planner/delta'].completeLength(1)).toBe(0);
  });

  it('throws a DivergenceError at the sweep whose loss is not finite', () => {
    const lane = new PlannerLane(planner([{ 'loss/train': 1 }, { 'loss/train': NaN }]), env, { 'loss/train': new SeriesAccumulator() });
    lane.advance(1);
    expect(() => lane.advance(1)).toThrow(DivergenceError);
    expect(() => new PlannerLane(planner([{ 'loss/train': Infinity }]), env, {}).advance(1)).toThrow('loss/train became Infinity during sweep 1');
  });
});
