// The trajectory-stitching demo's environment view (catalogue D8): the corridors with the data's episodes, rebuilt
// here from the same seeded stream as in the worker (the very data the learners train on), the watched learner's
// path and, for MBRCSL, its model rollouts; the requested-versus-achieved return curve of a return-conditioned
// learner; and each learner's success at its latest evaluation.
import { useMemo } from 'react';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { viewStore } from '../../state/view-store.ts';
import { envStreamOf } from '../../engine/run-streams.ts';
import { createStitchingWorld, startToGoalEpisodes, type StitchingWorldParams } from '../../demos/stitching-world.ts';
import { bestEpisodeReturn } from '../../core/data/return-to-go.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import { CorridorMap } from './corridor-map.tsx';
import { ReturnCurve } from './return-curve.tsx';
import { SuccessBars } from './success-bars.tsx';
import './stitching.css';

const selectView = (s: ReturnType<typeof viewStore.getState>) => s.view;
const CONDITIONED = ['rcsl', 'mbrcsl'];

export function StitchingStage({ demo }: { demo: AnyDemo }) {
  const experiment = useExperimentStore((s) => s.experiment);
  const watched = useThrottledStore(viewStore, selectView, { intervalMs: 150 });
  const p = experiment?.params as unknown as StitchingWorldParams | undefined;
  const seed = experiment?.seed ?? 1;
  const world = useMemo(() => {
    if (!p) return null;
    try {
      return createStitchingWorld({ episodesA: p.episodesA, episodesB: p.episodesB, actionNoise: p.actionNoise }, envStreamOf(seed, 0));
    } catch {
      // Params the run refuses: it says why; there is nothing to draw.
      return null;
    }
  }, [p?.episodesA, p?.episodesB, p?.actionNoise, seed]);
  if (!p || !experiment || !world) return null;
  const labelOf = (id: string) => demo.agents.find((a) => a.id === id)?.label ?? id;
  const agent = watched?.agent;
  const learner = watched ? labelOf(watched.agentId) : undefined;
  const fromStart = world.dataset.episodes.filter((e) => e.observations[0] === world.model.start);
  const stitched = startToGoalEpisodes(world.dataset);
  return (
    <div className="stitching-stage">
      <h3 className="stitching-heading">The data, and where the watched learner goes</h3>
      <p className="stitching-muted">
        {world.dataset.episodes.length} episodes: {p.episodesA} on route A from the start S to the small prize, {p.episodesB} on
        route B from the side entrance B to the goal.{' '}
        {stitched === 0 ? 'None goes from S to the goal.' : `Only ${stitched} go${stitched === 1 ? 'es' : ''} from S to the goal, by random moves at the junction.`}
      </p>
      <CorridorMap layout={world.layout} episodes={world.dataset.episodes} routeA={p.episodesA}
        path={agent?.path} rollouts={agent?.rollouts} learner={learner} />
      {!agent?.path && <p className="stitching-muted">Press Play: after each learner’s first evaluation its path is drawn here.</p>}
      <div className="stitching-figures">
        {agent?.returnCurve && learner ? (
          <ReturnCurve curve={agent.returnCurve} bestFromStart={bestEpisodeReturn(fromStart)} learner={learner} />
        ) : (
          <p className="stitching-muted stitching-curve">
            {experiment.agents.some((id) => CONDITIONED.includes(id))
              ? 'Watch RCSL or MBRCSL (its “show” button in Agents) to see the returns it achieves against the returns it is asked for.'
              : 'Add RCSL or MBRCSL to see the returns a return-conditioned learner achieves against those it is asked for.'}
          </p>
        )}
        <SuccessBars agents={experiment.agents.map((id) => ({ id, label: labelOf(id) }))} />
      </div>
    </div>
  );
}
