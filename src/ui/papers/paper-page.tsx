// One paper: its title, theme, how faithfully the sandbox shows it, and links into the demos that do.
import { useEffect } from 'react';
import { PAPERS, isPaperId } from '../../papers/papers.ts';
import { demosForPaper, FIDELITY_MEANING } from './paper-links.ts';
import './papers.css';

export function PaperPage({ paperId }: { paperId: string }) {
  const known = isPaperId(paperId);
  useEffect(() => {
    if (known) document.title = `${PAPERS[paperId].shortName} · RL Sandbox`;
  }, [known, paperId]);
  if (!known) {
    return (
      <div className="papers">
        <h1>Paper not found</h1>
        <p>There is no paper called “{paperId}”. <a href="#/papers">See all papers</a>.</p>
      </div>
    );
  }
  const paper = PAPERS[paperId];
  const demos = demosForPaper(paperId);
  return (
    <article className="papers paper">
      <p className="paper-breadcrumb"><a href="#/papers">Papers</a> / {paper.theme}</p>
      <h1>{paper.title}</h1>
      <dl className="paper-facts">
        <dt>Short name</dt><dd>{paper.shortName}</dd>
        <dt>Theme</dt><dd>{paper.theme}</dd>
        <dt>How the sandbox shows it</dt>
        <dd><span className={`fidelity fidelity-${paper.fidelity}`}>{paper.fidelity}</span>: {FIDELITY_MEANING[paper.fidelity]}</dd>
      </dl>
      <h2>Try it</h2>
      {demos.length > 0 ? (
        <ul>
          {demos.map((d) => <li key={d.id}><a href={`#/demos/${d.id}`}>{d.title}</a>: {d.summary}</li>)}
        </ul>
      ) : (
        <p>No demo of the sandbox links this paper yet; the catalogue plans it for {paper.catalogueDemos.join(', ') || 'a later demo'}.</p>
      )}
    </article>
  );
}
