// The environment view of the restless-bandit demo: the arms × time raster of the watched run, what the constraint
// allows, and the Whittle index table the index policy ranks arms by.
import { useMemo } from 'react';
import { viewStore } from '../../state/view-store.ts';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import { strongInterventionArms, whittleIndexTable } from '../../core/agents/restless/whittle-index.ts';
import { asRestlessView } from './as-restless-view.ts';
import { RestlessRaster } from './restless-raster.tsx';
import { WhittleTable } from './whittle-table.tsx';
import './restless.css';

const selectView = (s: ReturnType<typeof viewStore.getState>) => s.view;

const CONSTRAINT_TEXT = {
  none: 'any set of at most B arms',
  path: 'at most B arms, and they must sit next to each other on the line',
  capacity: 'at most B arms whose costs add up to no more than the capacity',
  'multi-type': 'a cheap intervention (1 unit) or a strong one (2 units) on any arms, within B units',
} as const;

export function RestlessStage() {
  const watched = useThrottledStore(viewStore, selectView, { intervalMs: 100 });
  const gamma = Number(useExperimentStore((s) => s.experiment?.params.gamma ?? 0.95));
  const view = asRestlessView(watched?.env);
  const arms = view?.arms;
  const multiType = view?.constraint === 'multi-type';
  const table = useMemo(() => (arms ? whittleIndexTable(arms, gamma) : null), [arms, gamma]);
  const strongTable = useMemo(
    () => (arms && multiType && arms.every((a) => a.strong) ? whittleIndexTable(strongInterventionArms(arms), gamma) : null),
    [arms, gamma, multiType]);
  if (!view || !table) {
    return <p className="restless-muted">The arms appear here once the run has started: press Play or Step.</p>;
  }
  return (
    <div className="restless-stage">
      <p className="restless-caption">
        Each step the agent may act on {CONSTRAINT_TEXT[view.constraint]} (B = {view.budget}
        {view.constraint === 'capacity' ? `, capacity ${view.capacity}` : ''}). Reward: the number of good arms.
      </p>
      <RestlessRaster view={view} />
      <ul className="restless-legend">
        <li><span className="restless-swatch restless-good" aria-hidden="true" /> good</li>
        <li><span className="restless-swatch restless-bad" aria-hidden="true" /> bad</li>
        <li><span className="restless-swatch restless-ring" aria-hidden="true" /> {multiType ? 'cheap intervention' : 'acted on'}</li>
        {multiType && <li><span className="restless-swatch restless-dot" aria-hidden="true" /> strong intervention</li>}
      </ul>
      <WhittleTable view={view} table={table} strongTable={strongTable} gamma={gamma} />
    </div>
  );
}
