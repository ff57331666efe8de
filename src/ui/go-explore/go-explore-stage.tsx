// The environment view of the Go-Explore demo: the Montezuma-lite map with the archive laid over it (each cell's
// squares shaded by its selection probability, times seen or score), the best trajectory so far, and a line of
// progress. Cells with and without the key share squares; the shading sums over them.
import { useEffect, useState } from 'react';
import { viewStore } from '../../state/view-store.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import type { GoExploreView } from '../../core/agents/planning/go-explore-planner.ts';
import type { MontezumaView } from '../../core/envs/montezuma-lite/montezuma-lite-env.ts';
import type { MontezumaExploredView } from '../../core/envs/montezuma-lite/montezuma-exploration-stats.ts';
import type { CuriousPpoView } from '../../core/agents/neural/curious-ppo.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { heatFill, logShare } from '../theme/heat-shade.ts';
import './go-explore.css';

const selectView = (s: ReturnType<typeof viewStore.getState>) => s.view;
type Shade = 'probability' | 'seen' | 'score' | 'length';

const SHADE_LABELS: Record<Shade, string> = {
  probability: 'chance of being chosen', seen: 'times seen (log)', score: 'score', length: 'trajectory length',
};
const CELL = 26;
/** Time per step of the best-trajectory replay. */
const REPLAY_MS = 120;

/** Per map cell: the summed measure of the archive cells whose squares cover it. */
export function archiveShading(map: MontezumaView, agent: GoExploreView, shade: Shade): Float64Array {
  const { width } = map;
  const d = agent.downscale;
  const square = (cell: number) => `${Math.floor((cell % width) / d)},${Math.floor(Math.floor(cell / width) / d)}`;
  const byRoomSquare = new Map<string, number>();
  for (const c of agent.archive) {
    const k = `${c.room}:${square(c.cell)}`;
    const value = shade === 'probability' ? c.probability : shade === 'seen' ? c.seen : shade === 'score' ? c.score : c.length;
    // Probabilities and visits add up over the cells sharing a square; scores and lengths take the largest.
    const sums = shade === 'probability' || shade === 'seen';
    byRoomSquare.set(k, sums ? (byRoomSquare.get(k) ?? 0) + value : Math.max(byRoomSquare.get(k) ?? 0, value));
  }
  const out = new Float64Array(map.cells.length);
  map.cells.forEach((ch, cell) => {
    if (ch !== '#') out[cell] = byRoomSquare.get(`${map.rooms[cell]}:${square(cell)}`) ?? 0;
  });
  return out;
}

/** The map for the RND baseline: each floor cell shaded by its RND bonus (without the key or coins), the agent. */
function RndMap({ map, agent, label }: { map: MontezumaExploredView; agent: Partial<CuriousPpoView>; label: string }) {
  const { width, height } = map;
  const bonus = agent.bonus;
  const floor = map.cells.map((ch, cell) => (ch === '#' || !bonus ? NaN : bonus[cell]));
  const finite = floor.filter(Number.isFinite);
  const max = Math.max(0, ...finite);
  const min = Math.min(max, ...finite);
  const { explored } = map;
  return (
    <div className="go-explore-stage">
      <p className="go-explore-caption">
        {label} starts every episode at S and explores by acting. Squares are shaded by its RND bonus for arriving
        there (without the key): darker is newer to it.
      </p>
      <svg className="go-explore-map" width={width * CELL} height={height * CELL} viewBox={`0 0 ${width * CELL} ${height * CELL}`} role="img"
        aria-label={`${label} in Montezuma-lite: ${explored.cells} cells found, best score ${explored.bestScore.toFixed(1)}.`}>
        {map.cells.map((ch, cell) => {
          const x = (cell % width) * CELL;
          const y = Math.floor(cell / width) * CELL;
          const v = floor[cell];
          const share = Number.isFinite(v) && max > min ? (v - min) / (max - min) : 0;
          return (
            <g key={cell}>
              <rect x={x} y={y} width={CELL} height={CELL} className={ch === '#' ? 'go-explore-wall' : 'go-explore-floor'}
                style={ch === '#' ? undefined : heatFill(share, 0.85)} />
              <MapItem ch={ch} cell={cell} x={x} y={y} map={map} />
            </g>
          );
        })}
        <circle className="go-explore-agent" cx={(map.agent % width) * CELL + CELL / 2} cy={Math.floor(map.agent / width) * CELL + CELL / 2} r={CELL / 4} />
      </svg>
      <p className="go-explore-status" aria-live="polite">
        {label}, run 1: {explored.frames.toLocaleString('en')} frames; {explored.cells} cells found; best score{' '}
        {explored.bestScore.toFixed(1)}{explored.bestScore >= 1 ? ' (treasure found)' : ''}{map.hasKey ? '; holding the key' : ''}.
      </p>
    </div>
  );
}

/** The key, door, treasure and coins of one map cell. */
function MapItem({ ch, cell, x, y, map }: { ch: string; cell: number; x: number; y: number; map: MontezumaView }) {
  if (ch === 'K') return <text className="go-explore-item" x={x + CELL / 2} y={y + CELL * 0.7}>K</text>;
  if (ch === 'D') return <text className="go-explore-item go-explore-door" x={x + CELL / 2} y={y + CELL * 0.7}>D</text>;
  if (ch === 'T') return <text className="go-explore-item go-explore-treasure" x={x + CELL / 2} y={y + CELL * 0.7}>T</text>;
  if (ch !== 'c') return null;
  return map.coinsLeft.includes(cell)
    ? <circle className="go-explore-coin" cx={x + CELL / 2} cy={y + CELL / 2} r={CELL / 5} />
    : <text className="go-explore-item" x={x + CELL / 2} y={y + CELL * 0.7}>c</text>;
}

export function GoExploreStage({ demo }: { demo: AnyDemo }) {
  const watched = useThrottledStore(viewStore, selectView, { intervalMs: 150 });
  const [shade, setShade] = useState<Shade>('probability');
  // The replay of the best trajectory: the step shown, or null when not replaying.
  const [replayStep, setReplayStep] = useState<number | null>(null);
  const map = watched?.env as MontezumaExploredView | undefined;
  const agent = watched?.agent as GoExploreView | undefined;
  const pathLength = agent?.bestPath?.length ?? 0;
  useEffect(() => {
    if (replayStep === null) return undefined;
    if (replayStep >= pathLength - 1) {
      const end = setTimeout(() => setReplayStep(null), 1200);
      return () => clearTimeout(end);
    }
    const next = setTimeout(() => setReplayStep(replayStep + 1), REPLAY_MS);
    return () => clearTimeout(next);
  }, [replayStep, pathLength]);
  if (map?.kind === 'montezuma-lite' && map.explored && watched?.agent && !agent?.archive) {
    const label = demo.agents.find((a) => a.id === watched.agentId)?.label ?? 'The agent';
    return <RndMap map={map} agent={watched.agent as Partial<CuriousPpoView>} label={label} />;
  }
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
        {(['probability', 'seen', 'score', 'length'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="go-explore-shade" checked={shade === s} onChange={() => setShade(s)} />
            {' '}{SHADE_LABELS[s]}
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
              <MapItem ch={ch} cell={cell} x={x} y={y} map={map} />
            </g>
          );
        })}
        {agent.bestPath.length > 1 && <polyline className="go-explore-path" points={agent.bestPath.map(center).join(' ')} />}
        {replayStep !== null && replayStep < agent.bestPath.length && (
          <circle className="go-explore-agent go-explore-replay" cx={(agent.bestPath[replayStep] % width) * CELL + CELL / 2}
            cy={Math.floor(agent.bestPath[replayStep] / width) * CELL + CELL / 2} r={CELL / 4} />
        )}
        {robust && !robust.done && (
          <circle className="go-explore-robust-start" cx={(robust.startCell % width) * CELL + CELL / 2} cy={Math.floor(robust.startCell / width) * CELL + CELL / 2} r={CELL / 3}>
            <title>Phase 2 training episodes start here</title>
          </circle>
        )}
      </svg>
      <div className="go-explore-replay-bar">
        {replayStep === null
          ? <button type="button" onClick={() => setReplayStep(0)} disabled={agent.bestPath.length < 2}>Animate the best trajectory</button>
          : <button type="button" onClick={() => setReplayStep(null)}>Stop the animation</button>}
        {replayStep !== null && <span className="go-explore-muted" aria-live="polite">Step {replayStep} of {agent.bestPath.length - 1}</span>}
      </div>
      <p className="go-explore-status" aria-live="polite">
        Round {agent.iterations}, {agent.frames.toLocaleString('en')} frames: {agent.archive.length} cells in the archive; best
        score {agent.bestScore.toFixed(1)}{agent.bestScore >= 1 ? ' (treasure found)' : ''}, reached in {Math.max(0, agent.bestPath.length - 1)} steps.
        {agent.judged ? ` The judge has turned away ${agent.rejected.toLocaleString('en')} new cells.` : ''}
        {agent.returnsTried > 0 ? ` Walking back by policy reached the chosen cell in ${Math.round(100 * agent.returnSuccess)}% of ${agent.returnsTried.toLocaleString('en')} returns.` : ''}
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
      {robust && robust.stickinessCurve.length > 0 && (
        <table className="go-explore-curve tabular">
          <caption>Success from the start against stickiness (100 test episodes each; the policy was trained at p = {robust.trainedProb})</caption>
          <thead>
            <tr><th scope="row">p</th>{robust.stickinessCurve.map((c) => <th key={c.stickyProb} scope="col">{c.stickyProb}</th>)}</tr>
          </thead>
          <tbody>
            <tr><th scope="row">policy</th>{robust.stickinessCurve.map((c) => <td key={c.stickyProb}>{Math.round(100 * c.policy)}%</td>)}</tr>
            <tr><th scope="row">blind replay</th>{robust.stickinessCurve.map((c) => <td key={c.stickyProb}>{Math.round(100 * c.replay)}%</td>)}</tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
