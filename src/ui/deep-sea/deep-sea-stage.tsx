// The environment view of the Deep Sea demo: the grid of the watched run (visits or the agent's bonus, the path,
// the treasure), a line of what happened so far, and the scaling sweep.
import { useState } from 'react';
import { viewStore } from '../../state/view-store.ts';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { asDeepSeaView } from './as-deep-sea-view.ts';
import { asRiverSwimView } from './as-river-swim-view.ts';
import { RiverSwimChain } from './river-swim-chain.tsx';
import { DeepSeaGrid, type DeepSeaLayer } from './deep-sea-grid.tsx';
import { ScalingSweep } from './scaling-sweep.tsx';
import { deepSeaGoalCells, type DeepSeaView } from '../../core/envs/deep-sea/deep-sea-env.ts';
import './deep-sea.css';

const selectView = (s: ReturnType<typeof viewStore.getState>) => s.view;

/** How many (cell, action) pairs of the reachable triangle the agent has tried. */
function triedPairs(view: DeepSeaView, visits: Float64Array | undefined): number {
  if (!visits) return 0;
  let tried = 0;
  for (let row = 0; row < view.size; row++) {
    for (let column = 0; column <= row; column++) {
      const cell = row * view.size + column;
      for (let a = 0; a < 2; a++) if (visits[cell * 2 + a] > 0) tried++;
    }
  }
  return tried;
}

export function DeepSeaStage({ demo }: { demo: AnyDemo }) {
  const watched = useThrottledStore(viewStore, selectView, { intervalMs: 100 });
  const experiment = useExperimentStore((s) => s.experiment);
  const [layer, setLayer] = useState<DeepSeaLayer>('visits');
  const view = asDeepSeaView(watched?.env);
  const river = asRiverSwimView(watched?.env);
  const bonus = watched?.agent.bonus;
  const goalReach = watched?.agent.goalReach;
  const agentLabel = demo.agents.find((a) => a.id === watched?.agentId)?.label ?? '';
  return (
    <div className="deep-sea-stage">
      {river && (
        <>
          <p className="deep-sea-caption">
            Swimming left always works; swimming right, against the current, moves upstream 35% of the time. Episodes
            last {river.horizon} steps.
          </p>
          <RiverSwimChain view={river} />
          <p className="deep-sea-status" aria-live="polite">
            {agentLabel}, run 1: episode {river.episodes}, step {river.t} of {river.horizon};{' '}
            {river.firstSuccess === null ? 'upstream reward not reached yet' : `upstream reward first reached in episode ${river.firstSuccess}`}.
          </p>
        </>
      )}
      {!view && !river && <p className="deep-sea-muted">The world appears here once the run has started: press Play or Step.</p>}
      {view && (
        <>
          <p className="deep-sea-caption">
            The agent falls one row per step from the top-left; the treasure (+1) is at the bottom right, and each move
            right costs {(0.01 / view.size).toFixed(4)}.{view.windy ? ` A right move fails with probability 1/${view.size}.` : ''}
          </p>
          <div className="deep-sea-layers" role="radiogroup" aria-label="Shade cells by">
            <label><input type="radio" name="deep-sea-layer" checked={layer === 'visits'} onChange={() => setLayer('visits')} /> visits (log scale)</label>
            <label>
              <input type="radio" name="deep-sea-layer" checked={layer === 'bonus'} disabled={!bonus} onChange={() => setLayer('bonus')} />
              {' '}exploration bonus{bonus ? '' : ' (this agent has none)'}
            </label>
          </div>
          <DeepSeaGrid view={view} bonus={bonus} layer={bonus ? layer : 'visits'} goals={goalReach ? deepSeaGoalCells(view.size) : undefined} />
          <p className="deep-sea-status" aria-live="polite">
            {agentLabel}, run 1: episode {view.episodes}, {view.visits.filter((v) => v > 0).length} of {(view.size * (view.size + 1)) / 2} reachable
            cells visited; {view.firstSuccess === null ? 'treasure not reached yet' : `treasure first reached in episode ${view.firstSuccess}`}.
          </p>
          {goalReach && (
            <p className="deep-sea-status" data-testid="goal-reach">
              Planning on what it has learned, it would reach {goalReach.filter((p) => p > 0.999).length} of {goalReach.length} goal
              cells chosen in advance (outlined), and has tried {triedPairs(view, watched?.agent.visits)} of {view.size * (view.size + 1)} moves
              from reachable cells.
            </p>
          )}
        </>
      )}
      {experiment && (
        <ScalingSweep
          demoId={demo.id} params={experiment.params} seed={experiment.seed}
          agents={experiment.agents.map((id) => ({ id, label: demo.agents.find((a) => a.id === id)?.label ?? id }))}
        />
      )}
    </div>
  );
}
