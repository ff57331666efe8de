import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAPERS, PAPER_IDS, type PaperId } from '../../src/papers/papers.ts';
import { PAPER_GUIDES } from '../../src/papers/paper-guides.ts';
import { longestSharedRun } from '../../src/papers/shared-word-runs.ts';

// The seed list lives next to the repository (…/shared/papers next to …/main). Resolve it from the working
// directory (vitest runs from the repo root), falling back to the path relative to this file.
const SEED_CANDIDATES = [
  path.resolve(process.cwd(), '../shared/papers/seed-papers.txt'),
  fileURLToPath(new URL('../../../shared/papers/seed-papers.txt', import.meta.url)),
];
const SEED_PATH = SEED_CANDIDATES.find((p) => existsSync(p));

/** Longest shared run of words a guide may have with its abstract; 8 or more fails. */
const MAX_SHARED_RUN = 7;

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** Each paper's text block: everything after its exact title line up to the next paper's title line. */
function paperBlocks(seedText: string): Record<PaperId, string> {
  const lines = seedText.split(/\r?\n/);
  const starts = PAPER_IDS.map((id) => {
    const hits = lines.flatMap((line, i) => (line.trim() === PAPERS[id].title ? [i] : []));
    if (hits.length !== 1) throw new Error(`title of '${id}' found on ${hits.length} lines of the seed file (expected exactly 1)`);
    return hits[0];
  });
  const blocks = {} as Record<PaperId, string>;
  PAPER_IDS.forEach((id, k) => {
    const later = starts.filter((s) => s > starts[k]);
    const end = later.length > 0 ? Math.min(...later) : lines.length;
    blocks[id] = lines.slice(starts[k] + 1, end).join('\n').trim();
  });
  return blocks;
}

describe('paper guides', () => {
  it('finds the seed paper list', () => {
    expect(SEED_PATH, `seed-papers.txt not found; looked in:\n${SEED_CANDIDATES.join('\n')}`).toBeDefined();
  });

  const blocks: Record<PaperId, string> | undefined = SEED_PATH ? paperBlocks(readFileSync(SEED_PATH, 'utf8')) : undefined;

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
