// The app shell: for now the home page, demo cards grouped by theme, straight from the registry.
import { DEMOS } from '../../demos/registry.ts';
import { PAPERS } from '../../papers/papers.ts';

export function App() {
  const themes = [...new Set(DEMOS.map((d) => d.theme))];
  return (
    <main className="home">
      <header>
        <h1>RL Sandbox</h1>
        <p>Small worlds, real agents learning live, and the papers behind them.</p>
      </header>
      {themes.map((theme) => (
        <section key={theme} aria-labelledby={`theme-${theme}`}>
          <h2 id={`theme-${theme}`}>{theme}</h2>
          <ul className="cards">
            {DEMOS.filter((d) => d.theme === theme).map((demo) => (
              <li key={demo.id} className="card">
                <h3>{demo.title}</h3>
                <p>{demo.summary}</p>
                <p className="papers">{demo.papers.map((p) => PAPERS[p].shortName).join(' · ')}</p>
                <code>npm run sim -- {demo.id}</code>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
