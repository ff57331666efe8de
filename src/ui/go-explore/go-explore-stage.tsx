// The environment view of the Go-Explore demo: the Montezuma-lite map with the archive laid over it (each cell's
// squares shaded by its selection probability, times seen or score), the best trajectory so far, and a line of
// progress. Cells with and without the key share squares; the shading sums over them.
import { useState } from 'react';
import { viewStore } from '../../state/view-store.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import type { GoExploreView } from '../../core/agents/planning/go-explore-planner.ts';
import type { MontezumaView } from '../../core/envs/montezuma-lite/montezuma-lite-env.ts';
import { heatFill, logShare } from '../theme/heat-shade.ts';
import './go-explore.css';

const selectView = (s: ReturnType<typeof viewStore.getState>) => s.view;
type Shade = 'probability' | 'seen' | 'score';
const CELL = 26;

/** Per map cell: the summed measure of the archive cells whose squares cover it. */
export function archiveShading(map: MontezumaView, agent: GoExploreView, shade: Shade): Float64Array {
  const { width } = map;
  const d = agent.downscale;
  const square = (cell: number) => `${Math.floor((cell % width) / d)},${Math.floor(Math.floor(cell / width) / d)}`;
  const byRoomSquare = new Map<string, number>();
  for (const c of agent.archive) {
    const k = `${c.room}:${square(c.cell)}`;
    const value = shade === 'probability' ? c.probability : shade === 'seen' ? c.seen : c.score;
    byRoomSquare.set(k, shade === 'score' ? Math.max(byRoomSquare.get(k) ?? 0, value) : (byRoomSquare.get(k) ?? 0) + value);
  }
  const out = new Float64Array(map.cells.length);
  map.cells.forEach((ch, cell) => {
    if (ch !== '#') out[cell] = byRoomSquare.get(`${map.rooms[cell]}:${square(cell)}`) ?? 0;
  });
  return out;
}

export function GoExploreStage() {
  const watched = useThrottledStore(viewStore, selectView, { intervalMs: 150 });
  const [shade, setShade] = useState<Shade>('probability');
  const map = watched?.env as MontezumaView | undefined;
  const agent = watched?.agent as GoExploreView | undefined;
  if (map?.kind !== 'montezuma-lite' || !agent?.archive) {
    return <p className="go-explore-muted">The map appears here once the run has started: press Play or Step.</p>;
  }
  const values = archiveShading(map, agent, shade);
  const robust = agent.robustify;
  const max = Math.max(0, ...values);
  const { width, height } = map;
  const center = (cell: number) => `${(cell % width) * CELL + CELL / 2},${Math.floor(cell / width) * CELL + CELL / 2}`;
  const label = `Montezuma-lite after ${agent.iterations} rounds: ${agent.archive.length} cells in the archive, best score ${agent.bestScore.toFixed(1)}.`;
  return (
    <div className="go-explore-stage">
      <p className="go-explore-caption">
        Three rooms: the key (K) in the first, coins (c, 0.1 each) in the second with the locked door (D), the
        treasure (T, +1) in the third. Shaded squares are the archive; the orange line is the best trajectory.
      </p>
      <div className="go-explore-shades" role="radiogroup" aria-label="Shade archive cells by">
        {(['probability', 'seen', 'score'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="go-explore-shade" checked={shade === s} onChange={() => setShade(s)} />
            {' '}{s === 'probability' ? 'chance of being chosen' : s === 'seen' ? 'times seen (log)' : 'score'}
          </label>
        ))}
      </div>
      <svg className="go-explore-map" width={width * CELL} height={height * CELL} viewBox={`0 0 ${width * CELL} ${height * CELL}`} role="img" aria-label={label}>
        {map.cells.map((ch, cell) => {
          const x = (cell % width) * CELL;
          const y = Math.floor(cell / width) * CELL;
          const share = shade === 'seen' ? logShare(values[cell], max) : max > 0 ? values[cell] / max : 0;
          return (
            <g key={cell}>
              <rect
                x={x} y={y} width={CELL} height={CELL} className={ch === '#' ? 'go-explore-wall' : 'go-explore-floor'}
                style={ch === '#' ? undefined : heatFill(share, 0.85)}
              />
              {ch === 'K' && <text className="go-explore-item" x={x + CELL / 2} y={y + CELL * 0.7}>K</text>}
              {ch === 'D' && <text className="go-explore-item go-explore-door" x={x + CELL / 2} y={y + CELL * 0.7}>D</text>}
              {ch === 'T' && <text className="go-explore-item go-explore-treasure" x={x + CELL / 2} y={y + CELL * 0.7}>T</text>}
              {ch === 'c' && map.coinsLeft.includes(cell) && <circle className="go-explore-coin" cx={x + CELL / 2} cy={y + CELL / 2} r={CELL / 5} />}
              {ch === 'c' && !map.coinsLeft.includes(cell) && <text className="go-explore-item" x={x + CELL / 2} y={y + CELL * 0.7}>c</text>}
            </g>
          );
        })}
        {agent.bestPath.length > 1 && <polyline className="go-explore-path" points={agent.bestPath.map(center).join(' ')} />}
        {robust && !robust.done && (
          <circle className="go-explore-robust-start" cx={(robust.startCell % width) * CELL + CELL / 2} cy={Math.floor(robust.startCell / width) * CELL + CELL / 2} r={CELL / 3}>
            <title>Phase 2 training episodes start here</title>
          </circle>
        )}
      </svg>
      <p className="go-explore-status" aria-live="polite">
        Round {agent.iterations}, {agent.frames.toLocaleString('en')} frames: {agent.archive.length} cells in the archive; best
        score {agent.bestScore.toFixed(1)}{agent.bestScore >= 1 ? ' (treasure found)' : ''}, reached in {Math.max(0, agent.bestPath.length - 1)} steps.
      </p>
      {robust && (
        <p className="go-explore-robust" aria-live="polite">
          Phase 2, {robust.episodes.toLocaleString('en')} training episodes:{' '}
          {robust.done
            ? 'the policy has learned the whole trajectory and now starts where real episodes do'
            : `the policy has learned the last ${Math.round(100 * robust.progress)}% of the trajectory (ringed: where its training episodes start)`}
          . From the start, with sticky actions, it reaches the treasure in {Math.round(100 * robust.testSuccess)}% of
          test episodes; blind replay of the trajectory in {Math.round(100 * robust.replaySuccess)}%.
        </p>
      )}
    </div>
  );
}
