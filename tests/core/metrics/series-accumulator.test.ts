// SeriesAccumulator: means, Student-t 95% bands and "complete" prefixes, checked against hand-worked numbers.
import { describe, expect, it } from 'vitest';
import { SeriesAccumulator } from '../../../src/core/metrics/series-accumulator.ts';
import { tQuantile975 } from '../../../src/core/metrics/confidence.ts';
import { movingAverage } from '../../../src/core/metrics/smoothing.ts';

describe('SeriesAccumulator', () => {
  it('averages each index over runs and gives a t-based 95% band', () => {
    const acc = new SeriesAccumulator();
    // Index 0 over three runs: 1, 2, 3 → mean 2, sample sd 1, half-width t(2)·1/√3 = 4.303/1.732 = 2.4843.
    [1, 2, 3].forEach((v) => acc.add(0, v));
    const { mean, lo, hi } = acc.summary();
    expect(mean).toEqual([2]);
    expect(hi[0] - 2).toBeCloseTo(4.303 / Math.sqrt(3), 3);
    expect(2 - lo[0]).toBeCloseTo(4.303 / Math.sqrt(3), 3);
  });

  it('has a zero-width band for a single run', () => {
    const acc = new SeriesAccumulator();
    acc.add(0, 5);
    expect(acc.summary()).toEqual({ mean: [5], lo: [5], hi: [5] });
  });

  it('publishes only the prefix every run has reached', () => {
    const acc = new SeriesAccumulator();
    acc.add(0, 1); acc.add(1, 1); acc.add(2, 1); // run A: three episodes
    acc.add(0, 3); // run B: one episode
    expect(acc.length).toBe(3);
    expect(acc.completeLength(2)).toBe(1);
    expect(acc.summary(0, acc.completeLength(2)).mean).toEqual([2]);
    expect(acc.countAt(2)).toBe(1);
    expect(acc.countAt(99)).toBe(0);
  });

  it('grows past its initial capacity without losing values', () => {
    const acc = new SeriesAccumulator();
    for (let i = 0; i < 1000; i++) acc.add(i, i);
    expect(acc.length).toBe(1000);
    expect(acc.meanAt(999)).toBe(999);
    expect(acc.meanAt(63)).toBe(63);
  });
});

describe('tQuantile975', () => {
  it('matches the t table and tends to 1.96', () => {
    expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile975(10)).toBeCloseTo(2.228, 3);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.9799, 3);
    expect(tQuantile975(1e9)).toBeCloseTo(1.96, 3);
  });
});

describe('movingAverage', () => {
  it('averages a trailing window, shorter at the start', () => {
    // [1, 2, 3, 4] with window 2: 1, (1+2)/2, (2+3)/2, (3+4)/2.
    expect(movingAverage([1, 2, 3, 4], 2)).toEqual([1, 1.5, 2.5, 3.5]);
    expect(movingAverage([1, 2, 3], 1)).toEqual([1, 2, 3]);
  });
});
