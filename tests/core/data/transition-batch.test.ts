// Flat transitions for training: one row per step, terminated only on a terminal episode's last step; %BC's top
// episodes by return.
import { describe, expect, it } from 'vitest';
import { flattenTransitions, sampleRows, topEpisodes } from '../../../src/core/data/transition-batch.ts';
import type { OfflineDataset } from '../../../src/core/data/offline-dataset.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

const data: OfflineDataset = {
  meta: { env: { id: 't', settings: {} }, nStates: 4, nActions: 2, behaviour: 'mixed', seed: 1, gamma: 0.9, references: { random: 0, expert: 1 } },
  episodes: [
    { observations: [0, 1, 3], actions: [1, 1], rewards: [0, 1], terminated: true, truncated: false },
    { observations: [0, 2], actions: [0], rewards: [0], terminated: false, truncated: true },
    { observations: [0, 3], actions: [1], rewards: [1], terminated: true, truncated: false },
  ],
};

describe('transition batches', () => {
  it('lays episodes flat, terminated only where a terminal episode ends', () => {
    const t = flattenTransitions(data.episodes);
    expect(t.count).toBe(4);
    expect(Array.from(t.states)).toEqual([0, 1, 0, 0]);
    expect(Array.from(t.nextStates)).toEqual([1, 3, 2, 3]);
    expect(Array.from(t.rewards)).toEqual([0, 1, 0, 1]);
    expect(Array.from(t.terminated)).toEqual([0, 1, 0, 1]);
  });

  it('keeps the top fraction of episodes by discounted return (at least one)', () => {
    // Returns: 0.9, 0, 1.
    expect(topEpisodes(data, 0.34).map((e) => e.rewards)).toEqual([[1]]);
    expect(topEpisodes(data, 0.67).map((e) => e.rewards)).toEqual([[1], [0, 1]]);
    expect(topEpisodes(data, 0.01)).toHaveLength(1);
    expect(() => topEpisodes(data, 0)).toThrow(/fraction/);
  });

  it('samples row indices within the table', () => {
    const rows = sampleRows(4, 100, createRng(1));
    expect(rows.every((r) => r >= 0 && r < 4)).toBe(true);
    expect(new Set(rows).size).toBe(4);
  });
});
