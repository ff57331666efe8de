// The out-of-distribution split and the agreement with the data, by hand on a 3-state, 2-action example.
import { describe, expect, it } from 'vitest';
import { actionAgreement, offDataGreedyShare, splitQByCoverage } from '../../../src/core/data/offline-diagnostics.ts';
import { flattenTransitions } from '../../../src/core/data/transition-batch.ts';

describe('offline diagnostics', () => {
  // State 0: action 0 seen; state 1: both seen; state 2: never visited (left out entirely).
  const coverage = [3, 0, 1, 2, 0, 0];
  const q = [0.5, 4, 1, 2, 100, 100];

  it('averages Q over the data’s pairs and over the unseen actions of visited states only', () => {
    const split = splitQByCoverage(q, coverage, 3, 2);
    expect(split.dataActionMean).toBeCloseTo((0.5 + 1 + 2) / 3, 12);
    // Only (0, 1) is unseen in a visited state; state 2's 100s are not counted.
    expect(split.unseenActionMean).toBe(4);
  });

  it('gives NaN for the unseen mean when the data takes every action where it goes', () => {
    expect(splitQByCoverage([1, 2], [1, 1], 1, 2).unseenActionMean).toBeNaN();
  });

  it('counts the visited states whose greedy action the data never took there', () => {
    // State 0 greedy 1 (unseen), state 1 greedy 0 (seen), state 2 unvisited (not counted).
    expect(offDataGreedyShare([1, 0, 1], coverage, 3, 2)).toBe(0.5);
    expect(offDataGreedyShare([0, 1, 1], coverage, 3, 2)).toBe(0);
  });

  it('counts the transitions whose action is the greedy one', () => {
    const data = flattenTransitions([
      { observations: [0, 1, 2], actions: [0, 1], rewards: [0, 0], terminated: false, truncated: true },
      { observations: [0, 0], actions: [1], rewards: [0], terminated: false, truncated: true },
    ]);
    expect(actionAgreement([0, 0, 0], data)).toBeCloseTo(1 / 3, 12);
    expect(actionAgreement([0, 1, 0], data)).toBeCloseTo(2 / 3, 12);
  });
});
