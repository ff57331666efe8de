// The page's dataset summary on a hand-made dataset, and SACo's replay reference: the same for a dataset and its
// copy (seeded from the dataset's own seed), and 1 for the replay dataset that reference describes.
import { describe, expect, it } from 'vitest';
import { tinyDataset } from './tiny-dataset.ts';
import { summarizeDataset } from '../../../src/core/data/dataset-summary.ts';
import { generateDataset, replayReferencePairs } from '../../../src/core/data/dataset-generators.ts';
import { stateActionCoverage } from '../../../src/core/data/dataset-metrics.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

const tiny = tinyDataset([
  { observations: [0, 1, 2], actions: [1, 1], rewards: [0, 1], terminated: true, truncated: false },
  { observations: [0, 1], actions: [0], rewards: [0], terminated: false, truncated: true },
]);

describe('dataset summary', () => {
  it('counts transitions, episodes and arrivals, and gives TQ and SACo', () => {
    const s = summarizeDataset(tiny, 6);
    expect([s.transitions, s.episodes, s.terminatedEpisodes]).toEqual([3, 2, 1]);
    // Returns 0.5 and 0: mean 0.25, the random reference, so TQ = 0.
    expect(s.meanReturn).toBeCloseTo(0.25, 12);
    expect(s.tq).toBeCloseTo(0, 12);
    expect([s.uniquePairs, s.referencePairs]).toEqual([3, 6]);
    expect(s.saco).toBeCloseTo(0.5, 12);
    expect(Array.from(s.coverage)).toEqual([1, 1, 0, 1, 0, 0]);
    expect(s.histogram.reduce((n, b) => n + b.count, 0)).toBe(2);
  });

  it('takes SACo’s reference from a replay dataset seeded by the dataset’s seed', () => {
    const model = buildGridModel(parseGridSpec(FOUR_ROOMS));
    const options = { size: 4000, gamma: 0.95, horizon: 100, seed: 7, env: { id: 'four-rooms', settings: {} } };
    const expert = generateDataset(model, { ...options, kind: 'expert' }, createRng('a'));
    const reference = replayReferencePairs(model, expert, 100);
    expect(replayReferencePairs(model, { ...expert, episodes: [...expert.episodes] }, 100)).toBe(reference);
    const replay = generateDataset(model, { ...options, kind: 'replay' }, createRng('saco-reference:7'));
    expect(stateActionCoverage(replay, reference)).toBe(1);
    // An expert walks a few shortest paths: far fewer pairs than an exploring learner.
    expect(stateActionCoverage(expert, reference)).toBeLessThan(0.5);
  });
});
