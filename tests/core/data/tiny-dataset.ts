// A hand-sized dataset for the metric tests: 3 states, 2 actions, γ = 0.5, references random 0.25 and expert 1.
import type { DatasetEpisode, OfflineDataset } from '../../../src/core/data/offline-dataset.ts';

export function tinyDataset(episodes: readonly DatasetEpisode[]): OfflineDataset {
  return {
    meta: {
      env: { id: 'test', settings: {} }, nStates: 3, nActions: 2, behaviour: 'random', seed: 1, gamma: 0.5,
      references: { random: 0.25, expert: 1 },
    },
    episodes,
  };
}
