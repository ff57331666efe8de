// The alias sampler draws each row about as often as its probability says, never one with probability 0, and
// refuses probabilities it cannot use.
import { describe, expect, it } from 'vitest';
import { createRowSampler } from '../../../src/core/data/weighted-rows.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

describe('weighted rows', () => {
  it('draws rows in proportion to their probabilities', () => {
    const sampler = createRowSampler([1, 0, 3, 6]);
    const counts = [0, 0, 0, 0];
    for (const r of sampler.sample(100_000, createRng(1))) counts[r]!++;
    expect(counts[1]).toBe(0);
    // Binomial standard deviations at 100,000 draws are under 0.2%: 1% is far outside chance.
    expect(counts[0]! / 100_000).toBeCloseTo(0.1, 2);
    expect(counts[2]! / 100_000).toBeCloseTo(0.3, 2);
    expect(counts[3]! / 100_000).toBeCloseTo(0.6, 2);
  });

  it('refuses no rows, a negative or infinite probability, and an all-zero table', () => {
    expect(() => createRowSampler([])).toThrow('there are no rows to sample');
    expect(() => createRowSampler([1, -1])).toThrow('row 1 has probability -1');
    expect(() => createRowSampler([1, Infinity])).toThrow('row 1 has probability Infinity');
    expect(() => createRowSampler([0, 0])).toThrow('the row probabilities sum to 0');
  });
});
