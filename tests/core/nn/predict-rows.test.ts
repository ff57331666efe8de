// Batched prediction: one forward pass over many rows equals row-by-row passes, and leaves no tensors behind.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createMlp } from '../../../src/core/nn/mlp.ts';
import { predictRows } from '../../../src/core/nn/predict-rows.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

describe('predictRows', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('returns rows × outputs values matching one pass per row', () => {
    const mlp = createMlp([2, 8, 3], createRng(4));
    const inputs = new Float32Array([1, 0, 0, 1, -1, 0.5, 0.25, 2]);
    const before = tf.memory().numTensors;
    const all = predictRows(mlp, inputs, 4);
    expect(tf.memory().numTensors).toBe(before);
    expect(all).toBeInstanceOf(Float32Array);
    expect(all.length).toBe(12);
    for (let r = 0; r < 4; r++) {
      const one = predictRows(mlp, inputs.slice(2 * r, 2 * r + 2), 1);
      for (let a = 0; a < 3; a++) expect(one[a]).toBeCloseTo(all[3 * r + a], 5);
    }
    // Only the first rows are read when the buffer is longer.
    expect(Array.from(predictRows(mlp, inputs, 1))).toEqual(Array.from(all.subarray(0, 3)));
    expect(() => predictRows(mlp, inputs, 5)).toThrow(RangeError);
    mlp.dispose();
  });
});
