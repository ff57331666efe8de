// The reweighting demo's data: the expert's share of the episodes, every episode from one of the given starts, and
// references that average the random and optimal values over those starts.
import { describe, expect, it } from 'vitest';
import { mixedQualityDataset } from '../../../src/core/data/mixed-quality-datasets.ts';
import { referenceReturns } from '../../../src/core/data/dataset-generators.ts';
import { optimalValues } from '../../../src/core/algorithms/k-qvi.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { discountedReturn } from '../../../src/core/data/offline-dataset.ts';

const model = buildGridModel(parseGridSpec(FOUR_ROOMS));
const STARTS = [0, 48, 83, 106];
const options = { starts: STARTS, episodes: 200, expertShare: 0.05, gamma: 0.95, horizon: 100, seed: 1, env: { id: 'four-rooms-starts', settings: {} } };

describe('mixed-quality datasets', () => {
  it('has the expert’s share of episodes, each from one of the starts, and the starts in its meta', () => {
    const data = mixedQualityDataset(model, options, createRng(1));
    expect(data.episodes).toHaveLength(200);
    expect(data.meta.starts).toEqual(STARTS);
    expect(data.episodes.every((e) => STARTS.includes(e.observations[0]!))).toBe(true);
    // The first 10 are the expert's: each earns the optimal value of its start.
    const v = optimalValues(model, 0.95);
    for (const e of data.episodes.slice(0, 10)) expect(discountedReturn(e, 0.95)).toBeCloseTo(v[e.observations[0]!]!, 9);
    expect(data.meta.behaviour).toBe('mixed-quality');
  });

  it('averages the reference returns over the starts', () => {
    const refs = referenceReturns(model, 0.95, STARTS);
    const v = optimalValues(model, 0.95);
    expect(refs.expert).toBeCloseTo(STARTS.reduce((s, c) => s + v[c]!, 0) / 4, 12);
    expect(refs.random).toBeLessThan(refs.expert);
  });

  it('refuses no starts, a broken episode count and a share outside [0, 1]', () => {
    expect(() => mixedQualityDataset(model, { ...options, starts: [] }, createRng(1))).toThrow('at least one start cell');
    expect(() => mixedQualityDataset(model, { ...options, episodes: 0 }, createRng(1))).toThrow('whole number ≥ 1 of episodes');
    expect(() => mixedQualityDataset(model, { ...options, expertShare: 2 }, createRng(1))).toThrow("the expert's share must lie in [0, 1]");
  });
});
