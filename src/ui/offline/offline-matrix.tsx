// The datasets × algorithms matrix and the TQ–SACo scatter (catalogue D7, after the dataset-perspective paper):
// every compared learner trained on each kind of dataset, off the main thread, cell by cell. The table gives each
// final normalised score; the scatter places each dataset by its coverage (across) and quality (up), coloured by
// the chosen learner's score, so which learners need quality and which need coverage can be read off.
import { useEffect, useState } from 'react';
import { CartesianGrid, Cell, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, LabelList } from 'recharts';
import type { MatrixCell } from '../../engine/offline-matrix.ts';
import type { ParamValue } from '../../demos/control-spec.ts';
import { startOfflineMatrix } from '../../engine/worker/offline-matrix-client.ts';
import type { FromOfflineMatrix, OfflineMatrixRequest } from '../../engine/worker/offline-matrix-protocol.ts';
import { useWorkerTask } from '../hooks/use-worker-task.ts';

const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };

interface Props {
  readonly demoId: string;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly seed: number;
  readonly datasets: readonly string[];
  readonly agents: readonly { readonly id: string; readonly label: string }[];
}

/** Score 0–100 as a fill: red through the surface to green. */
function scoreFill(score: number): string {
  if (!Number.isFinite(score)) return 'var(--surface-2)';
  const share = Math.max(0, Math.min(1, score / 100));
  return share >= 0.5
    ? `color-mix(in srgb, var(--cell-goal) ${Math.round((share - 0.5) * 160)}%, var(--surface))`
    : `color-mix(in srgb, var(--error) ${Math.round((0.5 - share) * 160)}%, var(--surface))`;
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');

export function OfflineMatrix({ demoId, params, seed, datasets, agents }: Props) {
  const { items: cells, state, message, seconds, run, stop, clear } = useWorkerTask<OfflineMatrixRequest, FromOfflineMatrix, MatrixCell>(
    startOfflineMatrix, (m) => (m.type === 'cell' ? m.cell : undefined),
  );
  const [colourBy, setColourBy] = useState(agents[0]?.id ?? '');
  const settingsKey = JSON.stringify({ ...params, dataset: null, seed, agents: agents.map((a) => a.id) });
  // Other settings make the matrix stale: stop it and clear it.
  useEffect(clear, [settingsKey]);
  useEffect(() => { if (!agents.some((a) => a.id === colourBy)) setColourBy(agents[0]?.id ?? ''); }, [agents, colourBy]);

  const total = datasets.length * agents.length;
  const byDataset = datasets.map((dataset) => ({ dataset, cells: cells.filter((c) => c.dataset === dataset) }));
  const dots = byDataset.flatMap(({ dataset, cells: row }) => {
    const cell = row.find((c) => c.agentId === colourBy);
    return cell ? [{ dataset, tq: cell.tq, saco: cell.saco, score: cell.score }] : [];
  });
  const start = () => run({ demoId, params, seed, options: { datasets, agents: agents.map((a) => a.id) } });
  return (
    <section className="offline-matrix" aria-label="Datasets × algorithms" data-testid="offline-matrix" data-cells={cells.length}>
      <div className="offline-matrix-head">
        <h3 className="offline-heading">Datasets × algorithms</h3>
        {state === 'running'
          ? <button type="button" onClick={stop}>Stop matrix</button>
          : <button type="button" onClick={start} disabled={agents.length === 0}>Run the matrix</button>}
      </div>
      <p className="offline-muted">
        Trains each compared learner on each kind of dataset (with the settings above, {Number(params.gradientSteps).toLocaleString('en')} gradient
        steps each, seed {seed}) and scores it in the real world: {total} trainings, one after another in the
        background. IQL takes several times longer than the others.
      </p>
      {state === 'running' && (
        <p className="offline-status" role="status">
          {cells.length} of {total} done ({Math.round(seconds)} s)…
          <progress max={total} value={cells.length} aria-label="Matrix progress" />
        </p>
      )}
      {state === 'error' && <p className="offline-error" role="alert">The matrix stopped: {message}</p>}
      {cells.length > 0 && (
        <table className="offline-table tabular">
          <caption>Normalised score (random 0, expert 100): mean of the last 10% of evaluations</caption>
          <thead>
            <tr>
              <th scope="col">dataset</th><th scope="col">TQ</th><th scope="col">SACo</th>
              {agents.map((a) => <th key={a.id} scope="col">{a.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {byDataset.filter((r) => r.cells.length > 0).map(({ dataset, cells: row }) => (
              <tr key={dataset}>
                <th scope="row">{dataset}</th>
                <td>{fmt(row[0]!.tq)}</td>
                <td>{fmt(row[0]!.saco)}</td>
                {agents.map((a) => {
                  const cell = row.find((c) => c.agentId === a.id);
                  return <td key={a.id} style={{ background: cell ? scoreFill(cell.score) : undefined }}>{cell ? Math.round(cell.score) : ''}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dots.length > 0 && (
        <div className="offline-scatter" data-testid="tq-saco-scatter" data-points={dots.length}>
          <label>
            Colour the datasets by the score of{' '}
            <select value={colourBy} onChange={(e) => setColourBy(e.target.value)}>
              {agents.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
            </select>
          </label>
          <ResponsiveContainer width="100%" height={260}>
            <ScatterChart margin={{ top: 16, right: 24, bottom: 20, left: 8 }}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis dataKey="saco" type="number" name="SACo" domain={[0, 'auto']} stroke="var(--text-muted)"
                label={{ value: 'SACo (coverage)', position: 'insideBottomRight', offset: -10, fill: 'var(--text-muted)' }} />
              <YAxis dataKey="tq" type="number" name="TQ" domain={[-0.05, 1.05]} ticks={[0, 0.25, 0.5, 0.75, 1]} stroke="var(--text-muted)"
                label={{ value: 'TQ (quality)', angle: -90, position: 'insideLeft', fill: 'var(--text-muted)' }} />
              <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(v, name) => [typeof v === 'number' ? v.toFixed(2) : String(v), name]} />
              <Scatter data={dots} isAnimationActive={false}>
                {dots.map((d) => <Cell key={d.dataset} fill={scoreFill(d.score)} stroke="var(--text)" strokeWidth={1} />)}
                <LabelList dataKey="dataset" position="right" style={{ fill: 'var(--text)', fontSize: 11 }} />
              </Scatter>
            </ScatterChart>
          </ResponsiveContainer>
          <p className="offline-muted">Each dot is a dataset; its fill is the learner’s score, red (0) through pale to green (100).</p>
        </div>
      )}
    </section>
  );
}
