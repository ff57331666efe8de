// Target-network updates: a hard copy makes the outputs equal and stays independent; Polyak τ = 0.5 averages.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createMlp, type Mlp } from '../../../src/core/nn/mlp.ts';
import { copyWeights, polyakUpdate } from '../../../src/core/nn/copy-weights.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

const SIZES = [3, 6, 2];
const outputs = (mlp: Mlp) => Array.from(tf.tidy(() => mlp.apply(tf.tensor2d([1, -0.5, 2, 0, 1, -1], [2, 3])).dataSync()));
const weights = (mlp: Mlp) => mlp.variables.map((v) => Array.from(v.dataSync()));

describe('copy-weights', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('copyWeights makes the target compute the same outputs, and later changes do not reach it', () => {
    const online = createMlp(SIZES, createRng(1));
    const target = createMlp(SIZES, createRng(2));
    expect(outputs(target)).not.toEqual(outputs(online));
    const before = tf.memory().numTensors;
    copyWeights(online, target);
    expect(tf.memory().numTensors).toBe(before);
    expect(outputs(target)).toEqual(outputs(online));
    const copied = outputs(target);
    const other = createMlp(SIZES, createRng(3));
    copyWeights(other, online);
    expect(outputs(target)).toEqual(copied);
    [online, target, other].forEach((m) => m.dispose());
  });

  it('polyakUpdate with τ = 0.5 gives the midpoint weights', () => {
    const online = createMlp(SIZES, createRng(1));
    const target = createMlp(SIZES, createRng(2));
    const a = weights(online);
    const b = weights(target);
    const before = tf.memory().numTensors;
    polyakUpdate(online, target, 0.5);
    expect(tf.memory().numTensors).toBe(before);
    weights(target).forEach((w, i) => w.forEach((x, k) => expect(x).toBeCloseTo((a[i][k] + b[i][k]) / 2, 6)));
    expect(weights(online)).toEqual(a);
    polyakUpdate(online, target, 1);
    expect(weights(target)).toEqual(a);
    [online, target].forEach((m) => m.dispose());
  });

  it('refuses networks of different shapes and τ outside [0, 1]', () => {
    const a = createMlp(SIZES, createRng(1));
    const b = createMlp([3, 5, 2], createRng(1));
    expect(() => copyWeights(a, b)).toThrow(RangeError);
    expect(() => polyakUpdate(a, a, 1.5)).toThrow(RangeError);
    [a, b].forEach((m) => m.dispose());
  });
});
