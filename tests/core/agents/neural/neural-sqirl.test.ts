// SQIRL with a network as its regression: a fit recovers the mean target of each sampled pair and answers for
// unsampled ones; it leaves no tensor behind over thousands of steps; and in the empty 8×8 room it learns a
// near-shortest path where the table's SQIRL, acting at random in unsampled states, does not (seed 1).
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { mlpRegression } from '../../../../src/core/agents/neural/neural-sqirl.ts';
import { tableRegression } from '../../../../src/core/agents/exploration/sqirl-regression.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { findDemo } from '../../../../src/demos/registry.ts';
import { loadAgentFactories } from '../../../../src/engine/agent-factories.ts';
import { createRun } from '../../../../src/engine/run.ts';
import { defaultExperiment, presetExperiment } from '../../../../src/state/experiment-url.ts';

const oneHot = (n: number) => ({ size: n, encode: (s: number, out: Float32Array, offset: number) => { out.fill(0, offset, offset + n); out[offset + s] = 1; } });

describe('SQIRL with a network', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('fits each sampled pair’s mean target, like the table, and also answers for pairs never sampled', () => {
    const samples = [
      ...Array.from({ length: 5 }, () => ({ s: 0, a: 0, target: 1 })),
      ...Array.from({ length: 5 }, () => ({ s: 0, a: 1, target: 0 })),
      { s: 1, a: 0, target: 0.4 }, { s: 1, a: 0, target: 0.6 },
    ];
    const before = tf.memory().numTensors;
    const net = mlpRegression(oneHot(3), 3, 2, createRng(1))(samples, 'test');
    expect(tf.memory().numTensors).toBe(before);
    const table = tableRegression(3, 2)(samples, 'test');
    for (const [s, a] of [[0, 0], [0, 1], [1, 0]] as const) expect(net.value(s, a)!).toBeCloseTo(table.value(s, a)!, 1);
    expect(table.value(2, 1)).toBeNull();
    expect(Number.isFinite(net.value(2, 1))).toBe(true);
  });

  it('keeps the tensor count flat over thousands of steps', async () => {
    const demo = findDemo('effective-horizon')!;
    await loadAgentFactories(demo, ['sqirl-mlp']);
    await tf.setBackend('cpu');
    const params = { ...defaultExperiment(demo).params, world: 'empty-5', episodesPerStage: 10 };
    const run = createRun(demo, params, 1, { agents: ['sqirl-mlp'] });
    run.step(500);
    const settled = tf.memory().numTensors;
    run.step(3000);
    expect(tf.memory().numTensors).toBe(settled);
    run.dispose();
  });

  it('sqirl-network: walks the empty 8×8 room near the shortest path, where the table’s SQIRL does not (seed 1)', async () => {
    const demo = findDemo('effective-horizon')!;
    await loadAgentFactories(demo, ['sqirl', 'sqirl-mlp']);
    await tf.setBackend('cpu');
    const params = presetExperiment(demo, 'sqirl-network', defaultExperiment(demo)).params;
    const run = createRun(demo, params, 1, { agents: ['sqirl', 'sqirl-mlp'] });
    run.runEpisodes(3000);
    const lastLength = (id: string) => {
      const lengths = run.series(id, 'episode/length').mean.slice(2700, 3000);
      return lengths.reduce((a, b) => a + b, 0) / lengths.length;
    };
    // Measured: 17.0 (the shortest is 14) against 68.
    expect(lastLength('sqirl-mlp')).toBeLessThan(20);
    expect(lastLength('sqirl')).toBeGreaterThan(2 * lastLength('sqirl-mlp'));
    run.dispose();
  });
});
