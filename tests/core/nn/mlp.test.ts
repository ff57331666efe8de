// MLP: seeded, reproducible initialisation within the He / Glorot bounds, output shape, and no leaked tensors.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createMlp, initLimit, type Mlp } from '../../../src/core/nn/mlp.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

const INPUT = [0.5, -1, 2, 0, 1, 1];

function outputs(mlp: Mlp, input: number[] = INPUT): Float32Array {
  return tf.tidy(() => mlp.apply(tf.tensor2d(input, [input.length / mlp.sizes[0], mlp.sizes[0]])).dataSync() as Float32Array);
}

describe('createMlp', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('gives the same network for the same seed and another for another seed', () => {
    const a = createMlp([3, 8, 8, 2], createRng(1).fork('net'));
    const b = createMlp([3, 8, 8, 2], createRng(1).fork('net'));
    const c = createMlp([3, 8, 8, 2], createRng(2).fork('net'));
    expect(Array.from(outputs(a))).toEqual(Array.from(outputs(b)));
    expect(Array.from(outputs(a))).not.toEqual(Array.from(outputs(c)));
    [a, b, c].forEach((m) => m.dispose());
  });

  it('maps [batch, inputs] to [batch, outputs]', () => {
    const mlp = createMlp([3, 5, 4], createRng(0));
    const shape = tf.tidy(() => mlp.apply(tf.zeros([7, 3])).shape);
    expect(shape).toEqual([7, 4]);
    expect(mlp.sizes).toEqual([3, 5, 4]);
    expect(mlp.variables.map((v) => v.shape)).toEqual([[3, 5], [5], [5, 4], [4]]);
    mlp.dispose();
  });

  it('draws He-uniform hidden weights, Glorot-uniform output weights and zero biases', () => {
    const mlp = createMlp([10, 64, 64, 4], createRng(5));
    // He: √(6/fan_in); Glorot: √(6/(fan_in + fan_out)).
    const limits = [Math.sqrt(6 / 10), Math.sqrt(6 / 64), Math.sqrt(6 / 68)];
    expect(initLimit(10, 64, true)).toBeCloseTo(limits[0], 12);
    expect(initLimit(64, 4, false)).toBeCloseTo(limits[2], 12);
    limits.forEach((limit, layer) => {
      const maxAbs = Math.max(...Array.from(mlp.variables[2 * layer].dataSync(), Math.abs));
      expect(maxAbs).toBeLessThanOrEqual(limit);
      // Uniform over the full range, not a narrower one: the largest of ≥ 256 draws is near the bound.
      expect(maxAbs).toBeGreaterThan(0.9 * limit);
      expect(Array.from(mlp.variables[2 * layer + 1].dataSync()).every((b) => b === 0)).toBe(true);
    });
    mlp.dispose();
  });

  it('apply() inside tidy leaks nothing, and dispose() frees the variables', () => {
    const before = tf.memory().numTensors;
    const mlp = createMlp([3, 8, 2], createRng(0));
    expect(tf.memory().numTensors).toBe(before + 4);
    outputs(mlp);
    expect(tf.memory().numTensors).toBe(before + 4);
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects malformed sizes', () => {
    expect(() => createMlp([3], createRng(0))).toThrow(RangeError);
    expect(() => createMlp([3, 0, 2], createRng(0))).toThrow(RangeError);
    expect(() => createMlp([3, 2.5, 2], createRng(0))).toThrow(RangeError);
  });
});
