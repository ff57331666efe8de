// Sampling helpers: argmax with uniform random ties, categorical draws, Gamma and Beta moments against theory.
import { describe, it, expect } from 'vitest';
import { createRng } from '../../../src/core/rng/rng.ts';
import { argmaxFirst, argmaxRandomTies, sampleBeta, sampleCategorical, sampleGamma } from '../../../src/core/rng/sampling.ts';
import { draw, moments } from './moments.ts';

/** Frequency of each index over n calls. */
function frequencies(size: number, n: number, pick: () => number): number[] {
  const counts = new Array<number>(size).fill(0);
  for (let i = 0; i < n; i++) counts[pick()]++;
  return counts.map((c) => c / n);
}

describe('argmaxRandomTies', () => {
  it('picks each tied maximum with probability 1/3 and never a smaller value', () => {
    const rng = createRng(1);
    const f = frequencies(5, 30_000, () => argmaxRandomTies([1, 3, 0, 3, 3], rng));
    // Standard error of each frequency ≈ 0.0027.
    expect(f[0]).toBe(0);
    expect(f[2]).toBe(0);
    for (const i of [1, 3, 4]) expect(Math.abs(f[i] - 1 / 3)).toBeLessThan(0.015);
  });

  it('returns the unique maximum without ties', () => {
    const rng = createRng(2);
    expect(argmaxRandomTies([0.1, -2, 0.7, 0.3], rng)).toBe(2);
    expect(argmaxRandomTies(new Float64Array([-5, -1, -3]), rng)).toBe(1);
  });

  it('searches only values[offset .. offset+length) and answers relative to offset', () => {
    const rng = createRng(3);
    // Window [1, 5, 5, 2]: the 9s outside it must be ignored.
    const values = [9, 1, 5, 5, 2, 9];
    const f = frequencies(4, 20_000, () => argmaxRandomTies(values, rng, 1, 4));
    expect(f[0]).toBe(0);
    expect(f[3]).toBe(0);
    expect(Math.abs(f[1] - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(f[2] - 0.5)).toBeLessThan(0.02);
  });

  it('is uniform when every value is -Infinity', () => {
    const rng = createRng(4);
    const f = frequencies(3, 30_000, () => argmaxRandomTies([-Infinity, -Infinity, -Infinity], rng));
    for (const p of f) expect(Math.abs(p - 1 / 3)).toBeLessThan(0.015);
  });
});

describe('argmaxFirst', () => {
  it('returns the first of the tied maxima', () => {
    expect(argmaxFirst([1, 3, 0, 3])).toBe(1);
    expect(argmaxFirst([-5, -2, -2])).toBe(1);
    expect(argmaxFirst([4])).toBe(0);
  });

  it('respects offset and length', () => {
    const values = [9, 1, 5, 5, 2, 9];
    expect(argmaxFirst(values, 1, 4)).toBe(1);
    expect(argmaxFirst(values, 4)).toBe(1);
  });
});

describe('sampleCategorical', () => {
  it('draws in proportion to unnormalised weights and never a zero weight', () => {
    const rng = createRng(5);
    const f = frequencies(4, 40_000, () => sampleCategorical([1, 2, 0, 5], rng));
    expect(f[2]).toBe(0);
    expect(Math.abs(f[0] - 1 / 8)).toBeLessThan(0.01);
    expect(Math.abs(f[1] - 2 / 8)).toBeLessThan(0.01);
    expect(Math.abs(f[3] - 5 / 8)).toBeLessThan(0.01);
  });

  it('respects offset and length', () => {
    const rng = createRng(6);
    const f = frequencies(2, 20_000, () => sampleCategorical([100, 1, 3, 100], rng, 1, 2));
    expect(Math.abs(f[0] - 0.25)).toBeLessThan(0.015);
    expect(Math.abs(f[1] - 0.75)).toBeLessThan(0.015);
  });

  it('always returns the only positive weight', () => {
    const rng = createRng(7);
    expect(draw(1000, () => sampleCategorical([0, 0, 1], rng)).every((k) => k === 2)).toBe(true);
  });
});

const N = 50_000;

describe('sampleGamma', () => {
  // Gamma(k, 1): mean k, variance k. Tolerances are ≈ 5 standard errors at N = 50 000.
  it.each([
    { shape: 0.3, meanTol: 0.02, varTol: 0.04 },
    { shape: 0.5, meanTol: 0.02, varTol: 0.045 },
    { shape: 1, meanTol: 0.025, varTol: 0.06 },
    { shape: 2.5, meanTol: 0.04, varTol: 0.12 },
    { shape: 9, meanTol: 0.07, varTol: 0.3 },
  ])('Gamma($shape) has mean and variance $shape', ({ shape, meanTol, varTol }) => {
    const rng = createRng(`gamma-${shape}`);
    const xs = draw(N, () => sampleGamma(shape, rng));
    expect(xs.every((x) => x > 0 && Number.isFinite(x))).toBe(true);
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean - shape)).toBeLessThan(meanTol);
    expect(Math.abs(variance - shape)).toBeLessThan(varTol);
  });
});

describe('sampleBeta', () => {
  // Beta(a, b): mean a/(a+b), variance ab / ((a+b)²(a+b+1)).
  it.each([
    { a: 2, b: 5, mean: 2 / 7, variance: 10 / 392, meanTol: 0.004, varTol: 0.001 },
    { a: 0.5, b: 0.5, mean: 0.5, variance: 0.125, meanTol: 0.008, varTol: 0.002 },
    { a: 0.3, b: 2, mean: 0.3 / 2.3, variance: 0.6 / (2.3 * 2.3 * 3.3), meanTol: 0.004, varTol: 0.002 },
  ])('Beta($a, $b) has mean $mean', ({ a, b, mean, variance, meanTol, varTol }) => {
    const rng = createRng(`beta-${a}-${b}`);
    const xs = draw(N, () => sampleBeta(a, b, rng));
    expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
    const m = moments(xs);
    expect(Math.abs(m.mean - mean)).toBeLessThan(meanTol);
    expect(Math.abs(m.variance - variance)).toBeLessThan(varTol);
  });
});
