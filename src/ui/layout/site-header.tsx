// The bar at the top of every page: the name (home link), the main sections and the theme switch.
import { useExperimentStore } from '../../state/experiment-store.ts';
import { ThemeToggle } from './theme-toggle.tsx';

export function SiteHeader() {
  const page = useExperimentStore((s) => s.route.page);
  return (
    <header className="site-header">
      <a className="brand" href="#/">
        <img src="./favicon.svg" alt="" width="24" height="24" />
        <span>RL Sandbox</span>
      </a>
      <nav aria-label="Main">
        <a href="#/" aria-current={page === 'home' || page === 'demo' ? 'page' : undefined}>Demos</a>
        <a href="#/papers" aria-current={page === 'papers' || page === 'paper' || page === 'coverage' ? 'page' : undefined}>Papers</a>
      </nav>
      <ThemeToggle />
    </header>
  );
}
