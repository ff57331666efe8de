// One batched forward pass for many inputs at once (each tfjs op costs microseconds of dispatch whatever the
// batch, so overlays for all cells and a single greedy action cost about the same): tidy, one readback.
import * as tf from '@tensorflow/tfjs';
import type { Mlp } from './mlp.ts';

/** `inputs` holds `rows` rows of mlp.sizes[0] features; returns rows × outputs values, row-major. */
export function predictRows(mlp: Mlp, inputs: Float32Array, rows: number): Float32Array {
  const width = mlp.sizes[0];
  if (inputs.length < rows * width) throw new RangeError(`${rows} rows of ${width} features need ${rows * width} inputs, got ${inputs.length}`);
  return tf.tidy(() => {
    const x = tf.tensor2d(inputs.subarray(0, rows * width), [rows, width]);
    // A copy: some backends hand out their own buffer, which must not outlive the tensor.
    return new Float32Array(mlp.apply(x).dataSync());
  });
}
