// RCSL's requested-versus-achieved curve (catalogue D8): the return a return-conditioned policy is asked for at the
// start against the mean return it then earns. Where the data holds episodes with that return from the start, the
// two agree; past the best of them the curve stops following the diagonal: RCSL's ceiling.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };

interface Props {
  readonly curve: { readonly requested: Float64Array; readonly achieved: Float64Array };
  /** The best return any data episode earned from the start. */
  readonly bestFromStart: number;
  readonly learner: string;
}

export function ReturnCurve({ curve, bestFromStart, learner }: Props) {
  const data = Array.from(curve.requested, (requested, i) => ({ requested, achieved: curve.achieved[i]!, diagonal: requested }));
  return (
    <figure className="stitching-figure stitching-curve" data-testid="return-curve">
      <ResponsiveContainer width="100%" height={230}>
        <LineChart data={data} margin={{ top: 16, right: 20, bottom: 18, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="requested" type="number" domain={[0, 'dataMax']} stroke="var(--text-muted)" tickFormatter={(v: number) => v.toFixed(1)}
            label={{ value: 'return asked for at the start', position: 'insideBottom', offset: -10, fill: 'var(--text-muted)' }} />
          <YAxis domain={[0, 1.6]} stroke="var(--text-muted)" width={40} tickFormatter={(v: number) => v.toFixed(1)} />
          <Tooltip contentStyle={TOOLTIP_STYLE} labelFormatter={(v) => `asked for ${Number(v).toFixed(1)}`}
            formatter={(v, name) => [Number(v).toFixed(2), String(name)]} />
          <Legend verticalAlign="top" height={24} />
          <ReferenceLine y={bestFromStart} stroke="var(--cell-goal)" strokeDasharray="4 3"
            label={{ value: 'best from the start in the data', position: 'insideTopRight', fill: 'var(--text-muted)', fontSize: 11 }} />
          <Line dataKey="diagonal" name="achieved = asked" stroke="var(--text-muted)" strokeDasharray="4 3" dot={false} isAnimationActive={false} />
          <Line dataKey="achieved" name={`${learner} achieved`} stroke="var(--accent)" strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <figcaption>
        At the last evaluation: the mean (undiscounted) return {learner} earned when asked for each return at the start.
      </figcaption>
    </figure>
  );
}
