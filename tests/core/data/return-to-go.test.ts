// RCSL's targets by hand: the undiscounted return still to come at each step, laid flat beside the step's state
// and action; and the best return of any episode.
import { describe, expect, it } from 'vitest';
import { bestEpisodeReturn, flattenConditioned, returnsToGo } from '../../../src/core/data/return-to-go.ts';
import type { DatasetEpisode } from '../../../src/core/data/offline-dataset.ts';

const episode = (observations: number[], actions: number[], rewards: number[]): DatasetEpisode =>
  ({ observations, actions, rewards, terminated: true, truncated: false });

describe('return-to-go', () => {
  it('sums the rewards from each step to the end, undiscounted', () => {
    expect(Array.from(returnsToGo([0, 0, 1]))).toEqual([1, 1, 1]);
    expect(Array.from(returnsToGo([1, 0, 0.5]))).toEqual([1.5, 0.5, 0.5]);
    expect(Array.from(returnsToGo([-1, -1, -1, 10]))).toEqual([7, 8, 9, 10]);
    expect(Array.from(returnsToGo([]))).toEqual([]);
  });

  it('lays every step flat with its state, return-to-go and action', () => {
    const table = flattenConditioned([episode([4, 5, 6], [1, 1], [0, 0.5]), episode([9, 8], [3], [1])]);
    expect(table.count).toBe(3);
    expect(Array.from(table.states)).toEqual([4, 5, 9]);
    expect(Array.from(table.returnsToGo)).toEqual([0.5, 0.5, 1]);
    expect(Array.from(table.actions)).toEqual([1, 1, 3]);
  });

  it('finds the best return any episode earned from its start', () => {
    expect(bestEpisodeReturn([episode([0, 1], [0], [0.5]), episode([0, 1, 2], [0, 0], [0.25, 0.5])])).toBe(0.75);
  });
});
