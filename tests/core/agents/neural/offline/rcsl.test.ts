// RCSL on the two-corridor data: asked for the prize's return, which route A earned from the start, it walks to the
// prize; asked for the goal's return, which no episode from the start earned, it has nothing to imitate there
// (joint input: an untrained answer) and does not reach the goal. The joint input's bins, and no tensor leaks.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createRcsl, returnBin, returnScale } from '../../../../../src/core/agents/neural/offline/rcsl.ts';
import { flattenConditioned } from '../../../../../src/core/data/return-to-go.ts';
import { evaluateActor } from '../../../../../src/core/data/offline-evaluation.ts';
import { createGridEncoder } from '../../../../../src/core/envs/gridworld/grid-encoders.ts';
import { createRng } from '../../../../../src/core/rng/rng.ts';
import { createStitchingWorld, PRIZE_REWARD } from '../../../../../src/demos/stitching-world.ts';

const world = createStitchingWorld({ episodesA: 100, episodesB: 100, actionNoise: 0.1 }, createRng('rcsl-corridors'));

function trained(input: 'joint' | 'separate', seed: string, steps: number) {
  const rcsl = createRcsl({
    features: createGridEncoder('one-hot', () => world.layout), nStates: world.model.nStates, nActions: 4,
    data: flattenConditioned(world.dataset.episodes), rng: createRng(seed),
  }, { hidden: [64, 64], learningRate: 1e-3, batchSize: 64, input });
  for (let i = 0; i < steps; i++) rcsl.trainStep();
  return rcsl;
}

describe('RCSL', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('rounds returns to tenths of the data’s largest for its joint input', () => {
    expect(returnScale(flattenConditioned(world.dataset.episodes))).toBe(1);
    expect(returnBin(0)).toBe(20);
    expect(returnBin(0.5)).toBe(25);
    expect(returnBin(0.46)).toBe(25);
    expect(returnBin(1)).toBe(30);
    expect(returnBin(99)).toBe(40);
    expect(returnBin(-99)).toBe(0);
  });

  it('gets the prize when asked for it, and misses the goal when asked for a return never earned from the start', { timeout: 120_000 }, () => {
    for (const seed of ['a', 'b']) {
      const rcsl = trained('joint', seed, 1500);
      const asked = (g: number) => evaluateActor(world.model, () => rcsl.actor(g), 0.95, 50, 5, createRng(`eval-${seed}`));
      const prize = asked(PRIZE_REWARD);
      expect(prize.meanReturn).toBe(PRIZE_REWARD);
      expect(asked(1).success).toBe(0);
      rcsl.dispose();
    }
  });

  it('subtracts each reward from the return still asked for', () => {
    const rcsl = trained('separate', 'c', 1);
    const actor = rcsl.actor(1);
    const before = rcsl.greedyAt(1);
    expect(actor.act(world.model.start)).toBe(before[world.model.start]);
    actor.observe!(0.75);
    expect(actor.act(world.model.start)).toBe(rcsl.greedyAt(0.25)[world.model.start]);
    rcsl.dispose();
  });

  it('leaks no tensors over many steps, with either input', () => {
    for (const input of ['joint', 'separate'] as const) {
      const rcsl = trained(input, 'leak', 1);
      const settled = tf.memory().numTensors;
      for (let i = 0; i < 1000; i++) rcsl.trainStep();
      rcsl.greedyAt(1);
      rcsl.logitsAt(0.5);
      expect(tf.memory().numTensors).toBe(settled);
      rcsl.dispose();
    }
  });
});
