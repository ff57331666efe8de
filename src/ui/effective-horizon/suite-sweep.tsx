// The suite sweep (catalogue D19): every compared learner on every map of the suite, a few seeds each, off the main
// thread, measuring the episodes until it reaches the best goal reliably (18 of the last 20 episodes). Plotted
// against each map's min-k on a log axis: the paper's point is that sample complexity tracks the effective horizon
// rather than the episode length, so the points should climb to the right and misses gather at large min-k.
import { useMemo } from 'react';
import { CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SweepPoint } from '../../engine/first-success-sweep.ts';
import { useSweep } from '../hooks/use-sweep.ts';
import { HORIZON_WORLDS, type HorizonWorld } from '../../core/envs/gridworld/horizon-suite.ts';
import { agentColor } from '../theme/palette.ts';
import { suiteMinK } from '../../core/algorithms/suite-min-k.ts';
import { SqirlScatter } from './sqirl-scatter.tsx';

export const SUITE_SEEDS = 3;
export const SUITE_BUDGET = 1000;

interface Props {
  readonly demoId: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly seed: number;
  /** The compared learners (planners have no episodes to count). */
  readonly agents: readonly { id: string; label: string }[];
}

interface Dot {
  readonly minK: number;
  readonly episodes: number;
  readonly map: string;
}

/**
 * Each agent's maps as (min-k, median episodes): `reached` where the median is within the budget, `missed` (drawn
 * as crosses on the budget line) where it is not. Maps whose min-k is beyond the table's reach are left out.
 */
export function suiteDots(
  points: readonly SweepPoint[], minKOf: (world: HorizonWorld) => number | null, budget: number,
): { reached: Map<string, Dot[]>; missed: Map<string, Dot[]> } {
  const reached = new Map<string, Dot[]>();
  const missed = new Map<string, Dot[]>();
  for (const p of points) {
    const k = minKOf(p.size as HorizonWorld);
    if (k === null) continue;
    const into = p.median === null ? missed : reached;
    into.set(p.agentId, [...(into.get(p.agentId) ?? []), { minK: k, episodes: p.median ?? budget, map: String(p.size) }]);
  }
  return { reached, missed };
}

const LOG_TICKS = [10, 30, 100, 300, 1000];
const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };

export function SuiteSweep({ demoId, params, seed, agents }: Props) {
  const { points, state, message, seconds, run: start, stop } = useSweep();
  const gamma = Number(params.gamma);
  const shaped = Boolean(params.shaping);
  const minKs = useMemo(
    () => new Map(HORIZON_WORLDS.map((w) => [w, suiteMinK(w, shaped, gamma)])), [gamma, shaped],
  );

  const total = agents.length * HORIZON_WORLDS.length;
  const run = () => start({
    demoId, params, seed,
    options: { agents: agents.map((a) => a.id), sizes: HORIZON_WORLDS, seeds: SUITE_SEEDS, maxEpisodes: SUITE_BUDGET, sizeKey: 'world' },
  });

  const { reached, missed } = suiteDots(points, (w) => minKs.get(w) ?? null, SUITE_BUDGET);
  const maxK = Math.max(1, ...[...minKs.values()].map((k) => k ?? 0));
  const cell = (agentId: string, world: string) => {
    const p = points.find((q) => q.agentId === agentId && q.size === world);
    if (!p) return '';
    return p.median === null ? `> ${SUITE_BUDGET.toLocaleString('en')}` : p.median.toLocaleString('en');
  };
  return (
    <section className="horizon-sweep" aria-label="Suite sweep">
      <div className="horizon-sweep-head">
        <h3>Episodes until the best goal is reached reliably, against min-k</h3>
        {state === 'running'
          ? <button type="button" onClick={stop}>Stop sweep</button>
          : <button type="button" onClick={run} disabled={agents.length === 0}>Run suite sweep</button>}
      </div>
      <p className="horizon-muted">
        {agents.length === 0
          ? 'Compare at least one learner (SQIRL, Q-learning, DQN or PPO) to sweep: planners have no episodes to count.'
          : `Each compared learner on all ${HORIZON_WORLDS.length} maps, ${SUITE_SEEDS} seeds each, up to ${SUITE_BUDGET.toLocaleString('en')} episodes, with the settings above; a map counts as reached at the episode by which 18 of the last 20 episodes ended at its best goal (median over seeds). Tabular learners take seconds, the networks minutes.`}
        {state === 'running' && ` Running: ${points.length} of ${total} points, ${Math.round(seconds)} s.`}
        {state === 'done' && ` Done in ${seconds.toFixed(1)} s. Crosses on the budget line: not reached within it.`}
      </p>
      {state === 'error' && <p className="horizon-error" role="alert">The sweep stopped: {message}</p>}
      {points.length > 0 && (
        <>
          <div className="horizon-sweep-chart" data-testid="suite-sweep" data-points={points.length}>
            <ResponsiveContainer width="100%" height={280}>
              <ScatterChart margin={{ top: 8, right: 20, bottom: 16, left: 8 }}>
                <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
                <XAxis dataKey="minK" type="number" name="min-k" domain={[0, maxK + 1]} allowDecimals={false} stroke="var(--text-muted)"
                  label={{ value: 'min-k of the map', position: 'insideBottomRight', offset: -8, fill: 'var(--text-muted)' }} />
                <YAxis dataKey="episodes" type="number" name="episodes" scale="log" domain={[5, SUITE_BUDGET]} ticks={LOG_TICKS} allowDataOverflow
                  stroke="var(--text-muted)" label={{ value: 'episodes', angle: -90, position: 'insideLeft', fill: 'var(--text-muted)' }} />
                <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(v, name) => [typeof v === 'number' ? v.toLocaleString('en') : String(v), name]} />
                <Legend />
                <ReferenceLine y={SUITE_BUDGET} stroke="var(--text-muted)" strokeDasharray="2 3"
                  label={{ value: 'budget', position: 'insideTopLeft', fill: 'var(--text-muted)', fontSize: 12 }} />
                {agents.map((a, i) => (
                  <Scatter key={a.id} name={a.label} data={reached.get(a.id) ?? []} fill={agentColor(i)} isAnimationActive={false} />
                ))}
                {agents.map((a, i) => (
                  <Scatter key={`${a.id}:missed`} name={`${a.label}: not within the budget`} data={missed.get(a.id) ?? []}
                    fill={agentColor(i)} shape="cross" legendType="none" isAnimationActive={false} />
                ))}
              </ScatterChart>
            </ResponsiveContainer>
          </div>
          <SqirlScatter points={points} budget={SUITE_BUDGET} agents={agents} />
          <table className="min-k-table tabular">
            <caption>Median episodes until reached reliably (&gt; budget: not within it)</caption>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                {HORIZON_WORLDS.map((w) => <th key={w} scope="col">{w}<br />min-k {minKs.get(w) ?? '—'}</th>)}
              </tr>
            </thead>
            <tbody>
              {agents.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.label}</th>
                  {HORIZON_WORLDS.map((w) => <td key={w}>{cell(a.id, w)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
