// Row i's entry at column index[i] of a [batch, n] tensor (Q(s_i, a_i), log π(a_i|s_i)), as a sum against a
// one-hot mask. tf.gather with batchDims = 1 does the same on the cpu backend, but reads out of bounds on
// tfjs-backend-wasm 4.22 (a RuntimeError), and the mask form has a gradient on every backend.
import * as tf from '@tensorflow/tfjs';

/** [batch, n] values and [batch] int32 column indices → [batch]. Builds tensors: call inside tf.tidy. */
export function selectColumns(values: tf.Tensor2D, index: tf.Tensor1D): tf.Tensor1D {
  const n = values.shape[1];
  // tf.oneHot rejects depth 1; with a single column every row's entry is that column.
  if (n === 1) return tf.reshape(values, [values.shape[0]]);
  return tf.sum(tf.mul(values, tf.oneHot(index, n)), 1);
}
