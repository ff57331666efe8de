// One paper in the library: title, short name, theme and fidelity, its key idea, and where to try it.
import { PAPERS, type PaperId } from '../../papers/papers.ts';
import { PAPER_GUIDES } from '../../papers/paper-guides.ts';
import { PAPER_TITLES } from '../../papers/paper-titles.ts';
import { PAPER_TRY_IT } from '../../papers/paper-try-it.ts';
import { tryStepHref } from '../../papers/paper-demo-links.ts';
import { findDemo } from '../../demos/registry.ts';
import { FidelityBadge } from './fidelity-badge.tsx';

/** "Four rooms · Target copied every 10 steps": the demo's title and the preset's label. */
export function tryStepLabel(demoId: string, presetId?: string): string {
  const demo = findDemo(demoId);
  if (!demo) return demoId;
  const preset = presetId ? demo.presets.find((p) => p.id === presetId) : undefined;
  return preset ? `${demo.title}: ${preset.label}` : demo.title;
}

export function PaperCard({ id }: { id: PaperId }) {
  const paper = PAPERS[id];
  const steps = PAPER_TRY_IT[id];
  return (
    <li className="paper-card" data-paper={id}>
      <h3><a href={`#/papers/${id}`}>{PAPER_TITLES[id]}</a></h3>
      <p className="paper-meta">
        {paper.shortName} · {paper.theme} · <FidelityBadge fidelity={paper.fidelity} />
      </p>
      <p className="paper-key-idea">{PAPER_GUIDES[id].keyIdea}</p>
      <p className="paper-try">
        <span className="paper-try-label">Try it:</span>
        {steps.map((step, i) => (
          <a key={i} className="paper-chip" href={tryStepHref(step)} title={step.relation === 'nearest' ? 'The nearest demo that exists' : undefined}>
            {tryStepLabel(step.demo, step.preset)}{step.relation === 'nearest' ? ' (nearest)' : ''}
          </a>
        ))}
      </p>
    </li>
  );
}
