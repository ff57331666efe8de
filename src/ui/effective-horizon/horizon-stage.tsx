// The environment view of the effective-horizon demo: the map with the watched agent's arrows (for k-QVI, the
// greedy policy of Q^k), a line saying which k is shown and whether that greedy policy is optimal yet, and the
// min-k table of the whole suite, and the suite sweep of the compared learners.
import { viewStore } from '../../state/view-store.ts';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import { GridCanvas } from '../grid-canvas/grid-canvas.tsx';
import { GridLegend } from '../grid-canvas/grid-legend.tsx';
import { GridOverlayToggles } from '../grid-canvas/grid-overlay-toggles.tsx';
import type { KQviView } from '../../core/agents/planning/k-qvi-planner.ts';
import { RELIABLE_WINDOW, type GoalReliabilityView } from '../../core/envs/gridworld/goal-reliability.ts';
import { MinKTable } from './min-k-table.tsx';
import { SuiteSweep } from './suite-sweep.tsx';
import { HorizonEstimate } from './horizon-estimate.tsx';
import type { HorizonWorld } from '../../core/envs/gridworld/horizon-suite.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import './horizon.css';

const selectView = (s: ReturnType<typeof viewStore.getState>) => s.view;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Q with k as a superscript: Q¹, Q¹², … */
export function qOf(k: number): string {
  return `Q${String(k).split('').map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
}

function KQviStatus() {
  const watched = useThrottledStore(viewStore, selectView, { intervalMs: 100 });
  if (watched?.agentId !== 'k-qvi') {
    const env = watched?.env as Partial<GoalReliabilityView> | undefined;
    const learner = watched && !PLANNERS.includes(watched.agentId) && env?.recentShare !== undefined;
    return (
      <>
        <p className="horizon-muted">Watch k-QVI (its “show” button in Agents) to see the greedy policy of Qᵏ sweep by sweep.</p>
        {learner && (
          <p className="horizon-status" role="status">
            Of its last {RELIABLE_WINDOW} episodes, {Math.round(env.recentShare! * 100)}% ended at the best goal
            {env.firstSuccess ? `; reliably (18 of 20) since episode ${env.firstSuccess}.` : '; not yet 18 of 20.'}
          </p>
        )}
      </>
    );
  }
  const view = watched.agent as KQviView;
  if (!view.k) return <p className="horizon-status">Press Step: sweep 1 computes Q¹, the values of moving at random.</p>;
  const wrong = view.stateOptimal ? Array.from(view.stateOptimal).filter((ok) => ok === 0).length : 0;
  return (
    <p className={view.greedyOptimal ? 'horizon-status horizon-optimal' : 'horizon-status'} role="status">
      Arrows: greedy on {qOf(view.k)}{view.k === 1 ? ' (the random policy’s values)' : ''}.{' '}
      {view.greedyOptimal
        ? `Acting on them is optimal${view.k === 1 ? ' already' : ''}: min-k ≤ ${view.k}.`
        : `Not optimal yet: the greedy move is wrong in ${wrong} state${wrong === 1 ? '' : 's'}.`}
    </p>
  );
}

/** The demo's planners: they sweep a model instead of running episodes, so the suite sweep leaves them out. */
const PLANNERS = ['k-qvi', 'value-iteration'];

export function HorizonStage({ demo }: { demo: AnyDemo }) {
  const experiment = useExperimentStore((s) => s.experiment);
  const params = experiment?.params;
  return (
    <div className="horizon-stage">
      {Boolean(params?.sticky) && (
        <p className="horizon-muted">
          Sticky moves: each step, with probability 0.25 the previous move is repeated. The state is the cell and the
          last move, so every cell has five states; the map shows the one where no move is pending yet.
        </p>
      )}
      {params?.world === 'key-door' && (
        <p className="horizon-muted">
          Two copies of one map. Left: without the key, the door in the middle wall is shut. The key is the blank
          cell at the left end of the middle row, three moves from the start: stepping on it puts the agent on the same
          spot of the right copy, where the key is gone and the door (the gap in the wall) is open, with the goal worth
          1 behind it. The goals beside the start pay 0.3.
        </p>
      )}
      <KQviStatus />
      <GridOverlayToggles />
      <GridCanvas editable={false} goalRewards="" />
      <GridLegend />
      {params && <MinKTable world={String(params.world)} shaping={Boolean(params.shaping)} sticky={Boolean(params.sticky)} gamma={Number(params.gamma)} />}
      {params && (
        <HorizonEstimate world={String(params.world) as HorizonWorld} shaped={Boolean(params.shaping)} sticky={Boolean(params.sticky)}
          gamma={Number(params.gamma)} seed={experiment.seed} />
      )}
      {experiment && (
        <SuiteSweep
          demoId={demo.id} params={experiment.params} seed={experiment.seed}
          agents={experiment.agents.filter((id) => !PLANNERS.includes(id)).map((id) => ({ id, label: demo.agents.find((a) => a.id === id)?.label ?? id }))}
        />
      )}
    </div>
  );
}
