// "Show the math being run": the watched agent's update rule typeset with KaTeX (loaded only here), and the live
// values of its hyperparameters under it, so moving a slider visibly changes the number in the equation.
import { useEffect, useRef, useState } from 'react';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import type { Experiment } from '../../state/experiment-url.ts';
import { useRunStore } from '../../state/run-store.ts';

type Katex = typeof import('katex');
let katexPromise: Promise<Katex> | null = null;
const loadKatex = () => (katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => (m.default ?? m) as Katex));

function Tex({ tex, label }: { tex: string; label: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void loadKatex().then((katex) => {
      if (!live || !ref.current) return;
      katex.render(tex, ref.current, { throwOnError: false, displayMode: true, output: 'html' });
      setReady(true);
    });
    return () => { live = false; };
  }, [tex]);
  return (
    <span className="tex" role="math" aria-label={label}>
      <span ref={ref} aria-hidden="true" />
      {!ready && <code>{tex}</code>}
    </span>
  );
}

const show = (v: unknown) => (typeof v === 'number' ? String(Number(v.toPrecision(4))) : String(v));

export function UpdateRule({ demo, experiment }: { demo: AnyDemo; experiment: Experiment }) {
  const watched = useRunStore((s) => s.watched);
  const agent = demo.agents.find((a) => a.id === watched) ?? demo.agents.find((a) => a.id === experiment.agents[0]);
  if (!agent) return null;
  const symbols = demo.controls.filter((c) => c.symbol && (!c.agents || c.agents.includes(agent.id)));
  const values = symbols.map((c) => `${c.symbol} = ${show(experiment.params[c.key])}`).join(',\\quad ');
  return (
    <section className="update-rule" aria-labelledby="rule-title">
      <h3 id="rule-title">{agent.label}: the update it runs</h3>
      <Tex tex={agent.rule} label={`${agent.label} update rule`} />
      {values && <Tex tex={`\\text{with } ${values}`} label={symbols.map((c) => `${c.label} = ${show(experiment.params[c.key])}`).join(', ')} />}
    </section>
  );
}
