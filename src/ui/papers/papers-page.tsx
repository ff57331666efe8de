// The paper library: the 62 seed papers by theme, with how faithfully the sandbox shows each and where to try it.
import { PAPERS, PAPER_IDS, type PaperTheme } from '../../papers/papers.ts';
import { demosForPaper } from './paper-links.ts';
import './papers.css';

export function PapersPage() {
  const themes = [...new Set(PAPER_IDS.map((id) => PAPERS[id].theme))] as PaperTheme[];
  return (
    <div className="papers">
      <h1>Papers</h1>
      <p className="papers-intro">
        The {PAPER_IDS.length} papers the sandbox is built from, grouped by theme. Open one to see which demos show its idea.
      </p>
      {themes.map((theme) => (
        <section key={theme} aria-labelledby={`papers-${theme}`}>
          <h2 id={`papers-${theme}`}>{theme}</h2>
          <ul className="paper-list">
            {PAPER_IDS.filter((id) => PAPERS[id].theme === theme).map((id) => {
              const paper = PAPERS[id];
              const demos = demosForPaper(id);
              return (
                <li key={id}>
                  <a href={`#/papers/${id}`} className="paper-title">{paper.title}</a>
                  <span className="paper-meta">
                    {paper.shortName} · <span className={`fidelity fidelity-${paper.fidelity}`}>{paper.fidelity}</span>
                    {demos.length > 0 && <> · try it in {demos.map((d) => d.title).join(', ')}</>}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
