// The home page: what the sandbox is, then every demo as a card, grouped by theme.
import { DEMO_CARDS } from '../../demos/demo-cards.ts';
import { PAPERS } from '../../papers/papers.ts';
import type { DemoTheme } from '../../demos/demo-spec.ts';
import './home.css';

const THEME_ORDER: readonly DemoTheme[] = [
  'Foundations', 'Exploration', 'Bandits', 'Offline RL', 'Entropy control', 'Safety and models', 'Learning with people',
];

export function HomePage() {
  const themes = THEME_ORDER.filter((t) => DEMO_CARDS.some((d) => d.theme === t));
  return (
    <div className="home">
      <section className="hero">
        <h1>Watch reinforcement learning happen</h1>
        <p>
          Small worlds, real agents learning live in your browser. Change any setting while they run, compare agents on
          the same problems, and follow each demo to the papers behind it. Every experiment is a link you can share.
        </p>
      </section>
      {themes.map((theme) => (
        <section key={theme} className="theme-section" aria-labelledby={`theme-${theme}`}>
          <h2 id={`theme-${theme}`}>{theme}</h2>
          <ul className="demo-cards">
            {DEMO_CARDS.filter((d) => d.theme === theme).map((demo) => (
              <li key={demo.id} className="demo-card">
                <h3><a href={`#/demos/${demo.id}`}>{demo.title}</a></h3>
                <p>{demo.summary}</p>
                <p className="demo-card-papers">
                  <span className="visually-hidden">Papers: </span>
                  {demo.papers.map((p) => (
                    <a key={p} href={`#/papers/${p}`} className="paper-chip">{PAPERS[p].shortName}</a>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
