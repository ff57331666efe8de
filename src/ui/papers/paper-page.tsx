// One paper: what problem it attacks and the idea that makes it work (in our words), what to try in which demo,
// the demos linked to it, and related papers.
import { useEffect } from 'react';
import { PAPERS, PAPER_IDS, isPaperId, type PaperId } from '../../papers/papers.ts';
import { PAPER_GUIDES } from '../../papers/paper-guides.ts';
import { PAPER_TITLES } from '../../papers/paper-titles.ts';
import { PAPER_TRY_IT } from '../../papers/paper-try-it.ts';
import { demosForPaper, tryStepHref } from '../../papers/paper-demo-links.ts';
import { relatedPapers } from '../../papers/paper-search.ts';
import { FIDELITY_MEANING } from './paper-links.ts';
import { FidelityBadge } from './fidelity-badge.tsx';
import { tryStepLabel } from './paper-card.tsx';
import './papers.css';

function Neighbour({ id, rel }: { id: PaperId | undefined; rel: 'prev' | 'next' }) {
  if (!id) return <span />;
  return <a rel={rel} href={`#/papers/${id}`}>{rel === 'prev' ? '← ' : ''}{PAPERS[id].shortName}{rel === 'next' ? ' →' : ''}</a>;
}

export function PaperPage({ paperId }: { paperId: string }) {
  const known = isPaperId(paperId);
  useEffect(() => {
    document.title = known ? `${PAPERS[paperId].shortName} · RL Sandbox` : 'Paper not found · RL Sandbox';
  }, [known, paperId]);
  if (!known) {
    return (
      <div className="papers">
        <h1>Paper not found</h1>
        <p>There is no paper called “{paperId}”. <a href="#/papers">See all {PAPER_IDS.length} papers</a>.</p>
      </div>
    );
  }
  const paper = PAPERS[paperId];
  const guide = PAPER_GUIDES[paperId];
  const steps = PAPER_TRY_IT[paperId];
  const demos = demosForPaper(paperId);
  const related = relatedPapers(paperId);
  const index = PAPER_IDS.indexOf(paperId);
  return (
    <article className="papers paper">
      <p className="paper-breadcrumb"><a href="#/papers">Papers</a> / <a href={`#/papers?theme=${encodeURIComponent(paper.theme)}`}>{paper.theme}</a></p>
      <h1>{PAPER_TITLES[paperId]}</h1>
      <p className="paper-meta">
        {paper.shortName} · paper {paper.number} of {PAPER_IDS.length}{guide.year ? ` · ${guide.year}` : ''}
        {guide.links.map((l) => <span key={l.url}> · <a href={l.url} target="_blank" rel="noopener noreferrer">{l.label}</a></span>)}
      </p>
      <p className="paper-key-idea paper-key-idea-large"><strong>Key idea.</strong> {guide.keyIdea}</p>
      <h2>In short</h2>
      <p className="paper-summary">{guide.summary}</p>
      <h2>What to try</h2>
      <ol className="paper-steps">
        {steps.map((step, i) => (
          <li key={i}>
            <a className="try-link" href={tryStepHref(step)}>Open {tryStepLabel(step.demo, step.preset)}</a>
            {step.relation === 'nearest' && <span className="nearest-note"> (the nearest demo built so far)</span>}
            <p>{step.text}</p>
          </li>
        ))}
      </ol>
      <h2>How the sandbox shows it</h2>
      {demos.some((l) => l.relation === 'shows') ? (
        <p><FidelityBadge fidelity={paper.fidelity} />: {FIDELITY_MEANING[paper.fidelity]}</p>
      ) : (
        <p>
          Its own demo is not built yet; it is planned as <FidelityBadge fidelity={paper.fidelity} /> ({FIDELITY_MEANING[paper.fidelity]})
          {' '}Until then, these demos show the ideas it builds on:
        </p>
      )}
      <ul className="paper-demos">
        {demos.map(({ demo, relation }) => (
          <li key={demo.id}>
            <a href={`#/demos/${demo.id}`}>{demo.title}</a>
            {relation === 'nearest' ? ' (nearest demo)' : ''}: {demo.summary}
          </li>
        ))}
      </ul>
      {related.length > 0 && (
        <>
          <h2>Related papers</h2>
          <ul className="paper-related">
            {related.map((id) => (
              <li key={id}><a href={`#/papers/${id}`}>{PAPERS[id].shortName}</a>: {PAPER_GUIDES[id].keyIdea}</li>
            ))}
          </ul>
        </>
      )}
      <nav className="paper-neighbours" aria-label="Neighbouring papers">
        <Neighbour id={PAPER_IDS[index - 1]} rel="prev" />
        <Neighbour id={PAPER_IDS[index + 1]} rel="next" />
      </nav>
    </article>
  );
}
