// Go-Explore's archive: W(c) falls strictly with each counter, a reached cell only ever takes a better way (its
// score never falls), selection follows W(c)/ΣW, and a cell where the episode ended is never selected.
import { describe, expect, it } from 'vitest';
import { betterWay, CellArchive, cellWeight, DEFAULT_SELECTION } from '../../../../src/core/algorithms/go-explore/cell-archive.ts';

const counts = (seen: number, chosen: number, chosenSinceNew: number) => ({ seen, chosen, chosenSinceNew });

describe('cell archive', () => {
  it('weights cells by 3/√(seen + 0.001) + 0.1/√(chosen + 0.001) + 1e-5, falling strictly in each counter', () => {
    expect(cellWeight(counts(1, 0, 0), DEFAULT_SELECTION)).toBeCloseTo(3 / Math.sqrt(1.001) + 0.1 / Math.sqrt(0.001) + 1e-5, 12);
    const w = { ...DEFAULT_SELECTION, sinceNew: 0.5 };
    for (let n = 0; n < 20; n++) {
      expect(cellWeight(counts(n + 1, 3, 3), w)).toBeLessThan(cellWeight(counts(n, 3, 3), w));
      expect(cellWeight(counts(3, n + 1, 3), w)).toBeLessThan(cellWeight(counts(3, n, 3), w));
      expect(cellWeight(counts(3, 3, n + 1), w)).toBeLessThan(cellWeight(counts(3, 3, n), w));
    }
  });

  it('takes a new way only with a higher score, or the same score in fewer steps', () => {
    expect(betterWay(2, 10, { score: 1, length: 5 })).toBe(true);
    expect(betterWay(1, 4, { score: 1, length: 5 })).toBe(true);
    expect(betterWay(1, 5, { score: 1, length: 5 })).toBe(false);
    expect(betterWay(0.5, 1, { score: 1, length: 5 })).toBe(false);
    const archive = new CellArchive();
    expect(archive.visit('a', 10, 1, [0, 1, 2])).toBe(true);
    expect(archive.visit('a', 11, 0.5, [0])).toBe(false);
    expect(archive.get('a')).toMatchObject({ state: 10, score: 1, length: 3, seen: 2 });
    archive.visit('a', 12, 1, [3, 3]);
    expect(archive.get('a')).toMatchObject({ state: 12, score: 1, actions: [3, 3], seen: 3 });
    // Over many random visits the score never falls.
    let last = archive.get('a')!.score;
    for (let i = 0; i < 200; i++) {
      archive.visit('a', i, (i * 7919) % 13 / 4, Array.from({ length: i % 9 }, () => 0));
      expect(archive.get('a')!.score).toBeGreaterThanOrEqual(last);
      last = archive.get('a')!.score;
    }
  });

  it('selects in proportion to W(c), counts the choice, and never selects a terminal cell', () => {
    const archive = new CellArchive();
    archive.visit('rare', 0, 0, []);
    archive.visit('common', 1, 0, []);
    for (let i = 0; i < 99; i++) archive.visit('common', 1, 0, []);
    archive.visit('end', 2, 1, [0], true);
    const p = archive.probabilities(DEFAULT_SELECTION);
    expect(p.get('end')).toBe(0);
    expect(p.get('rare')! + p.get('common')!).toBeCloseTo(1, 12);
    expect(p.get('rare')!).toBeGreaterThan(p.get('common')!);
    // u just below P(rare) picks 'rare' (the first in insertion order), just above picks 'common'.
    expect(archive.select(p.get('rare')! - 1e-9, DEFAULT_SELECTION).key).toBe('rare');
    expect(archive.get('rare')).toMatchObject({ chosen: 1, chosenSinceNew: 1 });
    const fresh = new CellArchive();
    fresh.visit('end', 0, 1, [], true);
    expect(() => fresh.select(0.5, DEFAULT_SELECTION)).toThrow();
  });
});
