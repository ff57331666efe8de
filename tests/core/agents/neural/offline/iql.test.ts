// IQL: the expectile loss and advantage weights by hand; τ = 0.5 fits the mean and τ → 1 approaches the max (for
// values {0, 1} the τ-expectile is τ); on mixed data (80% random) IQL's greedy policy walks the shortest path
// (seeded; greedy BC does too here, since the argmax of a uniform-plus-expert mixture is the expert's action);
// no tensor leaks.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { advantageWeights, expectileLoss } from '../../../../../src/core/agents/neural/offline/offline-losses.ts';
import { createIql, DEFAULT_IQL } from '../../../../../src/core/agents/neural/offline/iql.ts';
import { generateDataset } from '../../../../../src/core/data/dataset-generators.ts';
import { flattenTransitions } from '../../../../../src/core/data/transition-batch.ts';
import { evaluatePolicy, normalizedScore } from '../../../../../src/core/data/offline-evaluation.ts';
import { buildGridModel } from '../../../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../../../src/core/envs/gridworld/grid-presets.ts';
import { createGridEncoder } from '../../../../../src/core/envs/gridworld/grid-encoders.ts';
import { createRng } from '../../../../../src/core/rng/rng.ts';

/** The v minimising the expectile loss of {0, 1} − v, by gradient descent. */
function expectileOf01(tau: number): number {
  const v = tf.variable(tf.scalar(0.3));
  const optimizer = tf.train.sgd(0.5);
  for (let i = 0; i < 400; i++) optimizer.minimize(() => expectileLoss(tf.sub(tf.tensor1d([0, 1]), v), tau));
  const out = v.dataSync()[0]!;
  v.dispose();
  optimizer.dispose();
  return out;
}

describe('IQL', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('weighs squared errors by τ above and 1 − τ below, and caps exp(β u)', () => {
    // τ = 0.7, u = (1, −1): (0.7 · 1 + 0.3 · 1) / 2.
    expect(tf.tidy(() => expectileLoss(tf.tensor1d([1, -1]), 0.7).dataSync()[0]!)).toBeCloseTo(0.5, 6);
    expect(tf.tidy(() => expectileLoss(tf.tensor1d([2, 0]), 0.7).dataSync()[0]!)).toBeCloseTo(0.7 * 4 / 2, 6);
    const w = tf.tidy(() => Array.from(advantageWeights(tf.tensor1d([0, 2, -1]), 3, 100).dataSync()));
    expect(w[0]).toBeCloseTo(1, 6);
    expect(w[1]).toBe(100); // e⁶ ≈ 403, capped
    expect(w[2]).toBeCloseTo(Math.exp(-3), 6);
    // β = 0: every weight 1, plain BC.
    expect(tf.tidy(() => Array.from(advantageWeights(tf.tensor1d([5, -5]), 0, 100).dataSync()))).toEqual([1, 1]);
  });

  it('τ = 0.5 fits the mean, τ = 0.9 approaches the max (the τ-expectile of {0, 1} is τ)', () => {
    expect(expectileOf01(0.5)).toBeCloseTo(0.5, 3);
    expect(expectileOf01(0.9)).toBeCloseTo(0.9, 3);
  });

  it('learns the shortest path from mixed data (80% random transitions), and leaks no tensors', () => {
    const layout = parseGridSpec(FOUR_ROOMS);
    const model = buildGridModel(layout);
    const features = createGridEncoder('one-hot', () => layout);
    const data = generateDataset(model, { kind: 'mixed', size: 5000, gamma: 0.95, horizon: 100, seed: 1, env: { id: 'four-rooms', settings: {} } }, createRng('mixed'));
    const iql = createIql({ features, nStates: model.nStates, nActions: 4, data: flattenTransitions(data.episodes), rng: createRng('iql') }, { ...DEFAULT_IQL, hidden: [32] });
    iql.trainStep();
    const settled = tf.memory().numTensors;
    for (let i = 0; i < 800; i++) iql.trainStep();
    expect(tf.memory().numTensors).toBe(settled);
    const greedy = iql.greedyActions();
    iql.dispose();
    expect(normalizedScore(evaluatePolicy(model, (s) => greedy[s]!, 0.95, 100, 5, createRng('eval')), data.meta.references)).toBeGreaterThan(99);
  });
});
