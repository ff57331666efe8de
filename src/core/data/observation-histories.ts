// Histories of aliased observations (catalogue D8's histories tab, after "Offline RL with observation histories").
// When the agent sees only its surroundings, a learner conditions on the last k observations and the k − 1 moves
// between them. Each of the k observation slots holds a "present" bit and the view's bits (all 0 before the episode
// began); each move slot a one-hot move. Two episodes that reach the same cell from different sides hold different
// histories there, which is why stitching over histories is hard.
import { LOCAL_VIEW_BITS, writeLocalView } from '../envs/gridworld/local-view.ts';
import type { OfflineDataset } from './offline-dataset.ts';

export interface HistorySpec {
  /** Observations in a history (k ≥ 1). */
  readonly length: number;
  readonly nActions: number;
  /** The aliased observation (a local-view code) of a state. */
  readonly observe: (state: number) => number;
}

/** Features of one history: k · (1 + view bits) + (k − 1) · moves. */
export function historySize(spec: HistorySpec): number {
  return spec.length * (1 + LOCAL_VIEW_BITS) + (spec.length - 1) * spec.nActions;
}

function checkStep(spec: HistorySpec, states: readonly number[], actions: readonly number[], t: number): void {
  if (!(Number.isInteger(spec.length) && spec.length >= 1)) throw new RangeError(`a history holds at least one observation, got ${spec.length}`);
  if (!(Number.isInteger(t) && t >= 0 && t < states.length && actions.length >= t)) throw new RangeError(`step ${t} is not in an episode of ${states.length} states`);
}

/** Write the history at step t (states[0..t] seen, actions[0..t−1] made) into out[offset .. offset + historySize). */
export function writeHistory(spec: HistorySpec, states: readonly number[], actions: readonly number[], t: number, out: Float32Array, offset: number): void {
  checkStep(spec, states, actions, t);
  const k = spec.length;
  const slot = 1 + LOCAL_VIEW_BITS;
  out.fill(0, offset, offset + historySize(spec));
  for (let j = 0; j < k; j++) {
    const time = t - (k - 1) + j;
    if (time < 0) continue;
    out[offset + j * slot] = 1;
    writeLocalView(spec.observe(states[time]!), out, offset + j * slot + 1);
    // The move from this observation to the next one in the history.
    if (j < k - 1) out[offset + k * slot + j * spec.nActions + actions[time]!] = 1;
  }
}

/** A string naming the history at step t: equal keys, equal features. */
export function historyKey(spec: HistorySpec, states: readonly number[], actions: readonly number[], t: number): string {
  checkStep(spec, states, actions, t);
  const parts: string[] = [];
  for (let time = Math.max(0, t - spec.length + 1); time <= t; time++) {
    parts.push(`o${spec.observe(states[time]!)}`);
    if (time < t) parts.push(`a${actions[time]!}`);
  }
  return parts.join(' ');
}

/** For each state the data visits, how many different histories of the data lead there. */
export function distinctHistories(dataset: OfflineDataset, spec: HistorySpec): Map<number, number> {
  const keys = new Map<number, Set<string>>();
  for (const e of dataset.episodes) {
    for (let t = 0; t < e.observations.length; t++) {
      const s = e.observations[t]!;
      if (!keys.has(s)) keys.set(s, new Set());
      keys.get(s)!.add(historyKey(spec, e.observations, e.actions, t));
    }
  }
  return new Map([...keys].map(([s, set]) => [s, set.size]));
}

/** The dataset's transitions with histories for states: row i holds the history before and after move i. */
export interface HistoryTable {
  /** Features per history. */
  readonly size: number;
  readonly count: number;
  readonly histories: Float32Array;
  readonly nextHistories: Float32Array;
  readonly actions: Int32Array;
  readonly rewards: Float32Array;
  /** 1 where the move ended the episode in a terminal state. */
  readonly terminated: Float32Array;
}

export function historyTable(dataset: OfflineDataset, spec: HistorySpec): HistoryTable {
  const size = historySize(spec);
  const count = dataset.episodes.reduce((n, e) => n + e.actions.length, 0);
  const table = {
    size, count, histories: new Float32Array(count * size), nextHistories: new Float32Array(count * size),
    actions: new Int32Array(count), rewards: new Float32Array(count), terminated: new Float32Array(count),
  };
  let row = 0;
  for (const e of dataset.episodes) {
    for (let t = 0; t < e.actions.length; t++, row++) {
      writeHistory(spec, e.observations, e.actions, t, table.histories, row * size);
      writeHistory(spec, e.observations, e.actions, t + 1, table.nextHistories, row * size);
      table.actions[row] = e.actions[t]!;
      table.rewards[row] = e.rewards[t]!;
      table.terminated[row] = e.terminated && t === e.actions.length - 1 ? 1 : 0;
    }
  }
  return table;
}
