// The app shell: follows the hash route (home, a demo, the papers), applies the theme, and lazy-loads the demo page
// (charts, canvas, KaTeX) so the home page stays small.
import { lazy, Suspense, useEffect } from 'react';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { runController } from '../../state/run-controller.ts';
import { SiteHeader } from '../layout/site-header.tsx';
import { LinkNotices } from '../layout/link-notices.tsx';
import { HomePage } from '../home/home-page.tsx';
import { PapersPage } from '../papers/papers-page.tsx';
import { PaperPage } from '../papers/paper-page.tsx';
import { CoveragePage } from '../papers/coverage-page.tsx';

const DemoPage = lazy(() => import('../demo/demo-page.tsx').then((m) => ({ default: m.DemoPage })));

export function App() {
  const route = useExperimentStore((s) => s.route);
  const theme = useUiStore((s) => s.theme);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const sync = () => runController.syncFromLocation();
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
        {route.page === 'papers' && <PapersPage />}
        {route.page === 'paper' && <PaperPage paperId={route.paperId} />}
        {route.page === 'coverage' && <CoveragePage />}
        {route.page === 'demo' && (
          <Suspense fallback={<p className="loading">Loading the demo…</p>}>
            <DemoPage key={route.demoId} demoId={route.demoId} />
          </Suspense>
        )}
      </main>
    </>
  );
}
