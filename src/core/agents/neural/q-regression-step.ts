// One gradient step of a Q-network towards fixed targets, shared by the DQN variants: the loss ℓ(Q_θ(s, a), y)
// (Huber with δ = 1, or the squared error), one Adam update of the online net, and the loss and mean Q(s, a) read
// back together (one GPU/wasm sync per step).
import * as tf from '@tensorflow/tfjs';
import type { Mlp } from '../../nn/mlp.ts';
import { huberLoss, mseLoss } from '../../nn/losses.ts';

/**
 * `predict` builds Q_θ(s, a) for the batch ([batch]) inside the gradient tape; `y` holds the targets. Returns
 * [loss, mean Q(s, a)]. Builds tensors: call inside tf.tidy.
 */
export function qRegressionStep(
  optimizer: tf.Optimizer, online: Mlp, predict: () => tf.Tensor1D, y: tf.Tensor1D, huber: boolean,
): Float32Array {
  let qMean: tf.Scalar | null = null;
  const { value: loss, grads } = tf.variableGrads(() => {
    const q = predict();
    // Kept past variableGrads' own scope for the one readback below, then disposed by hand.
    qMean = tf.keep(tf.mean(q));
    return huber ? huberLoss(q, y) : mseLoss(q, y);
  }, online.variables);
  optimizer.applyGradients(online.variables.map((v) => ({ name: v.name, tensor: grads[v.name] })));
  tf.dispose(grads);
  const stats = tf.stack([loss, qMean!]).dataSync() as Float32Array;
  tf.dispose(qMean!);
  return stats;
}

/** The largest of the first n values. */
export function maxOf(values: ArrayLike<number>, n = values.length): number {
  let best = -Infinity;
  for (let i = 0; i < n; i++) if (values[i] > best) best = values[i];
  return best;
}
