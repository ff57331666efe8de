// Return-conditioned supervised learning's data (catalogue §3.3, RCSL / DT-lite): every step of every episode with
// its undiscounted return-to-go ĝ_t = Σ_{t′ ≥ t} r_{t′}, the return the rest of that episode actually earned. The
// policy learns π(a | s, ĝ); at test time it is asked for a return and subtracts each reward as it arrives.
import type { DatasetEpisode } from './offline-dataset.ts';

/** ĝ_t for every step of one episode (undiscounted, as Decision Transformer and RCSL condition on it). */
export function returnsToGo(rewards: readonly number[]): Float64Array {
  const out = new Float64Array(rewards.length);
  let g = 0;
  for (let t = rewards.length - 1; t >= 0; t--) out[t] = g += rewards[t]!;
  return out;
}

/** Every step laid flat with its return-to-go, for minibatches. */
export interface ConditionedTable {
  readonly count: number;
  readonly states: Int32Array;
  readonly returnsToGo: Float32Array;
  readonly actions: Int32Array;
}

export function flattenConditioned(episodes: readonly DatasetEpisode[]): ConditionedTable {
  const count = episodes.reduce((n, e) => n + e.actions.length, 0);
  const table = { count, states: new Int32Array(count), returnsToGo: new Float32Array(count), actions: new Int32Array(count) };
  let i = 0;
  for (const e of episodes) {
    const togo = returnsToGo(e.rewards);
    for (let t = 0; t < e.actions.length; t++, i++) {
      table.states[i] = e.observations[t]!;
      table.returnsToGo[i] = togo[t]!;
      table.actions[i] = e.actions[t]!;
    }
  }
  return table;
}

/** The largest undiscounted return any episode of the data earned from its first step. */
export function bestEpisodeReturn(episodes: readonly DatasetEpisode[]): number {
  let best = -Infinity;
  for (const e of episodes) best = Math.max(best, e.rewards.reduce((g, r) => g + r, 0));
  return best;
}
