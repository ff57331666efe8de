import { describe, it, expect } from 'vitest';
import { PAPER_IDS } from '../../src/papers/papers.ts';
import { PAPER_TRY_IT } from '../../src/papers/paper-try-it.ts';
import { longestSharedRun } from '../../src/papers/shared-word-runs.ts';
import { DEMOS, findDemo } from '../../src/demos/registry.ts';
import { ABSTRACTS, countWords, MAX_SHARED_RUN, SEED_CANDIDATES, SEED_PATH } from './seed-abstracts.ts';

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
    expect(ABSTRACTS).toBeDefined();
    const blocks = ABSTRACTS!;
    for (const { id, i, step } of steps) {
      expect(countWords(blocks[id]), `abstract of '${id}'`).toBeGreaterThan(50);
      const run = longestSharedRun(step.text, blocks[id]);
      expect(run.length, `step ${i + 1} of '${id}' shares ${run.length} words with its abstract: "${run.words.join(' ')}"`)
        .toBeLessThanOrEqual(MAX_SHARED_RUN);
    }
  });
});
