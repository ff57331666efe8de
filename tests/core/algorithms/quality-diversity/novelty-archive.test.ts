// Novelty search's archive: the k-nearest-neighbour novelty by hand, and the automatic threshold keeping about
// one candidate in ten.
import { describe, expect, it } from 'vitest';
import { descriptorDistance, NoveltyArchive, noveltyOf } from '../../../../src/core/algorithms/quality-diversity/novelty-archive.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

const d = (...xs: number[]) => Float64Array.from(xs);

describe('novelty archive', () => {
  it('measures the distance between descriptors as the RMS of their point distances', () => {
    expect(descriptorDistance(d(0, 0), d(0.3, 0.4))).toBeCloseTo(0.5, 12);
    // Two points each: distances 0.5 and 0 → √((0.25 + 0) / 2).
    expect(descriptorDistance(d(0, 0, 1, 1), d(0.3, 0.4, 1, 1))).toBeCloseTo(Math.sqrt(0.125), 12);
  });

  it('scores novelty as the mean distance to the k nearest others, skipping the descriptor itself', () => {
    const b = d(0, 0);
    const pool = [b, d(0.1, 0), d(0, 0.2), d(0.3, 0), d(0.9, 0)];
    expect(noveltyOf(b, pool, 2)).toBeCloseTo((0.1 + 0.2) / 2, 12);
    expect(noveltyOf(b, pool, 3)).toBeCloseTo((0.1 + 0.2 + 0.3) / 3, 12);
    // Fewer others than k: the mean over all of them.
    expect(noveltyOf(b, pool, 10)).toBeCloseTo((0.1 + 0.2 + 0.3 + 0.9) / 4, 12);
  });

  it('adds candidates above a fixed threshold, and about the most novel tenth with the automatic one', () => {
    const fixed = new NoveltyArchive(3, 0.25);
    expect(fixed.offer([d(0, 0), d(1, 1)], [0.2, 0.3])).toEqual([1]);
    expect(fixed.members).toHaveLength(1);
    const auto = new NoveltyArchive(3, 'auto');
    const rng = createRng(7);
    let added = 0;
    for (let gen = 0; gen < 40; gen++) {
      const novelty = Array.from({ length: 50 }, () => rng.uniform());
      added += auto.offer(novelty.map(() => d(rng.uniform(), rng.uniform())), novelty).length;
    }
    expect(added / 2000).toBeGreaterThan(0.07);
    expect(added / 2000).toBeLessThan(0.13);
    expect(auto.currentThreshold()).toBeGreaterThan(0.85);
  });

  it('replaces every member when re-described, and refuses a list of another length', () => {
    const archive = new NoveltyArchive(2, 0.1);
    archive.offer([d(0, 0), d(1, 1)], [0.5, 0.5]);
    archive.redescribe([d(0.5, 0.5), d(0.25, 0.25)]);
    expect(archive.members).toEqual([d(0.5, 0.5), d(0.25, 0.25)]);
    expect(() => archive.redescribe([d(0, 0)])).toThrow(/needs 2/);
  });

  it('refuses k below 1', () => {
    expect(() => new NoveltyArchive(0, 'auto')).toThrow(/k ≥ 1/);
  });
});
