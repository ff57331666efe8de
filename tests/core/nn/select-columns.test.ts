// selectColumns picks row i's entry at column index[i], and its gradient reaches only those entries.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { selectColumns } from '../../../src/core/nn/select-columns.ts';
import { useTfBackend } from '../../../src/core/nn/backend.ts';

describe.each(['cpu', 'wasm'] as const)('selectColumns on %s', (backend) => {
  beforeAll(async () => { expect(await useTfBackend(backend)).toBe(backend); });

  it('picks one entry per row', () => {
    const picked = tf.tidy(() => Array.from(selectColumns(tf.tensor2d([[1, 2, 3], [4, 5, 6]]), tf.tensor1d([2, 0], 'int32')).dataSync()));
    expect(picked).toEqual([3, 4]);
  });

  it('sends the gradient only to the picked entries', () => {
    const grad = tf.tidy(() => {
      const g = tf.grad((x: tf.Tensor) => tf.sum(selectColumns(x as tf.Tensor2D, tf.tensor1d([1, 1], 'int32'))));
      return Array.from(g(tf.tensor2d([[1, 2], [3, 4]])).dataSync());
    });
    expect(grad).toEqual([0, 1, 0, 1]);
  });
});
