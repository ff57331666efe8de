// The on-policy rollout buffer: rows stored in order as typed arrays, episode ends flagged, growth that keeps the
// stored rows, and clear() for the next rollout.
import { describe, it, expect } from 'vitest';
import { RolloutBuffer } from '../../../../src/core/agents/neural/rollout-buffer.ts';

describe('RolloutBuffer', () => {
  it('stores each step in order, copying the features', () => {
    const buffer = new RolloutBuffer(4, 2);
    const features = new Float32Array([1, 2]);
    buffer.add(features, 3, 0.5, [5, 6], false, false, -0.25);
    features[0] = 99; // the buffer kept its own copy
    buffer.add([7, 8], 1, 1, [9, 10], true, false, -1.5);
    expect(buffer.size).toBe(2);
    expect(Array.from(buffer.features.subarray(0, 4))).toEqual([1, 2, 7, 8]);
    expect(Array.from(buffer.nextFeatures.subarray(0, 4))).toEqual([5, 6, 9, 10]);
    expect(Array.from(buffer.actions.subarray(0, 2))).toEqual([3, 1]);
    expect(Array.from(buffer.rewards.subarray(0, 2))).toEqual([0.5, 1]);
    expect(Array.from(buffer.terminated.subarray(0, 2))).toEqual([0, 1]);
    expect(Array.from(buffer.truncated.subarray(0, 2))).toEqual([0, 0]);
    expect(Array.from(buffer.logProbs.subarray(0, 2))).toEqual([-0.25, -1.5]);
  });

  it('knows whether the last step ended an episode (terminated or truncated)', () => {
    const buffer = new RolloutBuffer(4, 1);
    expect(buffer.episodeEnded).toBe(false);
    buffer.add([0], 0, 0, [1], false, false, 0);
    expect(buffer.episodeEnded).toBe(false);
    buffer.add([1], 0, 0, [2], false, true, 0);
    expect(buffer.episodeEnded).toBe(true);
    buffer.add([0], 0, 0, [1], false, false, 0);
    buffer.add([1], 0, 1, [2], true, false, 0);
    expect(buffer.episodeEnded).toBe(true);
  });

  it('doubles when full, keeping what it holds, and clear() empties it for reuse', () => {
    const buffer = new RolloutBuffer(2, 1);
    for (let i = 0; i < 5; i++) buffer.add([i], i, 10 * i, [i + 1], false, i === 4, -i);
    expect(buffer.capacity).toBe(8);
    expect(buffer.size).toBe(5);
    expect(Array.from(buffer.features.subarray(0, 5))).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(buffer.rewards.subarray(0, 5))).toEqual([0, 10, 20, 30, 40]);
    expect(Array.from(buffer.truncated.subarray(0, 5))).toEqual([0, 0, 0, 0, 1]);
    expect(Array.from(buffer.logProbs.subarray(0, 5))).toEqual([-0, -1, -2, -3, -4]);
    buffer.clear();
    expect(buffer.size).toBe(0);
    expect(buffer.episodeEnded).toBe(false);
    buffer.add([7], 2, 1, [8], false, false, 0);
    expect(buffer.features[0]).toBe(7);
    expect(buffer.capacity).toBe(8);
  });

  it('rejects rows of the wrong width and impossible sizes', () => {
    const buffer = new RolloutBuffer(2, 3);
    expect(() => buffer.add([1, 2], 0, 0, [1, 2, 3], false, false, 0)).toThrow(RangeError);
    expect(() => new RolloutBuffer(0, 3)).toThrow(RangeError);
    expect(() => new RolloutBuffer(4, 1.5)).toThrow(RangeError);
  });
});
