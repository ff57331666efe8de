// The bisimulation loss by hand on three histories; 0 when latent distances already match the bisimulation
// targets; its gradient pulls together two histories whose futures are alike; no tensor leaks over many steps.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { bisimulationLoss } from '../../../../../src/core/agents/neural/offline/bisimulation.ts';

describe('bisimulation loss', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('matches a hand-worked value', () => {
    const loss = tf.tidy(() => bisimulationLoss(
      tf.tensor2d([[0, 0], [1, 2], [3, 0]]), tf.tensor2d([[0, 0], [3, 4], [0, 0]]), tf.tensor1d([0, 1, 0]),
      Int32Array.from([1, 2, 0]), 0.5,
    ).dataSync()[0]!);
    // Pairs (0,1), (1,2), (2,0):
    //   ‖z0 − z1‖₁ = 3, |r| = 1, ‖z′0 − z′1‖₂ = 5 → 3 − 1 − 2.5 = −0.5
    //   ‖z1 − z2‖₁ = 4, |r| = 1, ‖z′1 − z′2‖₂ = 5 → 4 − 1 − 2.5 = 0.5
    //   ‖z2 − z0‖₁ = 3, |r| = 0, ‖z′2 − z′0‖₂ = 0 → 3
    expect(loss).toBeCloseTo((0.25 + 0.25 + 9) / 3, 5);
  });

  it('is 0 when the latent distances equal the targets', () => {
    const loss = tf.tidy(() => bisimulationLoss(
      tf.tensor2d([[0], [2]]), tf.tensor2d([[0], [2]]), tf.tensor1d([0, 1]), Int32Array.from([1, 0]), 0.5,
    ).dataSync()[0]!);
    // ‖0 − 2‖₁ = 2 = |0 − 1| + 0.5 · 2.
    expect(loss).toBeCloseTo(0, 5);
  });

  it('pulls together two histories with the same reward and the same next latent', () => {
    const z = tf.variable(tf.tensor2d([[0, 0], [1, 1]]));
    const next = tf.tensor2d([[5, 5], [5, 5]]);
    const r = tf.tensor1d([1, 1]);
    const before = Math.abs(z.arraySync()[0]![0]! - z.arraySync()[1]![0]!);
    const optimizer = tf.train.sgd(0.1);
    for (let i = 0; i < 20; i++) optimizer.minimize(() => bisimulationLoss(z as tf.Variable<tf.Rank.R2>, next, r, Int32Array.from([1, 0]), 0.9));
    const after = Math.abs(z.arraySync()[0]![0]! - z.arraySync()[1]![0]!);
    expect(after).toBeLessThan(before / 2);
    for (const t of [z, next, r]) t.dispose();
    optimizer.dispose();
  });

  it('leaks no tensors over many steps', () => {
    const z = tf.variable(tf.randomNormal([16, 4], 0, 1, 'float32', 1));
    const next = tf.randomNormal([16, 4], 0, 1, 'float32', 2);
    const r = tf.randomUniform([16], 0, 1, 'float32', 3);
    const optimizer = tf.train.adam(1e-2);
    const permutation = Int32Array.from({ length: 16 }, (_, i) => (i + 5) % 16);
    optimizer.minimize(() => bisimulationLoss(z as tf.Variable<tf.Rank.R2>, next as tf.Tensor2D, r as tf.Tensor1D, permutation, 0.9));
    const settled = tf.memory().numTensors;
    for (let i = 0; i < 2000; i++) {
      const cost = optimizer.minimize(() => bisimulationLoss(z as tf.Variable<tf.Rank.R2>, next as tf.Tensor2D, r as tf.Tensor1D, permutation, 0.9), true);
      cost?.dispose();
    }
    expect(tf.memory().numTensors).toBe(settled);
    for (const t of [z, next, r]) t.dispose();
    optimizer.dispose();
  });
});
