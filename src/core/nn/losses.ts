// Regression losses on TD errors e = pred − target, averaged over the batch: the Huber loss (Huber 1964; the
// error clipping of Mnih et al. 2015) and the mean squared error. Both build tensors: call them inside tf.tidy.
import * as tf from '@tensorflow/tfjs';

/**
 * mean of ½e² where |e| ≤ δ, δ(|e| − ½δ) elsewhere: quadratic near 0, linear (gradient ±δ) far from it.
 * Written without a branch (a comparison has no gradient in tfjs) as ½m² + δ(|e| − m) with m = min(|e|, δ):
 * |e| ≤ δ gives m = |e| and ½e²; |e| > δ gives m = δ and ½δ² + δ|e| − δ² = δ(|e| − ½δ).
 */
export function huberLoss(pred: tf.Tensor, target: tf.Tensor, delta = 1): tf.Scalar {
  const absE = tf.abs(tf.sub(pred, target));
  const m = tf.minimum(absE, delta);
  return tf.mean(tf.add(tf.mul(tf.square(m), 0.5), tf.mul(tf.sub(absE, m), delta)));
}

/** mean of e². */
export function mseLoss(pred: tf.Tensor, target: tf.Tensor): tf.Scalar {
  return tf.mean(tf.square(tf.sub(pred, target)));
}
