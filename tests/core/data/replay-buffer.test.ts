// Replay buffer: ring wrap-around, sampling only stored rows into preallocated arrays, seeded reproducibility.
import { describe, it, expect } from 'vitest';
import { createReplayBatch, ReplayBuffer } from '../../../src/core/data/replay-buffer.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

/** Transition k has features [k, −k], next features [k+1, −k−1], action k % 3, reward k/10, terminal every 4th. */
function addTransition(buffer: ReplayBuffer, k: number): void {
  buffer.add([k, -k], k % 3, k / 10, [k + 1, -k - 1], k % 4 === 3);
}

describe('ReplayBuffer', () => {
  it('stores rows until full, then overwrites the oldest', () => {
    const buffer = new ReplayBuffer(3, 2);
    expect(buffer.size).toBe(0);
    for (let k = 0; k < 2; k++) addTransition(buffer, k);
    expect(buffer.size).toBe(2);
    for (let k = 2; k < 5; k++) addTransition(buffer, k);
    // 5 adds into 3 rows: rows hold transitions 3, 4, 2 (row 0 ← 3, row 1 ← 4).
    expect(buffer.size).toBe(3);
    expect(Array.from(buffer.features)).toEqual([3, -3, 4, -4, 2, -2]);
    expect(Array.from(buffer.nextFeatures)).toEqual([4, -4, 5, -5, 3, -3]);
    expect(Array.from(buffer.actions)).toEqual([0, 1, 2]);
    expect(Array.from(buffer.rewards)).toEqual([0.3, 0.4, 0.2].map(Math.fround));
    expect(Array.from(buffer.terminated)).toEqual([1, 0, 0]);
  });

  it('samples only stored rows, each row self-consistent', () => {
    const buffer = new ReplayBuffer(100, 2);
    for (let k = 0; k < 5; k++) addTransition(buffer, k);
    const batch = createReplayBatch(64, 2);
    buffer.sample(64, createRng(3), batch);
    const seen = new Set<number>();
    for (let i = 0; i < 64; i++) {
      const k = batch.features[2 * i];
      seen.add(k);
      expect(batch.indices[i]).toBe(k);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(k).toBeLessThan(5);
      expect(batch.features[2 * i + 1]).toBe(-k);
      expect(batch.nextFeatures[2 * i]).toBe(k + 1);
      expect(batch.actions[i]).toBe(k % 3);
      expect(batch.rewards[i]).toBeCloseTo(k / 10, 6);
      expect(batch.terminated[i]).toBe(k % 4 === 3 ? 1 : 0);
    }
    expect(seen.size).toBe(5);
  });

  it('seeded sampling is reproducible', () => {
    const buffer = new ReplayBuffer(50, 2);
    for (let k = 0; k < 80; k++) addTransition(buffer, k);
    const a = buffer.sample(32, createRng(9), createReplayBatch(32, 2));
    const b = buffer.sample(32, createRng(9), createReplayBatch(32, 2));
    const c = buffer.sample(32, createRng(10), createReplayBatch(32, 2));
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    expect(Array.from(a.features)).toEqual(Array.from(b.features));
    expect(Array.from(a.indices)).not.toEqual(Array.from(c.indices));
    // Only the 50 newest transitions (30..79) remain.
    for (const k of a.features.filter((_, i) => i % 2 === 0)) expect(k).toBeGreaterThanOrEqual(30);
  });

  it('rejects bad shapes and empty sampling', () => {
    const buffer = new ReplayBuffer(4, 2);
    expect(() => buffer.sample(1, createRng(0), createReplayBatch(1, 2))).toThrow(RangeError);
    expect(() => buffer.add([1], 0, 0, [1, 2], false)).toThrow(RangeError);
    addTransition(buffer, 0);
    expect(() => buffer.sample(8, createRng(0), createReplayBatch(4, 2))).toThrow(RangeError);
    expect(() => new ReplayBuffer(0, 2)).toThrow(RangeError);
  });
});
