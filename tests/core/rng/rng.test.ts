// Seeded generator: reproducible streams, forks that never disturb their parent, and the moments of each draw.
import { describe, it, expect } from 'vitest';
import { createRng, hashString } from '../../../src/core/rng/rng.ts';
import { draw, moments } from './moments.ts';

const N = 100_000;

describe('createRng', () => {
  it('gives the same stream for the same seed, number or string', () => {
    const r1 = createRng(42);
    const r2 = createRng('42');
    const a = draw(100, () => r1.uniform());
    expect(draw(100, () => r2.uniform())).toEqual(a);
    expect(new Set(a).size).toBe(100);
  });

  it('gives different streams for different seeds', () => {
    const r1 = createRng(1);
    const r2 = createRng(2);
    expect(draw(10, () => r1.uniform())).not.toEqual(draw(10, () => r2.uniform()));
  });

  it('hashes near-identical paths to different seeds', () => {
    expect(hashString('42/env')).not.toBe(hashString('42/env2'));
    expect(hashString('a')).toBe(hashString('a'));
  });
});

describe('fork', () => {
  it('never advances the parent stream', () => {
    const plain = createRng(7);
    const forked = createRng(7);
    forked.fork('env').uniform();
    forked.fork('agent').normal();
    expect(draw(20, () => forked.uniform())).toEqual(draw(20, () => plain.uniform()));
  });

  it('depends on the path alone, not on how far the parent has run', () => {
    const parent = createRng(7);
    draw(5, () => parent.uniform());
    const late = parent.fork('env');
    const early = createRng(7).fork('env');
    expect(late.path).toBe('7/env');
    expect(draw(20, () => late.uniform())).toEqual(draw(20, () => early.uniform()));
  });

  it('builds nested paths and equal paths give equal streams', () => {
    const a = createRng(42).fork('run:0').fork('env');
    const b = createRng(42).fork('run:0').fork('env');
    expect(a.path).toBe('42/run:0/env');
    expect(draw(20, () => a.uniform())).toEqual(draw(20, () => b.uniform()));
  });

  it('gives different streams for different labels', () => {
    const root = createRng(42);
    const env = root.fork('env');
    const agent = root.fork('agent');
    expect(draw(20, () => env.uniform())).not.toEqual(draw(20, () => agent.uniform()));
  });
});

describe('uniform', () => {
  it('lies in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = createRng(3);
    const xs = draw(N, () => rng.uniform());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const { mean, variance } = moments(xs);
    // Standard errors: 0.0009 for the mean, 0.0003 for the variance.
    expect(mean).toBeCloseTo(0.5, 2);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });
});

describe('int', () => {
  it('returns integers in [0, n), each about equally often', () => {
    const rng = createRng(4);
    const n = 6;
    const draws = 60_000;
    const counts = new Array<number>(n).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < draws; i++) {
      const k = rng.int(n);
      if (Number.isInteger(k) && k >= 0 && k < n) counts[k]++;
      else outOfRange++;
    }
    expect(outOfRange).toBe(0);
    // Expected 10 000 each, standard deviation ≈ 91.
    for (const c of counts) expect(Math.abs(c - draws / n)).toBeLessThan(500);
  });

  it('int(1) is always 0', () => {
    const rng = createRng(5);
    expect(draw(100, () => rng.int(1)).every((k) => k === 0)).toBe(true);
  });
});

describe('normal', () => {
  it('has mean 0 and variance 1 by default', () => {
    const rng = createRng(6);
    const { mean, variance } = moments(draw(N, () => rng.normal()));
    // Standard errors: 0.0032 for the mean, 0.0045 for the variance.
    expect(Math.abs(mean)).toBeLessThan(0.015);
    expect(Math.abs(variance - 1)).toBeLessThan(0.025);
  });

  it('scales to the given mean and standard deviation', () => {
    const rng = createRng(8);
    const { mean, variance } = moments(draw(N, () => rng.normal(3, 2)));
    expect(Math.abs(mean - 3)).toBeLessThan(0.03);
    expect(Math.abs(variance - 4)).toBeLessThan(0.1);
  });
});
