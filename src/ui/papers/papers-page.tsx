// The paper library: all seed papers, searchable by title and text, filtered by theme and fidelity, sorted, each
// card giving the key idea and links straight into the demos. The query is kept in the URL.
import { PAPER_IDS } from '../../papers/papers.ts';
import {
  EMPTY_QUERY, FIDELITIES, PAPER_SORTS, SORT_LABELS, THEMES, searchPapers, type PaperSort,
} from '../../papers/paper-search.ts';
import { FIDELITY_MEANING } from './paper-links.ts';
import { PaperCard } from './paper-card.tsx';
import { usePaperQuery } from './use-paper-query.ts';
import './papers.css';

export function PapersPage() {
  const [query, setQuery] = usePaperQuery();
  const hits = searchPapers(query);
  const filtered = query.text.trim() !== '' || query.theme !== null || query.fidelity !== null;
  return (
    <div className="papers">
      <h1>Papers</h1>
      <p className="papers-intro">
        The {PAPER_IDS.length} papers the sandbox is built from, each summarised in our own words with the demo that
        lets you see its idea happen. The <a href="#/coverage">coverage table</a> shows every paper against every demo.
      </p>
      <form className="paper-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="paper-search">
          <span>Search</span>
          <input
            type="search" value={query.text} placeholder="e.g. curiosity, offline, entropy"
            onChange={(e) => setQuery({ ...query, text: e.target.value })}
          />
        </label>
        <label>
          <span>Theme</span>
          <select value={query.theme ?? ''} onChange={(e) => setQuery({ ...query, theme: THEMES.find((t) => t === e.target.value) ?? null })}>
            <option value="">All themes</option>
            {THEMES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <fieldset className="fidelity-filter">
          <legend>Fidelity</legend>
          {[null, ...FIDELITIES].map((f) => (
            <label key={f ?? 'any'} title={f ? FIDELITY_MEANING[f] : 'Every level of fidelity'}>
              <input type="radio" name="fidelity" checked={query.fidelity === f} onChange={() => setQuery({ ...query, fidelity: f })} />
              {f ?? 'any'}
            </label>
          ))}
        </fieldset>
        <label>
          <span>Sort</span>
          <select value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.target.value as PaperSort })}>
            {PAPER_SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
          </select>
        </label>
      </form>
      <p className="paper-count" role="status">
        {filtered ? `${hits.length} of ${PAPER_IDS.length} papers` : `All ${PAPER_IDS.length} papers`}
        {filtered && <> · <button type="button" className="link-button" onClick={() => setQuery({ ...EMPTY_QUERY, sort: query.sort })}>Clear filters</button></>}
      </p>
      {hits.length > 0 ? (
        <ul className="paper-cards">{hits.map((id) => <PaperCard key={id} id={id} />)}</ul>
      ) : (
        <p className="paper-empty">No paper matches. Try fewer words, or another theme or fidelity.</p>
      )}
    </div>
  );
}
