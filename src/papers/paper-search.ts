// The paper library's search, filters and sort, as a pure function of the query (the page keeps it in the URL).
import { PAPERS, PAPER_IDS, type Fidelity, type PaperId, type PaperTheme } from './papers.ts';
import { PAPER_GUIDES } from './paper-guides.ts';
import { PAPER_TITLES } from './paper-titles.ts';

export type PaperSort = 'seed' | 'title' | 'theme' | 'fidelity';
export const PAPER_SORTS: readonly PaperSort[] = ['seed', 'title', 'theme', 'fidelity'];
export const SORT_LABELS: Record<PaperSort, string> = {
  seed: 'Seed list order', title: 'Title A–Z', theme: 'Theme', fidelity: 'Most faithful first',
};
export const FIDELITIES: readonly Fidelity[] = ['direct', 'analogue', 'context-only'];
export const THEMES: readonly PaperTheme[] = [...new Set(PAPER_IDS.map((id) => PAPERS[id].theme))];

export interface PaperQuery {
  /** Words that must all appear (in any order) in the title, short name, summary or key idea. */
  readonly text: string;
  readonly theme: PaperTheme | null;
  readonly fidelity: Fidelity | null;
  readonly sort: PaperSort;
}

export const EMPTY_QUERY: PaperQuery = { text: '', theme: null, fidelity: null, sort: 'seed' };

/** Lower case, accents and punctuation folded away, so "Go-Explore" matches "go explore" and "goexplore" does not. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const searchable: Record<PaperId, string> = Object.fromEntries(PAPER_IDS.map((id) => {
  const p = PAPERS[id];
  const g = PAPER_GUIDES[id];
  return [id, ` ${foldText([PAPER_TITLES[id], p.shortName, p.theme, g.keyIdea, g.summary].join(' '))} `];
})) as Record<PaperId, string>;

/** Each word must start a word of the paper's text: "explor" finds exploration, "lor" does not. */
function matchesText(id: PaperId, text: string): boolean {
  const words = foldText(text).split(' ').filter(Boolean);
  return words.every((w) => searchable[id].includes(` ${w}`));
}

const fidelityRank = (f: Fidelity) => FIDELITIES.indexOf(f);

export function searchPapers(query: PaperQuery): PaperId[] {
  const hits = PAPER_IDS.filter((id) => (
    (query.theme === null || PAPERS[id].theme === query.theme)
    && (query.fidelity === null || PAPERS[id].fidelity === query.fidelity)
    && matchesText(id, query.text)
  ));
  const bySeed = (a: PaperId, b: PaperId) => PAPERS[a].number - PAPERS[b].number;
  const compare: Record<PaperSort, (a: PaperId, b: PaperId) => number> = {
    seed: bySeed,
    title: (a, b) => PAPER_TITLES[a].localeCompare(PAPER_TITLES[b], 'en', { sensitivity: 'base' }),
    theme: (a, b) => THEMES.indexOf(PAPERS[a].theme) - THEMES.indexOf(PAPERS[b].theme) || bySeed(a, b),
    fidelity: (a, b) => fidelityRank(PAPERS[a].fidelity) - fidelityRank(PAPERS[b].fidelity) || bySeed(a, b),
  };
  return hits.sort(compare[query.sort]);
}

/** The query from the library's URL query string (?q=…&theme=…&fidelity=…&sort=…); unknown values are dropped. */
export function parsePaperQuery(search: string): PaperQuery {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return EMPTY_QUERY;
  }
  const theme = params.get('theme');
  const fidelity = params.get('fidelity');
  const sort = params.get('sort');
  return {
    text: params.get('q') ?? '',
    theme: THEMES.find((t) => t === theme) ?? null,
    fidelity: FIDELITIES.find((f) => f === fidelity) ?? null,
    sort: PAPER_SORTS.find((s) => s === sort) ?? 'seed',
  };
}

/** The URL query string for a library query: only what differs from the empty query. */
export function formatPaperQuery(query: PaperQuery): string {
  const params = new URLSearchParams();
  if (query.text.trim()) params.set('q', query.text.trim());
  if (query.theme) params.set('theme', query.theme);
  if (query.fidelity) params.set('fidelity', query.fidelity);
  if (query.sort !== 'seed') params.set('sort', query.sort);
  return params.toString();
}

/**
 * Papers related to one: those planned for the same catalogue demo (the mechanism they share) or on the same theme,
 * closest first (a shared catalogue demo outweighs a shared theme), at most `max`.
 */
export function relatedPapers(id: PaperId, max = 5): PaperId[] {
  const mine = new Set<string>(PAPERS[id].catalogueDemos);
  const scored = PAPER_IDS.filter((other) => other !== id).map((other) => {
    const shared = PAPERS[other].catalogueDemos.filter((d) => mine.has(d)).length;
    return { other, score: 4 * shared + (PAPERS[other].theme === PAPERS[id].theme ? 3 : 0) };
  }).filter((s) => s.score > 0);
  scored.sort((a, b) => b.score - a.score || PAPERS[a.other].number - PAPERS[b.other].number);
  return scored.slice(0, max).map((s) => s.other);
}
