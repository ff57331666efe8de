// The live counter: steps (or sweeps) and episodes so far, in tabular figures so it does not jitter.
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { useRunStore } from '../../state/run-store.ts';

const number = new Intl.NumberFormat('en');

export function RunCounter({ demo }: { demo: AnyDemo }) {
  const snapshot = useRunStore((s) => s.snapshot);
  const watched = useRunStore((s) => s.watched);
  const agent = snapshot?.agents.find((a) => a.id === watched) ?? snapshot?.agents[0];
  const ticks = snapshot?.ticks ?? 0;
  return (
    <p className="run-counter tabular" aria-live="off" data-testid="run-counter">
      <span><span className="counter-label">{agent?.kind === 'planner' ? demo.plannerTick ?? 'Sweep' : 'Step'}</span> <strong data-testid="tick-count">{number.format(ticks)}</strong></span>
      {demo.x === 'episode' && agent?.kind === 'learner' && (
        <span><span className="counter-label">Episode</span> <strong data-testid="episode-count">{number.format(agent.episodes)}</strong></span>
      )}
      {snapshot && snapshot.runs > 1 && <span className="counter-label">× {snapshot.runs} runs</span>}
    </p>
  );
}
