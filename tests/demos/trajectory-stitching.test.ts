// Trajectory stitching through the engine (catalogue D8), seeded: on the two-corridor data, where no episode goes
// from the start to the goal, IQL and MBRCSL reach the goal from the start and RCSL does not; every learner trains
// on the data the page draws.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { defaultParams } from '../../src/demos/control-spec.ts';
import { envStreamOf } from '../../src/engine/run-streams.ts';
import { trajectoryQuality } from '../../src/core/data/dataset-metrics.ts';
import { createStitchingWorld, startToGoalEpisodes, type StitchingWorldParams } from '../../src/demos/stitching-world.ts';

const demo = findDemo('trajectory-stitching')!;
const AGENTS = ['rcsl', 'iql', 'mbrcsl'];
const final = (values: readonly number[]) => values[values.length - 1]!;

describe('trajectory-stitching', () => {
  beforeAll(async () => { await loadAgentFactories(demo, [...AGENTS, 'bc']); });

  it('RCSL does not stitch the corridors; IQL and MBRCSL do', () => {
    const params = { ...defaultParams(demo.controls), gradientSteps: 1500 };
    const run = createRun(demo, params, 1, { agents: AGENTS, runs: 2 });
    for (let seed = 0; seed < 2; seed++) {
      const world = createStitchingWorld(params as unknown as StitchingWorldParams, envStreamOf(1, seed));
      expect(startToGoalEpisodes(world.dataset)).toBe(0);
    }
    while (!run.finished) run.step(1);
    // Success: the share of evaluation episodes reaching the goal, averaged over the two runs.
    expect(final(run.series('rcsl', 'eval/success').mean)).toBe(0);
    expect(final(run.series('iql', 'eval/success').mean)).toBe(1);
    expect(final(run.series('mbrcsl', 'eval/success').mean)).toBe(1);
    expect(final(run.series('mbrcsl', 'eval/target-return').mean)).toBe(1);
    expect(final(run.series('rcsl', 'eval/target-return').mean)).toBe(1);
    run.dispose();
  }, 240_000);

  it('trains every learner on the dataset the page draws', () => {
    const params = { ...defaultParams(demo.controls), gradientSteps: 500, episodesA: 30, episodesB: 20 };
    const run = createRun(demo, params, 4, { agents: ['bc', 'rcsl'] });
    run.step(1);
    const world = createStitchingWorld(params as unknown as StitchingWorldParams, envStreamOf(4, 0));
    expect(world.dataset.episodes).toHaveLength(50);
    for (const agent of ['bc', 'rcsl']) expect(run.series(agent, 'dataset/tq').mean[0]).toBeCloseTo(trajectoryQuality(world.dataset), 12);
    run.dispose();
  }, 60_000);
});
