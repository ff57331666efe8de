// The catalogue's log-log scatter (D19): per map, SQIRL's episodes until it reaches the best goal reliably against
// another learner's, from the suite sweep's medians. The paper finds SQIRL's difficulty ranking matching PPO's and
// DQN's: points along the diagonal mean the maps that are hard for one are hard for the other. A miss is drawn at
// the budget.
import { CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SweepPoint } from '../../engine/first-success-sweep.ts';
import { agentColor } from '../theme/palette.ts';

export const SQIRL_ID = 'sqirl';

export interface PairDot {
  readonly map: string;
  /** SQIRL's and the other learner's median episodes (the budget where not reached). */
  readonly sqirl: number;
  readonly other: number;
}

/** For each learner other than SQIRL, the maps both have a point on, as (SQIRL's, its) episodes. */
export function sqirlPairs(points: readonly SweepPoint[], budget: number): Map<string, PairDot[]> {
  const sqirl = new Map(points.filter((p) => p.agentId === SQIRL_ID).map((p) => [String(p.size), p.median ?? budget]));
  const pairs = new Map<string, PairDot[]>();
  for (const p of points) {
    const x = sqirl.get(String(p.size));
    if (p.agentId === SQIRL_ID || x === undefined) continue;
    pairs.set(p.agentId, [...(pairs.get(p.agentId) ?? []), { map: String(p.size), sqirl: x, other: p.median ?? budget }]);
  }
  return pairs;
}

const TICKS = [10, 30, 100, 300, 1000];
const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };

interface Props {
  readonly points: readonly SweepPoint[];
  readonly budget: number;
  /** The compared learners in their comparison order (for colours), SQIRL among them. */
  readonly agents: readonly { id: string; label: string }[];
}

export function SqirlScatter({ points, budget, agents }: Props) {
  const pairs = sqirlPairs(points, budget);
  const others = agents.map((a, i) => ({ ...a, color: agentColor(i) })).filter((a) => pairs.has(a.id));
  if (others.length === 0) return null;
  const domain = [5, budget];
  return (
    <div className="horizon-sweep-chart" data-testid="sqirl-scatter" data-points={[...pairs.values()].reduce((n, d) => n + d.length, 0)}>
      <p className="horizon-muted">
        Per map, SQIRL’s episodes (across) against each other learner’s (up), both on log scales; misses sit at the
        budget. Along the dashed diagonal both find a map equally hard.
      </p>
      <ResponsiveContainer width="100%" height={280}>
        <ScatterChart margin={{ top: 8, right: 20, bottom: 16, left: 8 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="sqirl" type="number" name="SQIRL" scale="log" domain={domain} ticks={TICKS} allowDataOverflow stroke="var(--text-muted)"
            label={{ value: 'SQIRL: episodes', position: 'insideBottomRight', offset: -8, fill: 'var(--text-muted)' }} />
          <YAxis dataKey="other" type="number" name="other" scale="log" domain={domain} ticks={TICKS} allowDataOverflow stroke="var(--text-muted)"
            label={{ value: 'episodes', angle: -90, position: 'insideLeft', fill: 'var(--text-muted)' }} />
          <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(v, name) => [typeof v === 'number' ? v.toLocaleString('en') : String(v), name]} />
          <Legend />
          <ReferenceLine segment={[{ x: 5, y: 5 }, { x: budget, y: budget }]} stroke="var(--text-muted)" strokeDasharray="4 3" />
          {others.map((a) => (
            <Scatter key={a.id} name={a.label} data={pairs.get(a.id)} fill={a.color} isAnimationActive={false} />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
