// The app shell: follows the hash route (home, a demo, the papers), applies the theme, and lazy-loads the demo and paper pages
// (charts, canvas, KaTeX) so the home page stays small.
import { lazy, Suspense, useEffect } from 'react';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { parseRoute, showPage } from '../../state/route-url.ts';
import { SiteHeader } from '../layout/site-header.tsx';
import { LinkNotices } from '../layout/link-notices.tsx';
import { HomePage } from '../home/home-page.tsx';

const DemoPage = lazy(() => import('../demo/demo-page.tsx').then((m) => ({ default: m.DemoPage })));
// The paper pages carry every summary and try-it step: loaded when first opened, not with the home page.
const PapersPage = lazy(() => import('../papers/papers-page.tsx').then((m) => ({ default: m.PapersPage })));
const PaperPage = lazy(() => import('../papers/paper-page.tsx').then((m) => ({ default: m.PaperPage })));
const CoveragePage = lazy(() => import('../papers/coverage-page.tsx').then((m) => ({ default: m.CoveragePage })));

export function App() {
  const route = useExperimentStore((s) => s.route);
  const theme = useUiStore((s) => s.theme);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    // The run controller brings every demo's spec: it loads with the first demo route, and from then on follows
    // every route (it pauses the run when the page changes).
    let controller: { syncFromLocation(): void } | null = null;
    const sync = () => {
      const parsed = parseRoute(location.hash);
      if (controller) controller.syncFromLocation();
      else if (parsed.route.page !== 'demo') showPage(parsed);
      else {
        void import('../../state/run-controller.ts').then(({ runController }) => {
          controller = runController;
          runController.syncFromLocation();
        });
      }
    };
    sync();
    addEventListener('hashchange', sync);
    return () => removeEventListener('hashchange', sync);
  }, []);

  useEffect(() => {
    const titles: Record<string, string> = { home: 'RL Sandbox', papers: 'Papers · RL Sandbox' };
    if (titles[route.page]) document.title = titles[route.page];
    if (route.page !== 'demo') window.scrollTo(0, 0);
  }, [route]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <LinkNotices />
        {route.page === 'home' && <HomePage />}
        {route.page === 'demo' && (
          <Suspense fallback={<p className="loading">Loading the demo…</p>}>
            <DemoPage key={route.demoId} demoId={route.demoId} />
          </Suspense>
        )}
        {(route.page === 'papers' || route.page === 'paper' || route.page === 'coverage') && (
          <Suspense fallback={<p className="loading">Loading the papers…</p>}>
            {route.page === 'papers' && <PapersPage />}
            {route.page === 'paper' && <PaperPage paperId={route.paperId} />}
            {route.page === 'coverage' && <CoveragePage />}
          </Suspense>
        )}
      </main>
    </>
  );
}
