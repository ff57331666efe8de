// "What to notice": the demo's lesson, and the papers it links to.
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { PAPERS } from '../../papers/papers.ts';

export function LessonPanel({ demo }: { demo: AnyDemo }) {
  return (
    <section className="panel lesson" aria-labelledby="lesson-title">
      <h2 id="lesson-title">What to notice</h2>
      <ul>{demo.lesson.map((line) => <li key={line}>{line}</li>)}</ul>
      <h3>Papers</h3>
      <ul className="lesson-papers">
        {demo.papers.map((id) => (
          <li key={id}><a href={`#/papers/${id}`}>{PAPERS[id].title}</a> <span className="paper-meta">({PAPERS[id].shortName})</span></li>
        ))}
      </ul>
    </section>
  );
}
