// sg[x]: the value passes, the gradient does not. d/dx (x · sg[x]) at x = 3 is sg[x] = 3, not 2x = 6.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { stopGradient } from '../../../src/core/nn/stop-gradient.ts';

describe('stopGradient', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('keeps the value and blocks the gradient', () => {
    const before = tf.memory().numTensors;
    const [value, grad] = tf.tidy(() => {
      const x = tf.tensor1d([3, -2]);
      const f = (v: tf.Tensor) => tf.sum(tf.mul(v, stopGradient(v)));
      return [f(x).dataSync()[0], Array.from(tf.grad(f)(x).dataSync())];
    });
    expect(value).toBe(13);
    expect(grad).toEqual([3, -2]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
