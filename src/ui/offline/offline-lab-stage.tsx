// The offline dataset lab's environment view (catalogue D7): the dataset the learners train on, rebuilt here from
// the same seeded stream as in the worker (so it is the very same data), with its TQ and SACo, return histogram and
// (s, a) coverage; then the map with the watched learner's greedy moves over the data's visit counts.
import { useMemo } from 'react';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { envStreamOf } from '../../engine/run-streams.ts';
import { createOfflineWorld, OFFLINE_HORIZON, type OfflineWorldParams } from '../../demos/offline-world.ts';
import { replayReferencePairs } from '../../core/data/dataset-generators.ts';
import { summarizeDataset } from '../../core/data/dataset-summary.ts';
import { GridCanvas } from '../grid-canvas/grid-canvas.tsx';
import { GridLegend } from '../grid-canvas/grid-legend.tsx';
import { GridOverlayToggles } from '../grid-canvas/grid-overlay-toggles.tsx';
import { DatasetPanel } from './dataset-panel.tsx';
import { CoverageMap } from './coverage-map.tsx';
import { ReturnHistogram } from './return-histogram.tsx';
import { OfflineMatrix } from './offline-matrix.tsx';
import { DATASET_KINDS } from '../../core/data/offline-dataset.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import './offline.css';

export function OfflineLabStage({ demo }: { demo: AnyDemo }) {
  const experiment = useExperimentStore((s) => s.experiment);
  const p = experiment?.params as unknown as OfflineWorldParams | undefined;
  const seed = experiment?.seed ?? 1;
  const world = useMemo(
    () => (p ? createOfflineWorld({ dataset: p.dataset, datasetSize: p.datasetSize, noisyEpsilon: p.noisyEpsilon, slip: p.slip }, envStreamOf(seed, 0)) : null),
    [p?.dataset, p?.datasetSize, p?.noisyEpsilon, p?.slip, seed],
  );
  const summary = useMemo(() => (world ? summarizeDataset(world.dataset, replayReferencePairs(world.model, world.dataset, OFFLINE_HORIZON)) : null), [world]);
  if (!world || !summary || !p) return null;
  const name = `${p.dataset}-${p.datasetSize}${p.slip > 0 ? `-slip${p.slip}` : ''}-seed${seed}`;
  return (
    <div className="offline-stage">
      <h3 className="offline-heading">The dataset</h3>
      <DatasetPanel dataset={world.dataset} summary={summary} name={name} />
      <div className="offline-figures">
        <CoverageMap layout={world.layout} coverage={summary.coverage} />
        <ReturnHistogram bins={summary.histogram} references={summary.references} />
      </div>
      <h3 className="offline-heading">What the watched learner does with it</h3>
      <p className="offline-muted">
        Arrows: its greedy move in each cell, from the last evaluation. Turn on Visit counts to shade the cells by how
        often the data visits them; moves off the shaded cells were learned from no data at all.
      </p>
      <GridOverlayToggles />
      <GridCanvas editable={false} goalRewards="" />
      <GridLegend />
      {experiment && (
        <OfflineMatrix demoId={demo.id} params={experiment.params} seed={seed} datasets={DATASET_KINDS}
          agents={experiment.agents.map((id) => ({ id, label: demo.agents.find((a) => a.id === id)?.label ?? id }))} />
      )}
    </div>
  );
}
