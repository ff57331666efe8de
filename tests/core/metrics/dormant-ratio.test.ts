// The dormant ratio of tiny layers by hand: scores are each unit's mean |activation| over its layer's mean; a
// silent layer is all dormant; the ratio pools units over layers; bad shapes are refused.
import { describe, expect, it } from 'vitest';
import { dormantRatio, unitScores } from '../../../src/core/metrics/dormant-ratio.ts';

describe('dormant ratio', () => {
  it('scores each unit by its mean |activation| over the layer’s mean', () => {
    // Two inputs, three units: mean |h| = 1, 3, 0.02; layer mean 1.34.
    const scores = unitScores({ units: 3, values: [1, -3, 0.04, -1, 3, 0] });
    expect(scores[0]).toBeCloseTo(1 / 1.34, 12);
    expect(scores[1]).toBeCloseTo(3 / 1.34, 12);
    expect(scores[2]).toBeCloseTo(0.02 / 1.34, 12);
  });

  it('counts the units scoring below τ, per layer and pooled, and a silent layer as wholly dormant', () => {
    const lively = { units: 3, values: [1, -3, 0.04, -1, 3, 0] };
    const silent = { units: 2, values: [0, 0, 0, 0] };
    expect(dormantRatio([lively]).ratio).toBeCloseTo(1 / 3, 12);
    // τ = 0.01: 0.02 / 1.34 ≈ 0.0149 is awake.
    expect(dormantRatio([lively], 0.01).ratio).toBe(0);
    const both = dormantRatio([lively, silent]);
    expect(both.perLayer).toEqual([1 / 3, 1]);
    expect(both.ratio).toBeCloseTo(3 / 5, 12);
  });

  it('refuses no layers and a batch that does not divide into rows', () => {
    expect(() => dormantRatio([])).toThrow(/at least one layer/);
    expect(() => unitScores({ units: 3, values: [1, 2] })).toThrow(/whole batch/);
  });
});
