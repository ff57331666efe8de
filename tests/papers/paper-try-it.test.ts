import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAPERS, PAPER_IDS, type PaperId } from '../../src/papers/papers.ts';
import { PAPER_TRY_IT } from '../../src/papers/paper-try-it.ts';
import { longestSharedRun } from '../../src/papers/shared-word-runs.ts';
import { DEMOS, findDemo } from '../../src/demos/registry.ts';

// The seed list lives next to the repository (…/shared/papers next to …/main): from the working directory
// (vitest runs from the repo root), or relative to this file.
const SEED_CANDIDATES = [
  path.resolve(process.cwd(), '../shared/papers/seed-papers.txt'),
  fileURLToPath(new URL('../../../shared/papers/seed-papers.txt', import.meta.url)),
];
const SEED_PATH = SEED_CANDIDATES.find((p) => existsSync(p));

/** Longest run of words a step may share with its paper's abstract; 8 or more fails. */
const MAX_SHARED_RUN = 7;

const countWords = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

/** Each paper's text: the lines after its exact title line, up to the next paper's title line. */
function abstracts(seedText: string): Record<PaperId, string> {
  const lines = seedText.split(/\r?\n/);
  const starts = PAPER_IDS.map((id) => lines.findIndex((line) => line.trim() === PAPERS[id].title));
  const out = {} as Record<PaperId, string>;
  PAPER_IDS.forEach((id, k) => {
    if (starts[k] < 0) throw new Error(`title of '${id}' not found in the seed file`);
    const end = Math.min(lines.length, ...starts.filter((s) => s > starts[k]));
    out[id] = lines.slice(starts[k] + 1, end).join('\n').trim();
  });
  return out;
}

const steps = PAPER_IDS.flatMap((id) => PAPER_TRY_IT[id].map((step, i) => ({ id, i, step })));

describe('paper try-it steps', () => {
  it('has steps for every paper and no other keys, in seed order', () => {
    expect(Object.keys(PAPER_TRY_IT)).toEqual(PAPER_IDS);
  });

  it('gives each paper 1–3 steps', () => {
    for (const id of PAPER_IDS) {
      expect(PAPER_TRY_IT[id].length, `steps of '${id}'`).toBeGreaterThanOrEqual(1);
      expect(PAPER_TRY_IT[id].length, `steps of '${id}'`).toBeLessThanOrEqual(3);
    }
  });

  it('links only existing demos and presets', () => {
    for (const { id, i, step } of steps) {
      const demo = findDemo(step.demo);
      expect(demo, `step ${i + 1} of '${id}' names unknown demo '${step.demo}'`).toBeDefined();
      if (step.preset !== undefined) {
        const presetIds = demo!.presets.map((p) => p.id);
        expect(presetIds, `step ${i + 1} of '${id}': preset '${step.preset}' is not in '${step.demo}'`).toContain(step.preset);
      }
      expect(['shows', 'nearest']).toContain(step.relation);
    }
  });

  it('names a linked preset by the label the page shows', () => {
    for (const { id, i, step } of steps) {
      if (step.preset === undefined) continue;
      const preset = findDemo(step.demo)!.presets.find((p) => p.id === step.preset)!;
      expect(step.text.includes(preset.label), `step ${i + 1} of '${id}' should name preset "${preset.label}"`).toBe(true);
    }
  });

  it('writes every step in 15–60 words, as full sentences', () => {
    for (const { id, i, step } of steps) {
      const n = countWords(step.text);
      expect(n, `step ${i + 1} of '${id}' has ${n} words`).toBeGreaterThanOrEqual(15);
      expect(n, `step ${i + 1} of '${id}' has ${n} words`).toBeLessThanOrEqual(60);
      expect(step.text.trim().endsWith('.'), `step ${i + 1} of '${id}' must end with a period`).toBe(true);
    }
  });

  it('does not repeat a step within a paper', () => {
    for (const id of PAPER_IDS) {
      const texts = PAPER_TRY_IT[id].map((s) => s.text);
      expect(new Set(texts).size, `'${id}' repeats a step`).toBe(texts.length);
    }
  });

  it('links every demo from at least one paper', () => {
    for (const demo of DEMOS) {
      expect(steps.some(({ step }) => step.demo === demo.id), `no paper links '${demo.id}'`).toBe(true);
    }
  });

  it('finds the seed paper list', () => {
    expect(SEED_PATH, `seed-papers.txt not found; looked in:\n${SEED_CANDIDATES.join('\n')}`).toBeDefined();
  });

  it('shares no run of 8+ words with the paper’s abstract', () => {
    expect(SEED_PATH).toBeDefined();
    const blocks = abstracts(readFileSync(SEED_PATH!, 'utf8'));
    for (const { id, i, step } of steps) {
      expect(countWords(blocks[id]), `abstract of '${id}'`).toBeGreaterThan(50);
      const run = longestSharedRun(step.text, blocks[id]);
      expect(run.length, `step ${i + 1} of '${id}' shares ${run.length} words with its abstract: "${run.words.join(' ')}"`)
        .toBeLessThanOrEqual(MAX_SHARED_RUN);
    }
  });
});
