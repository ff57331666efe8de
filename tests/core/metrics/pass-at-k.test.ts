// pass@k against direct enumeration of every k-subset of a small sample; pass@1 = c/n; pass@n = 1 when any
// sample is correct; no overflow at n = 256; the mean over prompts; majority vote; bad arguments refused.
import { describe, expect, it } from 'vitest';
import { majorityVote, meanPassAtK, passAtK } from '../../../src/core/metrics/pass-at-k.ts';

/** Share of the k-subsets of n samples (the first c correct) that hold a correct one, by listing them all. */
function enumerated(n: number, c: number, k: number): number {
  let hits = 0;
  let total = 0;
  const visit = (start: number, left: number, correct: boolean) => {
    if (left === 0) { total++; if (correct) hits++; return; }
    for (let i = start; i <= n - left; i++) visit(i + 1, left - 1, correct || i < c);
  };
  visit(0, k, false);
  return hits / total;
}

describe('pass@k', () => {
  it('equals the share of k-subsets with a correct sample, for every k', () => {
    for (const [n, c] of [[6, 0], [6, 1], [6, 2], [7, 3], [8, 8]]) {
      for (let k = 1; k <= n; k++) expect(passAtK(n, c, k)).toBeCloseTo(enumerated(n, c, k), 12);
    }
  });

  it('is c/n at k = 1 and 1 at k = n when any sample is correct', () => {
    expect(passAtK(10, 3, 1)).toBeCloseTo(0.3, 12);
    expect(passAtK(10, 1, 10)).toBe(1);
    expect(passAtK(10, 0, 10)).toBe(0);
  });

  it('stays finite and in [0, 1] at n = 256', () => {
    const p = passAtK(256, 1, 128);
    expect(p).toBeCloseTo(0.5, 12);
    expect(passAtK(256, 5, 16)).toBeGreaterThan(0);
    expect(passAtK(256, 5, 16)).toBeLessThan(1);
  });

  it('averages over prompts', () => {
    expect(meanPassAtK([{ n: 4, c: 0 }, { n: 4, c: 4 }], [1, 4])).toEqual([0.5, 0.5]);
    expect(meanPassAtK([{ n: 4, c: 1 }, { n: 4, c: 2 }], [1])[0]).toBeCloseTo((0.25 + 0.5) / 2, 12);
  });

  it('refuses k outside 1…n, c outside 0…n and no samples', () => {
    expect(() => passAtK(4, 1, 5)).toThrow(/k must lie in 1…4/);
    expect(() => passAtK(4, 5, 1)).toThrow(/correct samples/);
    expect(() => passAtK(0, 0, 1)).toThrow(/at least one sample/);
    expect(() => meanPassAtK([], [1])).toThrow(/at least one prompt/);
  });
});

describe('majority vote', () => {
  it('answers with the most common answer, the first seen on a tie', () => {
    expect(majorityVote([3, 1, 3, 2])).toBe(3);
    expect(majorityVote(['b', 'a', 'a', 'b'])).toBe('b');
    expect(majorityVote([])).toBeUndefined();
  });
});
