// A multilayer perceptron as plain tfjs variables: ReLU hidden layers, a linear output layer. Weights are drawn
// in JS from a seeded Rng: He-uniform for ReLU layers (He et al. 2015), Glorot-uniform for the output (Glorot &
// Bengio 2010), biases 0, so the same seed gives the same network on every backend.
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../rng/rng.ts';

export interface Mlp {
  /** Layer widths, input first: [inputs, hidden..., outputs]. */
  readonly sizes: readonly number[];
  /** [W0, b0, W1, b1, ...]: W_i has shape [sizes[i], sizes[i+1]], b_i shape [sizes[i+1]]. */
  readonly variables: tf.Variable[];
  /** Forward pass of a [batch, inputs] tensor. Creates intermediates: call it inside the caller's tf.tidy. */
  apply(x: tf.Tensor2D): tf.Tensor2D;
  dispose(): void;
}

/** Uniform(−limit, limit) with limit = √(6/fan_in) (He) or √(6/(fan_in + fan_out)) (Glorot). */
export function initLimit(fanIn: number, fanOut: number, relu: boolean): number {
  return Math.sqrt(6 / (relu ? fanIn : fanIn + fanOut));
}

export function createMlp(sizes: readonly number[], rng: Rng): Mlp {
  if (sizes.length < 2) throw new RangeError(`an MLP needs at least an input and an output size, got [${sizes.join(', ')}]`);
  if (!sizes.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new RangeError(`MLP layer sizes must be positive integers, got [${sizes.join(', ')}]`);
  }
  const layers = sizes.length - 1;
  const weights: tf.Variable[] = [];
  const biases: tf.Variable[] = [];
  for (let i = 0; i < layers; i++) {
    const fanIn = sizes[i];
    const fanOut = sizes[i + 1];
    const limit = initLimit(fanIn, fanOut, i < layers - 1);
    const w = new Float32Array(fanIn * fanOut);
    for (let k = 0; k < w.length; k++) w[k] = (2 * rng.uniform() - 1) * limit;
    // tf.variable takes over the initial tensor's data; tidy releases the temporary handle.
    weights.push(tf.tidy(() => tf.variable(tf.tensor2d(w, [fanIn, fanOut]))));
    biases.push(tf.tidy(() => tf.variable(tf.zeros([fanOut]))));
  }
  const variables = weights.flatMap((w, i) => [w, biases[i]]);
  return {
    sizes: [...sizes],
    variables,
    apply(x) {
      let h: tf.Tensor2D = x;
      // h ← relu(h·W + b) for hidden layers, h·W + b for the output. (tf.fused.matMul measured no faster on
      // the cpu backend at batch 64, and slower at batch 1.)
      for (let i = 0; i < layers; i++) {
        h = tf.add(tf.matMul(h, weights[i]), biases[i]);
        if (i < layers - 1) h = tf.relu(h);
      }
      return h;
    },
    dispose() {
      for (const v of variables) v.dispose();
    },
  };
}
