// The CRT-style novelty bonus on bags of observations: hand-computed cosine and overlap similarities, the full λ for a first success,
// nothing for an exact repeat, the mean over the archive, and the archive keeping only its last `capacity` entries.
import { describe, expect, it } from 'vitest';
import { SuccessNovelty, similarity } from '../../../../../src/core/agents/neural/curiosity/success-novelty.ts';

/** A bag from dense counts: observation i seen xs[i] times. */
const v = (...xs: number[]) => new Map(xs.flatMap((x, i) => (x !== 0 ? [[i, x] as [number, number]] : [])));

describe('success novelty', () => {
  it('measures cosine and bag-of-features overlap', () => {
    expect(similarity('cosine', v(1, 0), v(1, 1))).toBeCloseTo(Math.SQRT1_2, 6);
    expect(similarity('cosine', v(1, 0), v(0, 1))).toBe(0);
    expect(similarity('cosine', v(0, 0), v(1, 1))).toBe(0);
    // Counts weigh in: [2, 1] against [1, 2] is 4/5.
    expect(similarity('cosine', v(2, 1), v(1, 2))).toBeCloseTo(0.8, 6);
    // a has 3 active features; b shares 2 of them.
    expect(similarity('overlap', v(1, 1, 1, 0), v(1, 0, 1, 1))).toBeCloseTo(2 / 3, 6);
    expect(similarity('overlap', v(1, 0, 0, 0), v(1, 1, 1, 1))).toBe(1);
  });

  it('pays λ for the first success, 0 for a repeat and λ(1 − mean similarity) otherwise', () => {
    const archive = new SuccessNovelty();
    expect(archive.reward(v(1, 0), 0.5, 'cosine')).toBe(0.5);
    expect(archive.reward(v(1, 0), 0.5, 'cosine')).toBeCloseTo(0, 6);
    // Against [1, 0] twice: similarity 0 both times.
    expect(archive.reward(v(0, 1), 0.5, 'cosine')).toBeCloseTo(0.5, 6);
    // Against [1, 0], [1, 0], [0, 1]: mean cosine (2·√½ + √½)/3 = √½.
    expect(archive.reward(v(1, 1), 0.5, 'cosine')).toBeCloseTo(0.5 * (1 - Math.SQRT1_2), 6);
    expect(archive.size).toBe(4);
  });

  it('forgets the oldest successes beyond its capacity', () => {
    const archive = new SuccessNovelty(2);
    archive.reward(v(1, 0), 1, 'cosine');
    archive.reward(v(0, 1), 1, 'cosine');
    archive.reward(v(0, 1), 1, 'cosine'); // replaces [1, 0]
    expect(archive.size).toBe(2);
    expect(archive.reward(v(1, 0), 1, 'cosine')).toBeCloseTo(1, 6);
  });
});
