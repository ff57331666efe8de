// The seed paper list (../shared/papers/seed-papers.txt) split into each paper's abstract, for the tests that
// check our text against it: the same reader for the guides and for the try-it steps.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAPER_IDS, type PaperId } from '../../src/papers/papers.ts';
import { PAPER_TITLES } from '../../src/papers/paper-titles.ts';

// The seed list lives next to the repository (…/shared/papers next to …/main): from the working directory
// (vitest runs from the repo root), or relative to this file.
export const SEED_CANDIDATES = [
  path.resolve(process.cwd(), '../shared/papers/seed-papers.txt'),
  fileURLToPath(new URL('../../../shared/papers/seed-papers.txt', import.meta.url)),
];
export const SEED_PATH = SEED_CANDIDATES.find((p) => existsSync(p));

/** Longest run of words our text may share with an abstract; 8 or more fails. */
export const MAX_SHARED_RUN = 7;

export const countWords = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

/** Each paper's text block: everything after its exact title line up to the next paper's title line. */
export function paperBlocks(seedText: string): Record<PaperId, string> {
  const lines = seedText.split(/\r?\n/);
  const starts = PAPER_IDS.map((id) => {
    const hits = lines.flatMap((line, i) => (line.trim() === PAPER_TITLES[id] ? [i] : []));
    if (hits.length !== 1) throw new Error(`title of '${id}' found on ${hits.length} lines of the seed file (expected exactly 1)`);
    return hits[0];
  });
  const blocks = {} as Record<PaperId, string>;
  PAPER_IDS.forEach((id, k) => {
    const end = Math.min(lines.length, ...starts.filter((s) => s > starts[k]));
    blocks[id] = lines.slice(starts[k] + 1, end).join('\n').trim();
  });
  return blocks;
}

/** The abstracts, or undefined when the seed file is not found (the tests then fail saying where they looked). */
export const ABSTRACTS: Record<PaperId, string> | undefined = SEED_PATH ? paperBlocks(readFileSync(SEED_PATH, 'utf8')) : undefined;
