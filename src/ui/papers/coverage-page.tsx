// Papers × demos: which demo shows which paper and how (the demo shows its idea, or is the nearest one built),
// with each paper's fidelity, so a teacher can plan a lesson around a demo.
import { useEffect } from 'react';
import { DEMOS } from '../../demos/registry.ts';
import { PAPERS, PAPER_IDS } from '../../papers/papers.ts';
import { demosForPaper } from '../../papers/paper-demo-links.ts';
import { FidelityBadge } from './fidelity-badge.tsx';
import './papers.css';

export function CoveragePage() {
  useEffect(() => { document.title = 'Coverage · RL Sandbox'; }, []);
  const rows = PAPER_IDS.map((id) => ({ id, links: new Map(demosForPaper(id).map((l) => [l.demo.id, l.relation])) }));
  const shows = (demoId: string) => rows.filter((r) => r.links.get(demoId) === 'shows').length;
  return (
    <div className="papers coverage">
      <p className="paper-breadcrumb"><a href="#/papers">Papers</a> / coverage</p>
      <h1>Which demo shows which paper</h1>
      <p className="papers-intro">
        <span className="coverage-mark coverage-shows" aria-hidden="true">●</span> the demo shows the paper’s idea;
        {' '}<span className="coverage-mark coverage-nearest" aria-hidden="true">○</span> the paper’s own demo is not built yet and this is the nearest one.
        Fidelity says how close the small version is to the paper.
      </p>
      <div className="coverage-scroll">
        <table className="coverage-table">
          <thead>
            <tr>
              <th scope="col">Paper</th>
              <th scope="col">Fidelity</th>
              {DEMOS.map((d) => <th key={d.id} scope="col"><a href={`#/demos/${d.id}`}>{d.title}</a></th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, links }) => (
              <tr key={id}>
                <th scope="row"><a href={`#/papers/${id}`}>{PAPERS[id].shortName}</a></th>
                <td><FidelityBadge fidelity={PAPERS[id].fidelity} /></td>
                {DEMOS.map((d) => {
                  const relation = links.get(d.id);
                  return (
                    <td key={d.id} className="coverage-cell">
                      {relation === 'shows' && <span className="coverage-mark coverage-shows" title={`${d.title} shows this paper’s idea`}>●<span className="visually-hidden">shows</span></span>}
                      {relation === 'nearest' && <span className="coverage-mark coverage-nearest" title={`${d.title} is the nearest demo`}>○<span className="visually-hidden">nearest</span></span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>Papers each demo shows</th>
              {DEMOS.map((d) => <td key={d.id} className="coverage-cell tabular">{shows(d.id)}</td>)}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
