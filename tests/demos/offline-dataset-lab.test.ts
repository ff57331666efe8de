// The offline dataset lab through the engine: every learner of a run trains on the same dataset, the one the page
// rebuilds from the run's env stream for its dataset panel (same TQ and SACo); slip turns the floor to ice and
// keeps the walls; wind and delay change the world and are recorded with the data, and so is the hazard; the charts plot against gradient steps.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { defaultParams } from '../../src/demos/control-spec.ts';
import { envStreamOf } from '../../src/engine/run-streams.ts';
import { BEHAVIOUR_NOISE, createOfflineWorld, HAZARD_CELLS, OFFLINE_HORIZON, offlineWorldSpec, type OfflineWorldParams } from '../../src/demos/offline-world.ts';
import { summarizeDataset } from '../../src/core/data/dataset-summary.ts';
import { replayReferencePairs } from '../../src/core/data/dataset-generators.ts';
import { FOUR_ROOMS } from '../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../src/core/rng/rng.ts';
import { ParamsError } from '../../src/demos/control-spec.ts';

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
      expect(run.series(agent, 'eval/gradient-steps').mean[0]).toBe(100);
    }
    run.dispose();
  }, 60_000);

  it('trains on a supplied library dataset, and refuses a missing or mismatched one, keeping the old run', async () => {
    const params = { ...defaultParams(demo.controls), gradientSteps: 1000 };
    const world = createOfflineWorld({ dataset: 'expert', datasetSize: 2000, noisyEpsilon: 0.3, slip: 0, behaviourNoise: 'normal', delay: 0, wind: 0, hazard: false }, createRng('lib'));
    const library = { ...params, dataset: 'library', libraryDataset: '0f8fad5b-d9cb-469f-a165-70867728950e' };
    const run = createRun(demo, library, 1, { agents: ['bc'], dataset: world.dataset });
    run.runEpisodes(1);
    expect(run.series('bc', 'dataset/tq').mean[0]).toBeCloseTo(1, 6);
    run.dispose();

    expect(() => createRun(demo, library, 1, { agents: ['bc'] })).toThrow(/press Train on it beside one/);
    expect(() => createRun(demo, { ...library, slip: 0.1 }, 1, { agents: ['bc'], dataset: world.dataset }))
      .toThrow('The library dataset was collected with slip 0; set Slip to 0 to train on it.');
    expect(() => createRun(demo, { ...library, delay: 2 }, 1, { agents: ['bc'], dataset: world.dataset }))
      .toThrow('The library dataset was collected with action delay 0; set Action delay to 0 to train on it.');
    expect(() => createRun(demo, { ...library, wind: 0.1, hazard: false }, 1, { agents: ['bc'], dataset: world.dataset }))
      .toThrow('The library dataset was collected with wind 0; set Wind to 0 to train on it.');

    // Switching a generated-data run to the library without a dataset is refused, and the run goes on unchanged.
    const generated = createRun(demo, params, 1, { agents: ['bc'] });
    expect(() => generated.setParams({ dataset: 'library' })).toThrow(ParamsError);
    expect(generated.params.dataset).toBe('mixed');
    generated.runEpisodes(1);
    expect(generated.series('bc', 'dataset/tq').mean[0]).toBeCloseTo(0.555, 2);
    generated.dispose();
  }, 60_000);

  it('frees the replaced learners’ tensors when a setting rebuilds the run', async () => {
    const tf = await import('@tensorflow/tfjs');
    const run = createRun(demo, { ...defaultParams(demo.controls), gradientSteps: 1000, datasetSize: 1000 }, 1, { agents: ['cql'] });
    run.runEpisodes(1);
    const before = tf.memory().numTensors;
    run.setParams({ cqlAlpha: 2 });
    run.runEpisodes(1);
    expect(tf.memory().numTensors).toBe(before);
    run.dispose();
  }, 60_000);

  it('puts every floor cell on ice when slip is on, keeping the map', () => {
    const spec = offlineWorldSpec(0.2);
    expect(spec.slip).toBe(0.2);
    expect(spec.rows.join('').replace(/[~s]/g, '.').replace('.', 'S')).toBe(FOUR_ROOMS.rows.join(''));
    expect(offlineWorldSpec(0)).toBe(FOUR_ROOMS);
  });

  it('blows gusts through the world and delays the moves when NeoRL-2’s toggles are on, and the data records both', () => {
    const world = createOfflineWorld({ dataset: 'conservative', datasetSize: 1000, noisyEpsilon: 0.3, slip: 0, behaviourNoise: 'low', delay: 2, wind: 0.1, hazard: false }, createRng('neorl'));
    // Each move's outcome splits in calm and gusty ones.
    expect(world.model.maxOutcomes).toBe(6);
    expect(world.dataset.meta).toMatchObject({ behaviour: 'conservative', noise: BEHAVIOUR_NOISE.low, delay: 2 });
    expect(world.dataset.meta.env.settings).toEqual({ slip: 0, delay: 2, wind: 0.1 });
    const calm = createOfflineWorld({ dataset: 'conservative', datasetSize: 1000, noisyEpsilon: 0.3, slip: 0, behaviourNoise: 'low', delay: 0, wind: 0, hazard: false }, createRng('neorl'));
    expect(calm.model.maxOutcomes).toBe(3);
  });

  it('records the hazard with generated data, counts the episodes that enter it, and gives a library dataset the lab’s own', () => {
    const expert = createOfflineWorld({ dataset: 'expert', datasetSize: 4000, noisyEpsilon: 0.3, slip: 0, behaviourNoise: 'normal', delay: 0, wind: 0, hazard: true }, createRng('hz'));
    expect(expert.dataset.meta.hazards).toEqual(HAZARD_CELLS);
    // The expert splits its ties at random, so it takes the top route (through the hazard) in some episodes only.
    const share = summarizeDataset(expert.dataset, 1).hazardEpisodes / expert.dataset.episodes.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.8);
    const round = createOfflineWorld({ dataset: 'conservative', datasetSize: 4000, noisyEpsilon: 0.3, slip: 0, behaviourNoise: 'none', delay: 0, wind: 0, hazard: true }, createRng('hz'));
    expect(summarizeDataset(round.dataset, 1).hazardEpisodes).toBe(0);
    const library = createOfflineWorld({ dataset: 'library', datasetSize: 500, noisyEpsilon: 0.3, slip: 0, behaviourNoise: 'normal', delay: 0, wind: 0, hazard: false },
      createRng('hz'), { dataset: expert.dataset });
    expect(library.dataset.meta.hazards).toBeUndefined();
  });

  it('charts against gradient steps', () => {
    for (const chart of demo.charts) expect(chart.x).toBe('eval/gradient-steps');
  });
});
