// The quality-diversity tab's view: the deceptive maze with where each controller stopped. Novelty search's archive
// spreads through the corridors while reward search's population piles up on the decoy; SERENE's emitters are
// marked where their best controller stops. The orange line is the best controller's path.
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import { viewStore } from '../../state/view-store.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import type { QdView } from '../../core/agents/planning/quality-diversity-planner.ts';
import { DECEPTIVE_MAZE, ROBOT_RADIUS } from '../../core/envs/deceptive-maze/deceptive-maze.ts';

/** Screen pixels per maze unit. */
const SCALE = 2.5;
const selectView = (s: ReturnType<typeof viewStore.getState>) => s.view;

export function QdMazeStage({ demo }: { demo: AnyDemo }) {
  const watched = useThrottledStore(viewStore, selectView, { intervalMs: 150 });
  const agent = watched?.agent as Partial<QdView> | undefined;
  if (!agent?.population) {
    return <p className="go-explore-muted">The maze appears here once the run has started: press Play or Step.</p>;
  }
  const view = agent as QdView;
  const label = demo.agents.find((a) => a.id === watched?.agentId)?.label ?? 'The search';
  const { size, walls, areas, start } = DECEPTIVE_MAZE;
  const px = size * SCALE;
  const done = view.emitters.filter((e) => e.state === 'done').length;
  const waiting = view.emitters.filter((e) => e.state === 'queued').length;
  const ariaLabel = `${label} after ${view.evaluations} evaluations: best reward ${view.bestReward.toFixed(2)}, ${Math.round(100 * view.coverage)}% of the maze reached.`;
  return (
    <div className="go-explore-stage">
      <p className="go-explore-caption">
        The robot starts at S and is driven for 400 steps by an evolved controller. Its reward is read where it stops:
        up to 0.3 in the decoy next to the start, up to 1 at the treasure, more the nearer the centre. Dots are where
        controllers stopped{view.mode === 'reward' ? ' (the current population)' : ' (blue: the novelty archive, orange: the current population)'}.
      </p>
      <svg className="go-explore-map qd-maze" width={px} height={px} viewBox={`0 0 ${px} ${px}`} role="img" aria-label={ariaLabel}>
        <rect className="qd-floor" x={0} y={0} width={px} height={px} />
        {areas.map((a) => (
          <g key={a.name}>
            <circle className={`qd-area qd-area--${a.name}`} cx={a.x * SCALE} cy={a.y * SCALE} r={a.radius * SCALE} />
            {/* Above the area, or below it when the area touches the top wall. */}
            <text className="qd-area-label" x={a.x * SCALE}
              y={a.y - a.radius < 12 ? (a.y + a.radius) * SCALE + 13 : (a.y - a.radius) * SCALE - 5}>{a.name} {a.value}</text>
          </g>
        ))}
        {walls.map((w, i) => (
          <line key={i} className="qd-wall" x1={w.x1 * SCALE} y1={w.y1 * SCALE} x2={w.x2 * SCALE} y2={w.y2 * SCALE} />
        ))}
        {view.archive.map((p, i) => <circle key={`a${i}`} className="qd-archive" cx={p.x * SCALE} cy={p.y * SCALE} r={2} />)}
        {view.population.map((p, i) => <circle key={`p${i}`} className="qd-population" cx={p.x * SCALE} cy={p.y * SCALE} r={2.5} />)}
        {view.bestPath.length > 1 && (
          <polyline className="go-explore-path" points={view.bestPath.map((p) => `${p.x * SCALE},${p.y * SCALE}`).join(' ')} />
        )}
        {view.emitters.map((e, i) => (
          <rect key={`e${i}`} className={`qd-emitter qd-emitter--${e.state}`} x={e.x * SCALE - 5} y={e.y * SCALE - 5} width={10} height={10}
            transform={`rotate(45 ${e.x * SCALE} ${e.y * SCALE})`}>
            <title>{`Emitter (${e.state === 'done' ? 'finished' : e.state === 'active' ? 'running' : 'waiting'}): best reward ${e.reward.toFixed(2)}`}</title>
          </rect>
        ))}
        <circle className="qd-robot" cx={start.x * SCALE} cy={start.y * SCALE} r={ROBOT_RADIUS * SCALE} />
        <text className="qd-start" x={start.x * SCALE} y={start.y * SCALE + 4}>S</text>
      </svg>
      <ul className="qd-legend" aria-label="Legend">
        {view.mode !== 'reward' && <li><span className="qd-key qd-key--archive" /> novelty archive ({view.archiveSize.toLocaleString('en')}{view.archiveSize > view.archive.length ? `, the latest ${view.archive.length.toLocaleString('en')} drawn` : ''})</li>}
        <li><span className="qd-key qd-key--population" /> population</li>
        {view.mode === 'serene' && <li><span className="qd-key qd-key--emitter" /> emitter (filled: finished)</li>}
        <li><span className="qd-key qd-key--path" /> best controller’s path</li>
      </ul>
      <p className="go-explore-status" aria-live="polite">
        {view.evaluations.toLocaleString('en')} evaluations: best reward{' '}
        {view.bestReward.toFixed(2)}
        {view.firstTreasure !== null
          ? ` (treasure first reached after ${view.firstTreasure.toLocaleString('en')} evaluations)`
          : view.bestReward > 0 ? ' (the decoy only)' : ''}
        ; {Math.round(100 * view.coverage)}% of the maze reached.
        {view.retrainings > 0 ? ` Behaviours are compared by a learned code: the autoencoder has been trained ${view.retrainings} times.` : ''}
        {view.mode === 'serene'
          ? ` Emitters: ${done} finished, ${waiting} waiting${view.emitters.some((e) => e.state === 'active') ? ', 1 running' : ''}; they have spent ${view.emitterEvaluations.toLocaleString('en')} evaluations.`
          : ''}
      </p>
    </div>
  );
}
