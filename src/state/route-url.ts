// The page part of the URL (#/, #/demos/<id>, #/papers, #/papers/<id>, #/coverage), read without the demos' full
// specs: the home and paper pages open from it alone, and only a demo route loads the specs and the run controller
// (experiment-url.ts reads the rest of a demo link).
import { findDemoCard } from '../demos/demo-cards.ts';
import { useExperimentStore } from './experiment-store.ts';

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'demo'; readonly demoId: string }
  | { readonly page: 'papers' }
  | { readonly page: 'paper'; readonly paperId: string }
  | { readonly page: 'coverage' };

export interface ParsedRoute {
  readonly route: Route;
  /** The text after '?', for a demo route. */
  readonly query: string;
  /** What was wrong with the link, in words for the person who opened it. */
  readonly notices: readonly string[];
}

/** Which page a hash shows. Never throws: an unknown page or demo gives the home page and a notice. */
export function parseRoute(hash: string): ParsedRoute {
  const text = hash.replace(/^#/, '');
  const mark = text.indexOf('?');
  const path = mark < 0 ? text : text.slice(0, mark);
  const query = mark < 0 ? '' : text.slice(mark + 1);
  const parts = path.split('/').filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
  const page = (route: Route, notices: string[] = []): ParsedRoute => ({ route, query: '', notices });
  if (parts.length === 0) return page({ page: 'home' });
  if (parts[0] === 'coverage' && parts.length === 1) return page({ page: 'coverage' });
  if (parts[0] === 'papers' && parts.length <= 2) return page(parts[1] ? { page: 'paper', paperId: parts[1] } : { page: 'papers' });
  if (parts[0] !== 'demos' || parts.length !== 2) return page({ page: 'home' }, [`There is no page at “#${path}”; here is the home page.`]);
  if (!findDemoCard(parts[1])) return page({ page: 'home' }, [`There is no demo called “${parts[1]}”; here are all the demos.`]);
  return { route: { page: 'demo', demoId: parts[1] }, query, notices: [] };
}

export function formatRoute(route: Route): string {
  switch (route.page) {
    case 'home': return '#/';
    case 'papers': return '#/papers';
    case 'paper': return `#/papers/${route.paperId}`;
    case 'coverage': return '#/coverage';
    case 'demo': return `#/demos/${route.demoId}`;
  }
}

/** Replace the hash without a history entry or a hashchange. */
export function writeUrl(hash: string): void {
  if (location.hash !== hash) history.replaceState(null, '', hash);
}

/**
 * Show a page that is not a demo: the route and any notices go to the store, the experiment is cleared, and a
 * faulty link is replaced by the page really shown. Returns false when nothing changed.
 */
export function showPage(parsed: ParsedRoute): boolean {
  const previous = useExperimentStore.getState();
  // Called again for the same URL (React's StrictMode re-runs effects): nothing is new.
  const samePage = previous.route.page !== 'demo' && JSON.stringify(previous.route) === JSON.stringify(parsed.route);
  if (samePage && parsed.notices.length === 0) return false;
  useExperimentStore.setState({ route: parsed.route, linkNotices: parsed.notices, experiment: null });
  if (parsed.notices.length) writeUrl(formatRoute(parsed.route));
  return true;
}
