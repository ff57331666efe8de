// The dataset's episodes by discounted return (catalogue D7), with the random and expert reference returns marked:
// random data piles up at 0, expert data at the expert line, mixed data at both.
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistogramBin } from '../../core/data/dataset-metrics.ts';

const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };

interface Props {
  readonly bins: readonly HistogramBin[];
  readonly references: { readonly random: number; readonly expert: number };
}

export function ReturnHistogram({ bins, references }: Props) {
  const data = bins.map((b) => ({ mid: (b.from + b.to) / 2, count: b.count, range: `${b.from.toFixed(3)}–${b.to.toFixed(3)}` }));
  const lo = Math.min(0, ...bins.map((b) => b.from));
  const hi = Math.max(references.expert, ...bins.map((b) => b.to));
  return (
    <figure className="offline-figure offline-histogram" data-testid="return-histogram">
      <ResponsiveContainer width="100%" height={190}>
        <BarChart data={data} margin={{ top: 16, right: 16, bottom: 16, left: 0 }} barCategoryGap={1}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="mid" type="number" domain={[lo, hi * 1.05]} tickFormatter={(v: number) => v.toFixed(2)} stroke="var(--text-muted)"
            label={{ value: 'discounted return of an episode', position: 'insideBottom', offset: -8, fill: 'var(--text-muted)' }} />
          <YAxis allowDecimals={false} stroke="var(--text-muted)" width={44} />
          <Tooltip contentStyle={TOOLTIP_STYLE} labelFormatter={(_, items) => String(items?.[0]?.payload?.range ?? '')}
            formatter={(v) => [String(v), 'episodes']} />
          <ReferenceLine x={references.random} stroke="var(--text-muted)" strokeDasharray="4 3" label={{ value: 'random', position: 'top', fill: 'var(--text-muted)', fontSize: 11 }} />
          <ReferenceLine x={references.expert} stroke="var(--cell-goal)" strokeDasharray="4 3" label={{ value: 'expert', position: 'top', fill: 'var(--cell-goal)', fontSize: 11 }} />
          {/* A fixed width: on a numeric axis recharts sizes bars by the gap between points, which one bin does not have. */}
          <Bar dataKey="count" fill="var(--accent)" barSize={16} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption>Episodes by return. Dashed: the random policy’s and the expert’s expected returns.</figcaption>
    </figure>
  );
}
