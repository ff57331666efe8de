// Observation histories in the two corridors by hand: the features of a short history (present bits, views,
// moves between them, zeros before the episode), keys that name them, and the count of distinct histories at the
// junction: one with k = 1 (every corridor view alike), more once the history shows where the agent came from.
import { describe, expect, it } from 'vitest';
import { distinctHistories, historyKey, historySize, historyTable, writeHistory, type HistorySpec } from '../../../src/core/data/observation-histories.ts';
import { localView } from '../../../src/core/envs/gridworld/local-view.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { CORRIDOR_CELLS, createStitchingWorld, TWO_CORRIDORS } from '../../../src/demos/stitching-world.ts';

const layout = parseGridSpec(TWO_CORRIDORS);
const spec = (length: number): HistorySpec => ({ length, nActions: 4, observe: (s) => localView(layout, s) });
const RIGHT = 1;

describe('observation histories', () => {
  it('writes present bits, views and the moves between them, zeros before the episode began', () => {
    const { start } = CORRIDOR_CELLS;
    const states = [start, start + 1];
    const actions = [RIGHT];
    const k2 = spec(2);
    expect(historySize(k2)).toBe(2 * 10 + 4);
    const out = new Float32Array(historySize(k2));
    writeHistory(k2, states, actions, 1, out, 0);
    const view = (s: number) => Array.from({ length: 9 }, (_, b) => (localView(layout, s) >> b) & 1);
    expect(Array.from(out)).toEqual([1, ...view(start), 1, ...view(start + 1), 0, 1, 0, 0]);
    // At step 0 the older slot is empty and no move is recorded.
    writeHistory(k2, states, actions, 0, out, 0);
    expect(Array.from(out)).toEqual([...Array<number>(10).fill(0), 1, ...view(start), 0, 0, 0, 0]);
  });

  it('names a history by its views and moves', () => {
    const { start } = CORRIDOR_CELLS;
    const key = historyKey(spec(3), [start, start + 1, start + 2], [RIGHT, RIGHT], 2);
    expect(key).toBe(`o${localView(layout, start)} a1 o${localView(layout, start + 1)} a1 o${localView(layout, start + 2)}`);
    expect(() => historyKey(spec(3), [start], [], 1)).toThrow(/step 1/);
  });

  it('tables every transition with its history before and after the move', () => {
    const world = createStitchingWorld({ episodesA: 2, episodesB: 1, actionNoise: 0 }, createRng('t'));
    const k2 = spec(2);
    const table = historyTable(world.dataset, k2);
    const e = world.dataset.episodes[0]!;
    expect(table.count).toBe(world.dataset.episodes.reduce((n, ep) => n + ep.actions.length, 0));
    const expected = new Float32Array(historySize(k2));
    writeHistory(k2, e.observations, e.actions, 1, expected, 0);
    expect(Array.from(table.nextHistories.subarray(0, table.size))).toEqual(Array.from(expected));
    expect(Array.from(table.histories.subarray(table.size, 2 * table.size))).toEqual(Array.from(expected));
    // Only the last move of an episode that reached a goal is terminal.
    expect(table.terminated[e.actions.length - 1]).toBe(1);
    expect(table.terminated[0]).toBe(0);
    expect(table.rewards[e.actions.length - 1]).toBe(e.rewards.at(-1));
  });

  it('counts one history at the junction with k = 1, several once histories show where the agent came from', () => {
    const world = createStitchingWorld({ episodesA: 20, episodesB: 20, actionNoise: 0 }, createRng('h'));
    expect(distinctHistories(world.dataset, spec(1)).get(CORRIDOR_CELLS.junction)).toBe(1);
    // From the left (route A) and from below (route B).
    expect(distinctHistories(world.dataset, spec(4)).get(CORRIDOR_CELLS.junction)).toBe(2);
  });
});
