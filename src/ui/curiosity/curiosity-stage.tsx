// The environment view of the curiosity lab: the maze (or treasure field) of the watched run, each floor cell
// shaded by the agent's curiosity bonus for arriving there (RND: its predictor queried on every cell now, so the
// frontier glows and fades live), by visits (log scale), or by the value the agent expects; the agent, the noisy
// TV with its current picture, the treasures (found ones ticked), and a line of progress.
import { useState } from 'react';
import { viewStore } from '../../state/view-store.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import type { CuriosityMazeView } from '../../core/envs/curiosity-maze/curiosity-maze-env.ts';
import type { CuriousPpoView } from '../../core/agents/neural/curious-ppo.ts';
import { heatFill, logShare } from '../theme/heat-shade.ts';
import './curiosity.css';

const selectView = (s: ReturnType<typeof viewStore.getState>) => s.view;
type Shade = 'bonus' | 'visits' | 'value';
const CELL = 26;

/** What the shading means, under the map. */
const SHADE_LEGENDS: Record<Shade, string> = {
  bonus: 'Darker: a larger curiosity bonus for arriving there. White: the agent knows the cell well, nothing new to gain.',
  visits: 'Darker: entered more often, over all episodes so far (log scale).',
  value: 'Darker: a higher value V(s) of the treasure’s reward in the agent’s extrinsic critic.',
};

const SHADE_LABELS: Record<Shade, string> = {
  bonus: 'curiosity bonus',
  visits: 'visits (log)',
  value: 'value of the treasure',
};

function asMazeView(env: unknown): CuriosityMazeView | null {
  return (env as CuriosityMazeView | undefined)?.kind === 'curiosity-maze' ? (env as CuriosityMazeView) : null;
}

/** Per map cell, the measure to shade by (NaN where there is none, e.g. a bonus never received). */
export function cellMeasure(map: CuriosityMazeView, agent: Partial<CuriousPpoView> | undefined, shade: Shade): number[] {
  const n = map.width * map.height;
  const source = shade === 'visits' ? map.visits : shade === 'bonus' ? agent?.bonus : agent?.values;
  return Array.from({ length: n }, (_, c) => (map.cells[c] === '#' || !source ? NaN : Number(source[c])));
}

/** A picture's colour on the TV screen: a hue per pattern, spread around the wheel. */
const screenColour = (pattern: number) => `hsl(${(pattern * 137.5) % 360} 75% 55%)`;

export function CuriosityStage({ demo }: { demo: AnyDemo }) {
  const watched = useThrottledStore(viewStore, selectView, { intervalMs: 150 });
  const [shade, setShade] = useState<Shade>('bonus');
  const map = asMazeView(watched?.env);
  if (!map) return <p className="curiosity-muted">The maze appears here once the run has started: press Play or Step.</p>;
  const agent = watched?.agent as Partial<CuriousPpoView> | undefined;
  const hasBonus = !!agent?.bonus;
  const active: Shade = shade === 'bonus' && !hasBonus ? 'visits' : shade;
  const values = cellMeasure(map, agent, active);
  const finite = values.filter(Number.isFinite);
  const max = Math.max(0, ...finite);
  const min = Math.min(0, ...finite);
  const share = (v: number) => {
    if (!Number.isFinite(v)) return 0;
    if (active === 'visits') return logShare(v, max);
    return max > min ? (v - min) / (max - min) : 0;
  };
  const agentLabel = demo.agents.find((a) => a.id === watched?.agentId)?.label ?? '';
  const visited = map.visits.filter((v) => v > 0).length;
  const floor = map.cells.filter((c) => c !== '#').length;
  const { width, height } = map;
  const atTv = map.tv && map.agent === map.tvCell;
  const label = `${agentLabel}: episode ${map.episodes}, ${visited} of ${floor} cells visited, ${map.treasuresFound.length} of ${map.treasures.length} treasures found.`;
  return (
    <div className="curiosity-stage">
      <p className="curiosity-caption">
        {map.treasures.length > 1
          ? 'Eight treasures (T, +1 each); the first one reached ends the episode.'
          : 'The treasure (T, +1) is in the top-right corner, 36 moves from the start at the bottom left.'}
        {map.tv ? ' The TV (in a dead end) shows a new random picture every step the agent stands at it.' : ''}
      </p>
      <div className="curiosity-shades" role="radiogroup" aria-label="Shade cells by">
        {(['bonus', 'visits', 'value'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio" name="curiosity-shade" checked={active === s} disabled={s === 'bonus' && !hasBonus}
              onChange={() => setShade(s)}
            />
            {' '}{SHADE_LABELS[s]}{s === 'bonus' && !hasBonus ? ' (this agent has none)' : ''}
          </label>
        ))}
      </div>
      <svg className="curiosity-map" width={width * CELL} height={height * CELL} viewBox={`0 0 ${width * CELL} ${height * CELL}`} role="img" aria-label={label}>
        {map.cells.map((ch, cell) => {
          const x = (cell % width) * CELL;
          const y = Math.floor(cell / width) * CELL;
          if (ch === '#') return <rect key={cell} x={x} y={y} width={CELL} height={CELL} className="curiosity-wall" />;
          const v = values[cell];
          return (
            <g key={cell}>
              <rect x={x} y={y} width={CELL} height={CELL} className="curiosity-floor" style={heatFill(share(v), 0.9)}>
                <title>{`Column ${(cell % width) + 1}, row ${Math.floor(cell / width) + 1}: ${map.visits[cell]} visits${Number.isFinite(v) && active !== 'visits' ? `, ${SHADE_LABELS[active]} ${v.toPrecision(3)}` : ''}`}</title>
              </rect>
              {ch === 'T' && (
                <text className={`curiosity-item${map.treasuresFound.includes(cell) ? ' curiosity-found' : ''}`} x={x + CELL / 2} y={y + CELL * 0.7}>
                  {map.treasuresFound.includes(cell) ? 'T✓' : 'T'}
                </text>
              )}
              {ch === 'V' && map.tv && (
                <g className="curiosity-tv">
                  <rect x={x + 3} y={y + 5} width={CELL - 6} height={CELL - 10} rx={2} className="curiosity-tv-frame" style={atTv && map.pattern > 0 ? { fill: screenColour(map.pattern) } : undefined} />
                  <title>{atTv ? `TV showing picture ${map.pattern}` : 'TV (shows pictures while the agent stands here)'}</title>
                </g>
              )}
            </g>
          );
        })}
        <circle className="curiosity-agent" cx={(map.agent % width) * CELL + CELL / 2} cy={Math.floor(map.agent / width) * CELL + CELL / 2} r={CELL / 4} />
      </svg>
      <p className="curiosity-legend">{SHADE_LEGENDS[active]}</p>
      <p className="curiosity-status" aria-live="polite">
        {agentLabel}, run 1: episode {map.episodes}; {visited} of {floor} cells visited;{' '}
        {map.treasures.length > 1
          ? `${map.treasuresFound.length} of ${map.treasures.length} treasures found.`
          : map.treasuresFound.length > 0 ? 'the treasure has been found.' : 'the treasure not found yet.'}
        {atTv ? ' Watching TV.' : ''}
      </p>
    </div>
  );
}
