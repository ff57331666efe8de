// IQL on observation histories in the two corridors (seeded): with the current view alone (k = 1) the junction is
// one observation whatever the way in, and IQL stitches the routes to the goal; with four observations the two ways
// in are two histories, the one from the start was only ever followed by the move to the prize, and IQL does not
// stitch. The encoded variant trains with the bisimulation loss and reports it; no tensors leak.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createHistoryIql, type HistoryIqlSettings } from '../../../../../src/core/agents/neural/offline/history-iql.ts';
import { historySize, historyTable, writeHistory, type HistorySpec } from '../../../../../src/core/data/observation-histories.ts';
import { evaluateActor } from '../../../../../src/core/data/offline-evaluation.ts';
import { localView } from '../../../../../src/core/envs/gridworld/local-view.ts';
import { createRng } from '../../../../../src/core/rng/rng.ts';
import { createStitchingWorld, STITCHING_GAMMA, STITCHING_HORIZON } from '../../../../../src/demos/stitching-world.ts';

const world = createStitchingWorld({ episodesA: 100, episodesB: 100, actionNoise: 0.1 }, createRng('w1'));
const spec = (length: number): HistorySpec => ({ length, nActions: 4, observe: (s) => localView(world.layout, s) });
const SETTINGS: HistoryIqlSettings = {
  hidden: [64, 64], learningRate: 1e-3, batchSize: 64, gamma: STITCHING_GAMMA, tau: 0.7, beta: 3, weightCap: 100, targetRate: 0.005,
  latent: 0, bisimWeight: 0,
};

/** Success from the start after `steps` gradient steps, the actor building its own history as it goes. */
function successAfter(length: number, steps: number): number {
  const s = spec(length);
  const learner = createHistoryIql(historyTable(world.dataset, s), 4, SETTINGS, createRng(`l${length}`));
  for (let i = 0; i < steps; i++) learner.trainStep();
  const buffer = new Float32Array(historySize(s));
  const success = evaluateActor(world.model, () => {
    const states: number[] = [];
    const actions: number[] = [];
    return {
      act(state) {
        states.push(state);
        writeHistory(s, states, actions, states.length - 1, buffer, 0);
        const a = learner.act(buffer);
        actions.push(a);
        return a;
      },
    };
  }, STITCHING_GAMMA, STITCHING_HORIZON, 2, createRng('eval')).success;
  learner.dispose();
  return success;
}

describe('IQL on observation histories', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('stitches with the current view alone and not with four observations of history', () => {
    expect(successAfter(1, 1000)).toBe(1);
    expect(successAfter(4, 1000)).toBe(0);
  }, 120_000);

  it('trains an encoder with the bisimulation loss, and keeps the tensor count flat', () => {
    const s = spec(4);
    const learner = createHistoryIql(historyTable(world.dataset, s), 4, { ...SETTINGS, hidden: [8], batchSize: 8, latent: 4, bisimWeight: 0.5 }, createRng('leak'));
    const first = learner.trainStep();
    expect(Number.isFinite(first.bisimulation)).toBe(true);
    const settled = tf.memory().numTensors;
    for (let i = 0; i < 1000; i++) learner.trainStep();
    learner.act(new Float32Array(historySize(s)));
    expect(tf.memory().numTensors).toBe(settled);
    learner.dispose();
  }, 60_000);

  it('refuses bad settings', () => {
    const table = historyTable(world.dataset, spec(2));
    expect(() => createHistoryIql(table, 4, { ...SETTINGS, latent: 1.5 }, createRng(1))).toThrow(/latent width/);
    expect(() => createHistoryIql(table, 4, { ...SETTINGS, bisimWeight: -1 }, createRng(1))).toThrow(/bisimulation weight/);
  });
});
