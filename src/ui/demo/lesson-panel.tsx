// "What to notice": the demo's lesson, and the papers behind it with their key ideas (first those it shows, then
// those whose own demo is not built yet and send their readers here).
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { PAPERS } from '../../papers/papers.ts';
import { PAPER_GUIDES } from '../../papers/paper-guides.ts';
import { papersForDemo } from '../../papers/paper-demo-links.ts';

export function LessonPanel({ demo }: { demo: AnyDemo }) {
  const links = papersForDemo(demo);
  const shows = links.filter((l) => l.relation === 'shows');
  const nearest = links.filter((l) => l.relation === 'nearest');
  return (
    <section className="panel lesson" aria-labelledby="lesson-title">
      <h2 id="lesson-title">What to notice</h2>
      <ul>{demo.lesson.map((line) => <li key={line}>{line}</li>)}</ul>
      <h3>Papers this demo shows</h3>
      <ul className="lesson-papers">
        {shows.map(({ paperId }) => (
          <li key={paperId}>
            <a href={`#/papers/${paperId}`}>{PAPERS[paperId].shortName}</a>: {PAPER_GUIDES[paperId].keyIdea}
          </li>
        ))}
      </ul>
      {nearest.length > 0 && (
        <details className="lesson-nearest">
          <summary>{nearest.length} more paper{nearest.length > 1 ? 's' : ''} whose own demo is not built yet point here</summary>
          <ul className="lesson-papers">
            {nearest.map(({ paperId }) => (
              <li key={paperId}><a href={`#/papers/${paperId}`}>{PAPERS[paperId].shortName}</a>: {PAPER_GUIDES[paperId].keyIdea}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
