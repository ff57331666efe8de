// A dataset laid flat for training (catalogue §3.3): one row per transition (s, a, r, s′, terminated), typed
// arrays for fast minibatches. Truncated steps bootstrap like any other (only `terminated` stops the bootstrap).
// %BC's filter, the top fraction of episodes by return, also lives here.
import type { Rng } from '../rng/rng.ts';
import { discountedReturn, type DatasetEpisode, type OfflineDataset } from './offline-dataset.ts';

export interface TransitionTable {
  readonly count: number;
  readonly states: Int32Array;
  readonly actions: Int32Array;
  readonly rewards: Float32Array;
  readonly nextStates: Int32Array;
  /** 1 where the step entered a terminal state. */
  readonly terminated: Float32Array;
}

export function flattenTransitions(episodes: readonly DatasetEpisode[]): TransitionTable {
  const count = episodes.reduce((n, e) => n + e.actions.length, 0);
  const table = {
    count, states: new Int32Array(count), actions: new Int32Array(count), rewards: new Float32Array(count),
    nextStates: new Int32Array(count), terminated: new Float32Array(count),
  };
  let i = 0;
  for (const e of episodes) {
    for (let t = 0; t < e.actions.length; t++, i++) {
      table.states[i] = e.observations[t]!;
      table.actions[i] = e.actions[t]!;
      table.rewards[i] = e.rewards[t]!;
      table.nextStates[i] = e.observations[t + 1]!;
      table.terminated[i] = e.terminated && t === e.actions.length - 1 ? 1 : 0;
    }
  }
  return table;
}

/** %BC's data: the top `fraction` of episodes by discounted return (at least one). */
export function topEpisodes(dataset: OfflineDataset, fraction: number): DatasetEpisode[] {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`%BC keeps a fraction in (0, 1] of the episodes, got ${fraction}`);
  const ranked = [...dataset.episodes].sort((a, b) => discountedReturn(b, dataset.meta.gamma) - discountedReturn(a, dataset.meta.gamma));
  return ranked.slice(0, Math.max(1, Math.round(fraction * ranked.length)));
}

/** `size` row indices drawn uniformly with replacement. */
export function sampleRows(count: number, size: number, rng: Rng): Int32Array {
  const rows = new Int32Array(size);
  for (let i = 0; i < size; i++) rows[i] = rng.int(count);
  return rows;
}
