// The quality-diversity searches in the deceptive maze (seeded): each chunk evaluates one population's worth of
// controllers; reward search gets no further than the decoy while novelty search reaches the treasure; SERENE with
// an emitter budget of 0 is novelty search exactly; SERENE's emitters only start at rewarding behaviours.
import { describe, expect, it } from 'vitest';
import { DEFAULT_QD, QualityDiversitySearch, type QdSettings } from '../../../../src/core/algorithms/quality-diversity/qd-search.ts';
import { DECEPTIVE_MAZE } from '../../../../src/core/envs/deceptive-maze/deceptive-maze.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

const search = (seed: number, settings: Partial<QdSettings>) =>
  new QualityDiversitySearch(DECEPTIVE_MAZE, createRng(seed), { ...DEFAULT_QD, ...settings });

function runTo(q: QualityDiversitySearch, evaluations: number): void {
  while (q.evaluations < evaluations) q.chunk();
}

describe('quality-diversity search', () => {
  it('evaluates one population per exploring chunk and keeps the archive for novelty search only', () => {
    const reward = search(1, { mode: 'reward' });
    expect(reward.evaluations).toBe(50);
    expect(reward.chunk()).toEqual({ kind: 'explore', evaluations: 50 });
    expect(reward.archive.members).toHaveLength(0);
    const novelty = search(1, { mode: 'novelty' });
    novelty.chunk();
    expect(novelty.archive.members.length).toBeGreaterThan(0);
    expect(novelty.archivePositions).toHaveLength(novelty.archive.members.length);
  });

  it('reward search stays on the decoy; novelty search finds the treasure and covers the maze (seeds 1–3, 5,000 evaluations)', () => {
    for (const seed of [1, 2, 3]) {
      const reward = search(seed, { mode: 'reward' });
      const novelty = search(seed, { mode: 'novelty' });
      runTo(reward, 5000);
      runTo(novelty, 5000);
      expect(reward.best!.reward).toBeLessThanOrEqual(0.3);
      expect(reward.firstTreasure).toBeNull();
      expect(novelty.firstTreasure).not.toBeNull();
      expect(novelty.coverage).toBeGreaterThan(2 * reward.coverage);
    }
  });

  it('SERENE with no emitter budget is novelty search, evaluation for evaluation', () => {
    const plain = search(4, { mode: 'novelty' });
    const serene = search(4, { mode: 'serene', emitterBudget: 0 });
    for (let i = 0; i < 20; i++) {
      plain.chunk();
      expect(serene.chunk()).toEqual({ kind: 'explore', evaluations: 50 });
    }
    expect(serene.best!.reward).toBe(plain.best!.reward);
    expect(serene.archive.members.length).toBe(plain.archive.members.length);
    expect(serene.emitterEvaluations).toBe(0);
  });

  it('SERENE alternates exploring and exploiting once a rewarding behaviour seeds an emitter', () => {
    const serene = search(1, { mode: 'serene' });
    const kinds: string[] = [];
    while (serene.emitterEvaluations === 0 && serene.evaluations < 5000) kinds.push(serene.chunk().kind);
    expect(serene.emitterEvaluations).toBeGreaterThan(0);
    // The first exploit chunk follows an explore chunk, and every emitter started at a rewarding behaviour.
    expect(kinds.at(-1)).toBe('exploit');
    expect(kinds.at(-2)).toBe('explore');
    const emitters = [...serene.emitterQueue, ...(serene.active ? [serene.active] : [])];
    for (const e of emitters) expect(e.seed.reward).toBeGreaterThan(0);
    for (const e of serene.rewardArchive) expect(e.reward).toBeGreaterThan(0);
    expect(serene.chunk().kind).toBe('explore');
  });

  it('refuses settings that make no sense, with a sentence', () => {
    expect(() => search(1, { k: 0 })).toThrow(/k ≥ 1/);
    expect(() => search(1, { emitterBudget: -1 })).toThrow(/emitter budget/);
    expect(() => search(1, { threshold: Number.NaN })).toThrow(/threshold/);
  });
});

describe('quality-diversity search with a learned descriptor', () => {
  /** A stand-in model (no network): the code is (pixels lit, first lit pixel) / 100, and it counts its fits. */
  function fakeModel() {
    const fits: number[] = [];
    return {
      fits,
      fit: (images: readonly Float32Array[]) => { fits.push(images.length); },
      encode: (images: readonly Float32Array[]) => images.map((im) => Float64Array.of(im.reduce((a, b) => a + b, 0) / 100, im.indexOf(1) / 100)),
      dispose: () => {},
    };
  }

  it('encodes every evaluation, fits first on the first population, and refits every 20 exploring chunks', () => {
    const model = fakeModel();
    const q = new QualityDiversitySearch(DECEPTIVE_MAZE, createRng(6), { ...DEFAULT_QD, descriptor: 'learned' }, 0.3, model);
    expect(model.fits).toEqual([50]);
    for (let i = 0; i < 20; i++) q.chunk();
    expect(q.retrainings).toBe(2);
    // The refit sees the archive's images and the last 1,000 evaluations'.
    expect(model.fits[1]).toBe(q.archive.members.length + 1000);
    for (const e of q.population) expect(e.descriptor).toHaveLength(2);
    // Archive positions stay where the robots stopped, whatever the code.
    for (const p of q.archivePositions) expect(p.x).toBeGreaterThan(1);
  });

  it('refuses a learned descriptor without a model', () => {
    expect(() => search(1, { descriptor: 'learned' })).toThrow(/needs a model/);
  });
});
