// The offline dataset lab through the engine: every learner of a run trains on the same dataset, the one the page
// rebuilds from the run's env stream for its dataset panel (same TQ and SACo); slip turns the floor to ice and
// keeps the walls; the charts plot against gradient steps.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { defaultParams } from '../../src/demos/control-spec.ts';
import { envStreamOf } from '../../src/engine/run-streams.ts';
import { createOfflineWorld, OFFLINE_HORIZON, offlineWorldSpec, type OfflineWorldParams } from '../../src/demos/offline-world.ts';
import { summarizeDataset } from '../../src/core/data/dataset-summary.ts';
import { replayReferencePairs } from '../../src/core/data/dataset-generators.ts';
import { FOUR_ROOMS } from '../../src/core/envs/gridworld/grid-presets.ts';

const demo = findDemo('offline-dataset-lab')!;

describe('offline-dataset-lab', () => {
  beforeAll(async () => { await loadAgentFactories(demo, ['bc', 'cql']); });

  it('trains every learner on the dataset the page shows', () => {
    const params = { ...defaultParams(demo.controls), dataset: 'medium', datasetSize: 3000, gradientSteps: 1000 };
    const run = createRun(demo, params, 5, { agents: ['bc', 'cql'] });
    run.runEpisodes(1);
    const world = createOfflineWorld(params as unknown as OfflineWorldParams, envStreamOf(5, 0));
    const summary = summarizeDataset(world.dataset, replayReferencePairs(world.model, world.dataset, OFFLINE_HORIZON));
    for (const agent of ['bc', 'cql']) {
      expect(run.series(agent, 'dataset/tq').mean[0]).toBeCloseTo(summary.tq, 12);
      expect(run.series(agent, 'dataset/saco').mean[0]).toBeCloseTo(summary.saco, 12);
      expect(run.series(agent, 'eval/gradient-steps').mean[0]).toBe(200);
    }
    run.dispose();
  }, 60_000);

  it('puts every floor cell on ice when slip is on, keeping the map', () => {
    const spec = offlineWorldSpec(0.2);
    expect(spec.slip).toBe(0.2);
    expect(spec.rows.join('').replace(/[~s]/g, '.').replace('.', 'S')).toBe(FOUR_ROOMS.rows.join(''));
    expect(offlineWorldSpec(0)).toBe(FOUR_ROOMS);
  });

  it('charts against gradient steps', () => {
    for (const chart of demo.charts) expect(chart.x).toBe('eval/gradient-steps');
  });
});
