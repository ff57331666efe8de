// The links between papers and demos, both ways. A demo names the papers that motivate it (its `papers` list); a
// paper's "what to try" steps name the demos (and presets) where a student can see its idea, or the nearest demo
// that exists. A demo's papers are the union of both, so no link is shown in one direction only.
import { DEMOS } from '../demos/registry.ts';
import type { AnyDemo } from '../demos/demo-spec.ts';
import { PAPER_IDS, type PaperId } from './papers.ts';
import { PAPER_TRY_IT, type TryStep } from './paper-try-it.ts';

/** How a demo relates to a paper: it shows the idea (named by the demo or a 'shows' step), or it is the nearest one. */
export type DemoRelation = 'shows' | 'nearest';

export interface PaperDemoLink {
  readonly demo: AnyDemo;
  readonly relation: DemoRelation;
}

function relationOf(paperId: PaperId, demo: AnyDemo): DemoRelation | null {
  const steps = PAPER_TRY_IT[paperId].filter((s) => s.demo === demo.id);
  if (demo.papers.includes(paperId) || steps.some((s) => s.relation === 'shows')) return 'shows';
  return steps.length > 0 ? 'nearest' : null;
}

/** The demos linked to a paper: those that show it first, then the nearest ones, each in registry order. */
export function demosForPaper(paperId: PaperId): PaperDemoLink[] {
  const links = DEMOS.flatMap((demo) => {
    const relation = relationOf(paperId, demo);
    return relation ? [{ demo, relation }] : [];
  });
  return [...links.filter((l) => l.relation === 'shows'), ...links.filter((l) => l.relation === 'nearest')];
}

export interface DemoPaperLink {
  readonly paperId: PaperId;
  readonly relation: DemoRelation;
}

/** The papers linked to a demo: those it shows first (its own list leading, in its order), then the rest in seed order. */
export function papersForDemo(demo: AnyDemo): DemoPaperLink[] {
  const own = demo.papers.map((paperId) => ({ paperId, relation: 'shows' as const }));
  const others = PAPER_IDS.filter((id) => !demo.papers.includes(id)).flatMap((paperId) => {
    const relation = relationOf(paperId, demo);
    return relation ? [{ paperId, relation }] : [];
  });
  return [...own, ...others.filter((l) => l.relation === 'shows'), ...others.filter((l) => l.relation === 'nearest')];
}

/** The hash that opens a step's demo, with its preset when it names one. */
export function tryStepHref(step: TryStep): string {
  return `#/demos/${step.demo}${step.preset ? `?preset=${encodeURIComponent(step.preset)}` : ''}`;
}
