// Discrete and Box spaces: membership, sampling, size, and rejection of invalid definitions.
import { describe, it, expect } from 'vitest';
import { createRng } from '../../../src/core/rng/rng.ts';
import { box, contains, discrete, sample, spaceSize } from '../../../src/core/spaces/space.ts';

describe('discrete', () => {
  const space = discrete(3);

  it('contains exactly the integers 0 .. n-1', () => {
    expect([0, 1, 2].map((x) => contains(space, x))).toEqual([true, true, true]);
    for (const x of [3, -1, 1.5, NaN, Infinity, '1', null, undefined, [1]]) expect(contains(space, x)).toBe(false);
    expect(spaceSize(space)).toBe(3);
  });

  it('samples every member and nothing else', () => {
    const rng = createRng(1);
    const seen = new Set<number | Float64Array>();
    for (let i = 0; i < 300; i++) {
      const x = sample(space, rng);
      expect(contains(space, x)).toBe(true);
      seen.add(x);
    }
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });

  it.each([0, -1, 2.5, NaN, Infinity])('rejects size %s', (n) => {
    expect(() => discrete(n)).toThrow(RangeError);
  });
});

describe('box', () => {
  const space = box([2, 3], -1, 1);

  it('has the product of its shape as size', () => {
    expect(spaceSize(space)).toBe(6);
    expect(spaceSize(box([4], 0, 1))).toBe(4);
  });

  it('contains arrays of the right length inside the bounds, bounds included', () => {
    expect(contains(space, new Float64Array(6))).toBe(true);
    expect(contains(space, [-1, 1, 0, 0.5, -0.5, 1])).toBe(true);
    expect(contains(space, new Float32Array([1, 1, 1, 1, 1, 1]))).toBe(true);
  });

  it('rejects wrong lengths, out-of-bound or NaN values, and non-arrays', () => {
    expect(contains(space, new Float64Array(5))).toBe(false);
    expect(contains(space, [0, 0, 0, 0, 0, 1.01])).toBe(false);
    expect(contains(space, [0, 0, 0, -1.01, 0, 0])).toBe(false);
    expect(contains(space, [0, 0, 0, NaN, 0, 0])).toBe(false);
    expect(contains(space, 0)).toBe(false);
    expect(contains(space, '000000')).toBe(false);
  });

  it('samples Float64Arrays inside the box that spread over it', () => {
    const rng = createRng(2);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < 200; i++) {
      const x = sample(space, rng);
      expect(x).toBeInstanceOf(Float64Array);
      expect(contains(space, x)).toBe(true);
      for (const v of x as Float64Array) { min = Math.min(min, v); max = Math.max(max, v); }
    }
    expect(min).toBeLessThan(-0.9);
    expect(max).toBeGreaterThan(0.9);
  });

  it.each([
    { shape: [0], low: 0, high: 1 },
    { shape: [2, -1], low: 0, high: 1 },
    { shape: [1.5], low: 0, high: 1 },
    { shape: [2], low: 1, high: 0 },
    { shape: [2], low: NaN, high: 1 },
  ])('rejects shape $shape with bounds [$low, $high]', ({ shape, low, high }) => {
    expect(() => box(shape, low, high)).toThrow(RangeError);
  });
});
