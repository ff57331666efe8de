// The run bar: Play/Pause, Step, Reset (the same run again), New seed, the seed and runs boxes, the speed, and a
// live counter of steps and episodes.
import { useEffect, useState } from 'react';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import type { Experiment } from '../../state/experiment-url.ts';
import { runController } from '../../state/run-controller.ts';
import { useRunStore } from '../../state/run-store.ts';
import { SPEEDS, type SpeedId } from '../../engine/speed.ts';
import { RunCounter } from './run-counter.tsx';

function CommitBox({ label, value, onCommit, width }: {
  label: string; value: number; width: string; onCommit: (raw: string) => string | null;
}) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { setText(String(value)); setError(null); }, [value]);
  const commit = () => setError(onCommit(text));
  return (
    <label className="run-field">
      <span>{label}</span>
      <input type="text" inputMode="numeric" className="tabular" style={{ width }} value={text}
        aria-invalid={error !== null} onChange={(e) => setText(e.target.value)} onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
      {error && <span className="run-field-error" role="alert">{error}</span>}
    </label>
  );
}

export function RunBar({ demo, experiment }: { demo: AnyDemo; experiment: Experiment }) {
  const playing = useRunStore((s) => s.playing);
  const failed = useRunStore((s) => s.failed);
  const speed = useRunStore((s) => s.speed);
  const mode = useRunStore((s) => s.mode);
  const finished = useRunStore((s) => s.snapshot?.finished ?? false);
  return (
    <section className="run-bar" aria-label="Run">
      <div className="run-buttons">
        <button type="button" className="primary play-button" disabled={failed || finished} onClick={() => runController.togglePlay()}
          aria-keyshortcuts="Space">
          {playing && !finished ? 'Pause' : 'Play'}
        </button>
        <button type="button" disabled={failed || finished} onClick={() => void runController.step()} aria-keyshortcuts="ArrowRight">Step</button>
        <button type="button" onClick={() => runController.reset()} aria-keyshortcuts="R">Reset</button>
        <button type="button" onClick={() => runController.newSeed()}>New seed</button>
      </div>
      <div className="run-settings">
        <CommitBox label="Seed" value={experiment.seed} width="7.5rem" onCommit={(raw) => runController.setSeed(raw)} />
        <CommitBox label="Runs" value={experiment.runs} width="4.5rem" onCommit={(raw) => runController.setRuns(raw)} />
        <label className="run-field">
          <span>Speed</span>
          <select value={speed} onChange={(e) => void runController.setSpeed(e.target.value as SpeedId)}>
            {SPEEDS.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </select>
        </label>
      </div>
      <RunCounter demo={demo} />
      {finished && (
        <p className="run-mode" role="status">Finished: every agent has converged (or taken all its gradient steps). Reset runs it again.</p>
      )}
      {mode === 'main-thread' && (
        <p className="run-mode">Web Workers are unavailable here: the run shares the page’s thread.</p>
      )}
    </section>
  );
}
