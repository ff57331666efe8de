// A partial shuffle picks a uniform random subset: every item lands first about equally often, the items are
// only reordered (none lost or repeated), and a count past the length shuffles them all.
import { describe, expect, it } from 'vitest';
import { partialShuffle } from '../../../src/core/rng/partial-shuffle.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

describe('partialShuffle', () => {
  it('puts each item first about equally often and keeps the same items', () => {
    const rng = createRng('shuffle');
    const firsts = [0, 0, 0, 0];
    for (let t = 0; t < 4000; t++) {
      const items = [0, 1, 2, 3];
      partialShuffle(items, 2, rng);
      firsts[items[0]!]! += 1;
      expect([...items].sort()).toEqual([0, 1, 2, 3]);
    }
    for (const n of firsts) expect(n / 4000).toBeGreaterThan(0.22);
    for (const n of firsts) expect(n / 4000).toBeLessThan(0.28);
  });

  it('works on typed arrays and with a count past the length', () => {
    const items = Int32Array.from([5, 6, 7]);
    partialShuffle(items, 10, createRng(1));
    expect(Array.from(items).sort()).toEqual([5, 6, 7]);
  });
});
