// The scaling sweep (catalogue D1): a button that runs every compared agent at N = 4…20 (a few seeds each, off the
// main thread) and plots the median episode of first success against N on a log axis, beside the 2ᴺ episodes
// that dithering needs. Exponential growth is a straight line there; optimism's polynomial growth bends away below.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SweepPoint } from '../../engine/first-success-sweep.ts';
import { useSweep } from '../hooks/use-sweep.ts';
import { agentColor } from '../theme/palette.ts';

export const SWEEP_SIZES = Array.from({ length: 17 }, (_, i) => i + 4);
export const SWEEP_SEEDS = 5;
export const SWEEP_BUDGET = 2000;

interface Props {
  readonly demoId: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly seed: number;
  readonly agents: readonly { id: string; label: string }[];
}

type Row = Record<string, number | null>;

/** One chart row per N: each agent's median (null = not within the budget) and the 2ᴺ dithering line. */
export function sweepRows(points: readonly SweepPoint[], sizes: readonly number[]): Row[] {
  return sizes.map((size) => {
    const row: Row = { size, dithering: 2 ** size };
    for (const p of points) if (p.size === size) row[p.agentId] = p.median;
    return row;
  });
}

const LOG_TICKS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
// Theme colours, so the tooltip reads in dark mode too.
const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };
const TOOLTIP_LABEL_STYLE = { color: 'var(--text)' };
const formatEpisodes = (v: number) => (v >= 1e3 ? `${v / 1e3}k` : String(v)).replace('1000k', '1M');

export function ScalingSweep({ demoId, params, seed, agents }: Props) {
  const { points, state, message, seconds, run: start, stop } = useSweep();

  const total = agents.length * SWEEP_SIZES.length;
  const run = () => start({
    demoId, params, seed, options: { agents: agents.map((a) => a.id), sizes: SWEEP_SIZES, seeds: SWEEP_SEEDS, maxEpisodes: SWEEP_BUDGET },
  });

  const rows = sweepRows(points, SWEEP_SIZES);
  const missed = points.filter((p) => p.median === null);
  return (
    <section className="deep-sea-sweep" aria-label="Scaling sweep">
      <div className="deep-sea-sweep-head">
        <h3>Episodes to first success against N</h3>
        {state === 'running'
          ? <button type="button" onClick={stop}>Stop sweep</button>
          : <button type="button" onClick={run}>Run scaling sweep</button>}
      </div>
      <p className="deep-sea-muted">
        Each compared agent at N = 4…20, {SWEEP_SEEDS} seeds each, up to {SWEEP_BUDGET.toLocaleString('en')} episodes; the other
        settings as above. The dashed line is 2ᴺ, the episodes dithering needs; above the dotted budget line nothing is measured.
        {state === 'running' && ` Running: ${points.length} of ${total} points.`}
        {state === 'done' && ` Done in ${seconds.toFixed(1)} s.`}
      </p>
      {state === 'error' && <p className="deep-sea-error" role="alert">The sweep stopped: {message}</p>}
      {points.length > 0 && (
        <div className="deep-sea-sweep-chart" data-testid="scaling-sweep" data-points={points.length}>
          <ResponsiveContainer width="100%" height={280}>
            <LineChart data={rows} margin={{ top: 8, right: 20, bottom: 16, left: 8 }}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis dataKey="size" type="number" domain={[4, 20]} ticks={[4, 8, 12, 16, 20]} stroke="var(--text-muted)"
                label={{ value: 'N', position: 'insideBottomRight', offset: -8, fill: 'var(--text-muted)' }} />
              <YAxis scale="log" domain={[1, 1e6]} ticks={LOG_TICKS} allowDataOverflow tickFormatter={formatEpisodes} stroke="var(--text-muted)"
                label={{ value: 'episodes', angle: -90, position: 'insideLeft', fill: 'var(--text-muted)' }} />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? Math.round(v).toLocaleString('en') : '—')} labelFormatter={(n) => `N = ${n}`}
                contentStyle={TOOLTIP_STYLE} labelStyle={TOOLTIP_LABEL_STYLE}
              />
              <Legend />
              <ReferenceLine y={SWEEP_BUDGET} stroke="var(--text-muted)" strokeDasharray="2 3"
                label={{ value: 'budget', position: 'insideTopLeft', fill: 'var(--text-muted)', fontSize: 12 }} />
              <Line dataKey="dithering" name="2ᴺ (dithering)" stroke="var(--text-muted)" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
              {agents.map((a, i) => (
                <Line key={a.id} dataKey={a.id} name={a.label} stroke={agentColor(i)} strokeWidth={2} connectNulls={false}
                  dot={{ r: 3 }} isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      {missed.length > 0 && (
        <p className="deep-sea-muted">
          Not within {SWEEP_BUDGET.toLocaleString('en')} episodes (median over seeds):{' '}
          {agents.filter((a) => missed.some((p) => p.agentId === a.id)).map((a) => {
            const sizes = missed.filter((p) => p.agentId === a.id).map((p) => Number(p.size));
            return `${a.label} from N = ${Math.min(...sizes)}`;
          }).join('; ')}.
        </p>
      )}
    </section>
  );
}
