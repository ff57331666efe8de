// The offline dataset lab's environment view (catalogue D7): the dataset the learners train on, rebuilt here from
// the same seeded stream as in the worker (so it is the very same data), or the library dataset the run was given,
// with its TQ and SACo, return histogram and (s, a) coverage; the library; then the map with the watched learner's
// greedy moves over the data's visit counts, and the datasets × algorithms matrix.
import { useMemo } from 'react';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { useLibraryDatasetStore } from '../../state/library-dataset-store.ts';
import { envStreamOf } from '../../engine/run-streams.ts';
import {
  createOfflineWorld, OFFLINE_HORIZON, OFFLINE_WORLD_ID, WORLD_SETTING_DEFAULTS, worldSettings, type OfflineWorldParams,
} from '../../demos/offline-world.ts';
import { replayReferencePairs } from '../../core/data/dataset-generators.ts';
import { summarizeDataset } from '../../core/data/dataset-summary.ts';
import { DATASET_KINDS, LIBRARY_DATASET } from '../../core/data/offline-dataset.ts';
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { GridCanvas } from '../grid-canvas/grid-canvas.tsx';
import { GridLegend } from '../grid-canvas/grid-legend.tsx';
import { GridOverlayToggles } from '../grid-canvas/grid-overlay-toggles.tsx';
import { DatasetPanel } from './dataset-panel.tsx';
import { CoverageMap } from './coverage-map.tsx';
import { ReturnHistogram } from './return-histogram.tsx';
import { DatasetLibraryPanel } from './dataset-library-panel.tsx';
import { OfflineMatrix } from './offline-matrix.tsx';
import './offline.css';

export function OfflineLabStage({ demo }: { demo: AnyDemo }) {
  const experiment = useExperimentStore((s) => s.experiment);
  const loaded = useLibraryDatasetStore((s) => s.current);
  const p = experiment?.params as unknown as (OfflineWorldParams & { libraryDataset: string }) | undefined;
  const seed = experiment?.seed ?? 1;
  const fromLibrary = p?.dataset === LIBRARY_DATASET;
  const supplied = fromLibrary && loaded?.id === p?.libraryDataset ? loaded : null;
  const world = useMemo(() => {
    if (!p || (fromLibrary && !supplied)) return null;
    try {
      const { dataset, datasetSize, noisyEpsilon, slip, behaviourNoise, delay, wind, hazard } = p;
      return createOfflineWorld({ dataset, datasetSize, noisyEpsilon, slip, behaviourNoise, delay, wind, hazard }, envStreamOf(seed, 0),
        supplied ? { dataset: supplied.dataset } : {});
    } catch {
      // A library dataset that does not fit this world: the run reports why; there is nothing to show here.
      return null;
    }
  }, [p?.dataset, p?.datasetSize, p?.noisyEpsilon, p?.slip, p?.behaviourNoise, p?.delay, p?.wind, p?.hazard, seed, supplied]);
  const summary = useMemo(() => (world ? summarizeDataset(world.dataset, replayReferencePairs(world.model, world.dataset, OFFLINE_HORIZON)) : null), [world]);
  if (!p || !experiment) return null;
  // The name says every world setting that is on, so saved datasets from different worlds are told apart.
  const settings = [p.slip > 0 && `slip${p.slip}`, p.delay > 0 && `delay${p.delay}`, p.wind > 0 && `wind${p.wind}`].filter(Boolean);
  const name = supplied ? supplied.name : [p.dataset, p.datasetSize, ...settings, `seed${seed}`].join('-');
  const expect = { env: { id: OFFLINE_WORLD_ID, settings: worldSettings(p) }, settingDefaults: WORLD_SETTING_DEFAULTS };
  return (
    <div className="offline-stage">
      <h3 className="offline-heading">The dataset{supplied ? ' (from your library)' : ''}</h3>
      {world && summary ? (
        <>
          <DatasetPanel dataset={world.dataset} summary={summary} name={name} />
          <div className="offline-figures">
            <CoverageMap layout={world.layout} coverage={summary.coverage} hazards={world.dataset.meta.hazards} />
            <ReturnHistogram bins={summary.histogram} references={summary.references} />
          </div>
        </>
      ) : (
        <p className="offline-muted">No library dataset is loaded: press Train on it beside one below, or import a file.</p>
      )}
      <DatasetLibraryPanel dataset={world && !supplied ? world.dataset : null} name={name} expect={expect} />
      <h3 className="offline-heading">What the watched learner does with it</h3>
      <p className="offline-muted">
        Arrows: its greedy move in each cell, from the last evaluation. Turn on Visit counts to shade the cells by how
        often the data visits them; moves off the shaded cells were learned from no data at all.
      </p>
      <GridOverlayToggles />
      <GridCanvas editable={false} goalRewards="" />
      <GridLegend />
      <OfflineMatrix demoId={demo.id} params={experiment.params} seed={seed} datasets={DATASET_KINDS}
        agents={experiment.agents.map((id) => ({ id, label: demo.agents.find((a) => a.id === id)?.label ?? id }))} />
    </div>
  );
}
