import { describe, expect, it } from 'vitest';
import { DEMOS } from '../../src/demos/registry.ts';
import { PAPER_IDS } from '../../src/papers/papers.ts';
import { PAPER_TRY_IT } from '../../src/papers/paper-try-it.ts';
import { demosForPaper, papersForDemo, tryStepHref } from '../../src/papers/paper-demo-links.ts';
import { parseLocation } from '../../src/state/experiment-url.ts';

describe('paper ↔ demo links', () => {
  it('links every paper to at least one existing demo', () => {
    for (const id of PAPER_IDS) expect(demosForPaper(id).length, id).toBeGreaterThan(0);
  });

  it('links every demo to at least one paper it shows', () => {
    for (const demo of DEMOS) expect(papersForDemo(demo).some((l) => l.relation === 'shows'), demo.id).toBe(true);
  });

  it('shows each link in both directions with the same relation', () => {
    for (const demo of DEMOS) {
      for (const { paperId, relation } of papersForDemo(demo)) {
        expect(demosForPaper(paperId).find((l) => l.demo.id === demo.id)?.relation, `${paperId} → ${demo.id}`).toBe(relation);
      }
    }
    for (const id of PAPER_IDS) {
      for (const { demo, relation } of demosForPaper(id)) {
        expect(papersForDemo(demo).find((l) => l.paperId === id)?.relation, `${demo.id} → ${id}`).toBe(relation);
      }
    }
  });

  it('puts a demo’s own papers first and counts a paper the demo names as shown', () => {
    for (const demo of DEMOS) {
      const links = papersForDemo(demo);
      expect(links.slice(0, demo.papers.length).map((l) => l.paperId)).toEqual(demo.papers);
      expect(links.slice(0, demo.papers.length).every((l) => l.relation === 'shows')).toBe(true);
    }
  });

  it('opens every try-it link as a demo with its preset and no notice', () => {
    for (const id of PAPER_IDS) {
      for (const step of PAPER_TRY_IT[id]) {
        const parsed = parseLocation(tryStepHref(step));
        expect(parsed.notices, `${id}: ${tryStepHref(step)}`).toEqual([]);
        expect(parsed.route).toEqual({ page: 'demo', demoId: step.demo });
        expect(parsed.experiment?.presetId ?? undefined).toBe(step.preset);
      }
    }
  });
});
