import { describe, it, expect } from 'vitest';
import { PAPER_IDS } from '../../src/papers/papers.ts';
import { PAPER_GUIDES } from '../../src/papers/paper-guides.ts';
import { longestSharedRun } from '../../src/papers/shared-word-runs.ts';
import { ABSTRACTS, countWords, MAX_SHARED_RUN, SEED_CANDIDATES, SEED_PATH } from './seed-abstracts.ts';

describe('paper guides', () => {
  it('finds the seed paper list', () => {
    expect(SEED_PATH, `seed-papers.txt not found; looked in:\n${SEED_CANDIDATES.join('\n')}`).toBeDefined();
  });

  const blocks = ABSTRACTS;

  it('has a guide for every paper and no other keys, in seed order', () => {
    expect(Object.keys(PAPER_GUIDES)).toEqual(PAPER_IDS);
  });

  it('finds a non-empty abstract for every paper', () => {
    expect(blocks).toBeDefined();
    for (const id of PAPER_IDS) expect(countWords(blocks![id]), `abstract of '${id}'`).toBeGreaterThan(50);
  });

  describe.each(PAPER_IDS.map((id) => [id] as const))('%s', (id) => {
    const guide = PAPER_GUIDES[id];

    it('has a summary of 80–160 words', () => {
      const n = countWords(guide.summary);
      expect(n, `summary of '${id}' has ${n} words`).toBeGreaterThanOrEqual(80);
      expect(n, `summary of '${id}' has ${n} words`).toBeLessThanOrEqual(160);
    });

    it('has a key idea of one sentence and at most 30 words', () => {
      const k = guide.keyIdea.trim();
      expect(k.endsWith('.'), `key idea of '${id}' must end with a period`).toBe(true);
      expect(/[.!?]["')\]]?\s/.test(k), `key idea of '${id}' must be a single sentence: ${k}`).toBe(false);
      expect(countWords(k), `key idea of '${id}'`).toBeLessThanOrEqual(30);
    });

    it('shares no run of 8+ words with its abstract', () => {
      expect(blocks).toBeDefined();
      for (const [field, text] of [['summary', guide.summary], ['keyIdea', guide.keyIdea]] as const) {
        const run = longestSharedRun(text, blocks![id]);
        expect(run.length, `${field} of '${id}' shares ${run.length} words with the abstract: "${run.words.join(' ')}"`).toBeLessThanOrEqual(MAX_SHARED_RUN);
      }
    });

    it('only links URLs named in its abstract', () => {
      expect(blocks).toBeDefined();
      for (const link of guide.links) {
        expect(link.label.trim().length, `link label of '${id}'`).toBeGreaterThan(0);
        expect(link.url).toMatch(/^https?:\/\//);
        expect(blocks![id].includes(link.url), `'${id}' links ${link.url}, which is not in its abstract`).toBe(true);
      }
    });

    it('only gives a year that its text states', () => {
      expect(blocks).toBeDefined();
      if (guide.year !== undefined) {
        expect(Number.isInteger(guide.year)).toBe(true);
        expect(blocks![id].includes(String(guide.year)), `year ${guide.year} of '${id}' is not in its text`).toBe(true);
      }
    });
  });
});
