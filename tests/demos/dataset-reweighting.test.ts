// Dataset reweighting through the engine (catalogue D10), seeded: on the 95% random / 5% expert data, sampling by
// return raises BC's score far above uniform sampling; the page's readouts come from the data the learners train on.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { defaultParams } from '../../src/demos/control-spec.ts';
import { envStreamOf } from '../../src/engine/run-streams.ts';
import { createReweightingWorld, HARD_STARTS, EASY_STARTS } from '../../src/demos/reweighting-world.ts';
import { effectiveReturn, normalizedReturns, trajectoryWeights } from '../../src/core/data/trajectory-weights.ts';

const demo = findDemo('dataset-reweighting')!;
const final = (values: readonly number[]) => values[values.length - 1]!;

describe('dataset-reweighting', () => {
  beforeAll(async () => { await loadAgentFactories(demo, ['bc']); });

  it('reweighting by return raises BC’s score on the 95/5 mixture', () => {
    const score = (sampling: string) => {
      const run = createRun(demo, { ...defaultParams(demo.controls), sampling, gradientSteps: 1500 }, 1, { agents: ['bc'], runs: 2 });
      while (!run.finished) run.step(1);
      const s = final(run.series('bc', 'eval/normalized-score').mean);
      run.dispose();
      return s;
    };
    const uniform = score('uniform');
    const rw = score('rw');
    expect(uniform).toBeLessThan(20);
    expect(rw).toBeGreaterThan(uniform + 30);
  }, 180_000);

  it('reports the effective behaviour return of the data the page draws', () => {
    const params = { ...defaultParams(demo.controls), sampling: 'aw', gradientSteps: 500 };
    const run = createRun(demo, params, 3, { agents: ['bc'] });
    run.step(1);
    const world = createReweightingWorld({ expertShare: 5, startSpread: true }, envStreamOf(3, 0));
    expect(world.dataset.meta.starts).toEqual([...HARD_STARTS, ...EASY_STARTS]);
    const expected = effectiveReturn(trajectoryWeights(world.dataset, 'aw', 0.1).episodeMass, normalizedReturns(world.dataset));
    expect(run.series('bc', 'dataset/effective-return').mean[0]).toBeCloseTo(expected, 12);
    run.dispose();
  }, 60_000);
});
