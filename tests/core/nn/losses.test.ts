// Huber and squared-error losses, hand-worked on e = [0.5, −2, 3] (target 0).
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { huberLoss, mseLoss } from '../../../src/core/nn/losses.ts';

const E = [0.5, -2, 3];
const scalar = (f: () => tf.Scalar) => tf.tidy(() => f().dataSync()[0]);

describe('losses', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('Huber, δ = 1: ½·0.25 = 0.125, 1·(2 − 0.5) = 1.5, 1·(3 − 0.5) = 2.5 → mean 1.375', () => {
    expect(scalar(() => huberLoss(tf.tensor1d(E), tf.zeros([3])))).toBeCloseTo(1.375, 6);
  });

  it('Huber, δ = 2: 0.125, ½·4 = 2 (|e| ≤ δ), 2·(3 − 1) = 4 → mean 6.125/3', () => {
    expect(scalar(() => huberLoss(tf.tensor1d(E), tf.zeros([3]), 2))).toBeCloseTo(6.125 / 3, 6);
  });

  it('Huber depends on pred − target only', () => {
    expect(scalar(() => huberLoss(tf.tensor1d([1.5, -1, 4]), tf.tensor1d([1, 1, 1])))).toBeCloseTo(1.375, 6);
  });

  it('Huber gradient is the clipped error: clip(e, −δ, δ)/n = [0.5, −1, 1]/3', () => {
    const grad = tf.tidy(() => tf.grad((p: tf.Tensor) => huberLoss(p, tf.zeros([3])))(tf.tensor1d(E)).dataSync());
    expect(Array.from(grad).map((g) => g * 3)).toEqual([0.5, -1, 1].map((g) => expect.closeTo(g, 6)));
  });

  it('MSE: (0.25 + 4 + 9)/3 = 13.25/3', () => {
    expect(scalar(() => mseLoss(tf.tensor1d(E), tf.zeros([3])))).toBeCloseTo(13.25 / 3, 6);
  });
});
