// Final return against α (catalogue D10): for each α on a log grid, the score of a table cloned from as many
// transitions as the learners draw (gradient steps × 64), under RW and under AW sampling, computed exactly on the
// world's model; uniform sampling as a flat line; and each network learner's latest score at the run's α, so the
// table's curve can be checked against the real thing.
import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { TabularModel } from '../../core/envs/tabular-model.ts';
import type { OfflineDataset } from '../../core/data/offline-dataset.ts';
import { logGrid, sampledCloneScore } from '../../core/data/weighted-cloning.ts';
import { createRng } from '../../core/rng/rng.ts';
import { seriesKey, useMetricsStore } from '../../state/metrics-store.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import { agentColor } from '../theme/palette.ts';

const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };
const ALPHAS = logGrid(0.01, 2, 12);
const TICKS = [0.01, 0.03, 0.1, 0.3, 1, 2];
/** The learners' minibatch size: the table draws as many transitions as they do. */
const BATCH = 64;
const selectVersion = (s: ReturnType<typeof useMetricsStore.getState>) => s.version;

interface Props {
  readonly model: TabularModel;
  readonly dataset: OfflineDataset;
  readonly alpha: number;
  readonly gradientSteps: number;
  readonly seed: number;
  readonly sampling: string;
  readonly agents: readonly { readonly id: string; readonly label: string }[];
}

export function AlphaSweepChart({ model, dataset, alpha, gradientSteps, seed, sampling, agents }: Props) {
  const draws = gradientSteps * BATCH;
  const curve = useMemo(() => {
    const rng = createRng(`alpha-sweep:${seed}`);
    return {
      uniform: sampledCloneScore(model, dataset, 'uniform', 1, draws, rng.fork('uniform')),
      points: ALPHAS.map((a, i) => ({
        alpha: a,
        rw: sampledCloneScore(model, dataset, 'rw', a, draws, rng.fork(`rw${i}`)),
        aw: sampledCloneScore(model, dataset, 'aw', a, draws, rng.fork(`aw${i}`)),
      })),
    };
  }, [model, dataset, draws, seed]);
  useThrottledStore(useMetricsStore, selectVersion, { intervalMs: 500 });
  const series = useMetricsStore.getState().series;
  const learners = agents.flatMap((agent, i) => {
    const mean = series[seriesKey(agent.id, 'eval/normalized-score')]?.mean ?? [];
    const last = mean.length > 0 ? mean[mean.length - 1]! : null;
    return last === null || !Number.isFinite(last) ? [] : [{ ...agent, color: agentColor(i), point: [{ alpha, score: last }] }];
  });
  return (
    <figure className="reweighting-figure" data-testid="alpha-sweep">
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={curve.points} margin={{ top: 10, right: 16, bottom: 18, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="alpha" type="number" scale="log" domain={[0.008, 2.5]} ticks={TICKS} allowDataOverflow stroke="var(--text-muted)" fontSize={11}
            label={{ value: 'reweighting α (log scale)', position: 'insideBottom', offset: -10, fill: 'var(--text-muted)' }} />
          <YAxis domain={[-10, 100]} ticks={[0, 25, 50, 75, 100]} stroke="var(--text-muted)" width={40} />
          <Tooltip contentStyle={TOOLTIP_STYLE} labelFormatter={(a) => `α = ${Number(a).toPrecision(2)}`}
            formatter={(v, name) => [Number(v).toFixed(0), String(name)]} />
          <Legend verticalAlign="top" height={24} />
          <ReferenceLine y={curve.uniform} stroke="var(--text-muted)" strokeDasharray="4 3"
            label={{ value: `uniform ${curve.uniform.toFixed(0)}`, position: 'insideBottomRight', fill: 'var(--text-muted)', fontSize: 11 }} />
          {sampling !== 'uniform' && <ReferenceLine x={alpha} stroke="var(--accent)" strokeDasharray="2 2" />}
          {/* Neutral lines, so the learners' dots keep their agent colours. */}
          <Line dataKey="rw" name="table, RW" stroke="var(--text)" dot={false} strokeWidth={2} isAnimationActive={false} />
          <Line dataKey="aw" name="table, AW" stroke="var(--text-muted)" strokeDasharray="6 3" dot={false} strokeWidth={2} isAnimationActive={false} />
          {sampling !== 'uniform' && learners.map((l) => (
            <Scatter key={l.id} name={`${l.label} (network)`} data={l.point} dataKey="score" fill={l.color} isAnimationActive={false} />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
      <figcaption>
        Normalised score (random 0, expert 100) of behaviour cloning with a table for a policy, trained on {draws.toLocaleString('en-US')} sampled
        transitions (as many as each network draws), computed exactly for each α. Too large an α is nearly uniform; too small puts every draw
        on a handful of episodes and leaves the cells only the others visit unlearnt.
        {sampling !== 'uniform' ? ' Dots: each network learner’s latest score at this run’s α.' : ' Choose rw or aw under Sampling to mark this run’s α and its learners.'}
      </figcaption>
    </figure>
  );
}
