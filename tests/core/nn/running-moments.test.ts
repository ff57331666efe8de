// Running moments: merging batches one by one gives the mean and (population) variance of everything seen, as one
// pass over all the data would; normalising clips at ±clip; bad shapes are refused.
import { describe, expect, it } from 'vitest';
import { RunningMoments } from '../../../src/core/nn/running-moments.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

describe('RunningMoments', () => {
  it('merges batches of different sizes into the mean and variance of all the data', () => {
    const rng = createRng(3);
    const stats = new RunningMoments(2);
    const all: number[][] = [[], []];
    for (const rows of [1, 7, 30, 2, 64]) {
      const batch = new Float64Array(rows * 2);
      for (let i = 0; i < rows; i++) {
        batch[2 * i] = 5 + 3 * rng.normal();
        batch[2 * i + 1] = -2 + 0.5 * rng.uniform();
        all[0].push(batch[2 * i]);
        all[1].push(batch[2 * i + 1]);
      }
      stats.update(batch, rows);
    }
    for (let j = 0; j < 2; j++) {
      const mean = all[j].reduce((a, b) => a + b, 0) / all[j].length;
      const variance = all[j].reduce((a, b) => a + (b - mean) ** 2, 0) / all[j].length;
      // The initial pseudo-count of 1e-4 (mean 0, variance 1) shifts the answer by about 1e-6.
      expect(stats.mean[j]).toBeCloseTo(mean, 4);
      expect(stats.variance[j]).toBeCloseTo(variance, 4);
    }
    expect(stats.count).toBeCloseTo(104, 3);
  });

  it('normalises to (x − μ)/σ and clips at ±clip', () => {
    const stats = new RunningMoments(1);
    stats.update([1, 3, 1, 3], 4); // mean 2, variance 1
    const out = stats.normalize([2, 3, 100, -100], 4, new Float32Array(4), 5);
    expect(out[0]).toBeCloseTo(0, 3);
    expect(out[1]).toBeCloseTo(1, 3);
    expect(Array.from(out.subarray(2))).toEqual([5, -5]);
  });

  it('refuses a bad dimension or too little data', () => {
    expect(() => new RunningMoments(0)).toThrow(RangeError);
    expect(() => new RunningMoments(2).update([1, 2, 3], 2)).toThrow(/4 values/);
  });
});
