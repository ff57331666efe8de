// The offline losses on Q-values and logits (catalogue §3.3). Each builds tensors: call inside tf.tidy.
//   BC:   L = −mean log π(a_data | s)                    (softmax cross-entropy on the data's actions)
//   CQL:  penalty = mean_s ( logsumexp_a Q(s, a) − Q(s, a_data) )   (discrete CQL, d3rlpy's DiscreteCQLImpl)
//   IQL:  L_V = expectile of Q_target(s, a) − V(s); L_π = −mean( min(exp(β u), cap) · log π(a_data | s) )
//   XQL:  L_V = mean( e^z − z − 1 ), z = min(u / β, c)                 (Gumbel regression; c = ∞ is no clipping)
//   f-DVL (χ²): L_V = mean( λ · max(u + u²/4, 0) − (1 − λ) · u )      (Dual RL's χ² conjugate, as in the authors' code)
// CQL's penalty is ≥ 0 and is 0 only when Q(s, ·) puts all its soft-max mass on the data's action, so adding
// α · penalty to the TD loss pushes down the values of actions the data never took.
import * as tf from '@tensorflow/tfjs';
import { selectColumns } from '../../../nn/select-columns.ts';

export function behaviourCloningLoss(logits: tf.Tensor2D, actions: tf.Tensor1D): tf.Scalar {
  return tf.neg(tf.mean(selectColumns(tf.logSoftmax(logits), actions)));
}

export function cqlPenalty(q: tf.Tensor2D, actions: tf.Tensor1D): tf.Scalar {
  return tf.mean(tf.sub(tf.logSumExp(q, 1), selectColumns(q, actions)));
}

/** IQL's expectile loss on u = Q − V: mean(|τ − 1[u < 0]| · u²). τ = 0.5 is half the squared error (V → mean). */
export function expectileLoss(u: tf.Tensor, tau: number): tf.Scalar {
  // 1[u < 0] as step(−u) (step(0) = 0), whose gradient is zero: only u² is differentiated (tf.less has none).
  const weight = tf.abs(tf.sub(tau, tf.step(tf.neg(u))));
  return tf.mean(tf.mul(weight, tf.square(u)));
}

/**
 * XQL's Gumbel regression of V on u = Q − V: mean(e^z − z − 1), z = min(u / β, clip). It is 0 at z = 0 and grows
 * exponentially for z > 0, so V is pulled towards a soft maximum of Q over the data's actions; without the clip
 * one large u makes e^z overflow. The clip is on top only, as in the XQL authors' gumbel_loss: a lower clip would
 * also remove the (linear) pull that brings a V above every Q back down.
 */
export function gumbelLoss(u: tf.Tensor, beta: number, clip: number): tf.Scalar {
  const z = Number.isFinite(clip) ? tf.minimum(tf.div(u, beta), clip) : tf.div(u, beta);
  return tf.mean(tf.sub(tf.sub(tf.exp(z), z), 1));
}

/**
 * f-DVL's value loss with the χ² (Pearson) conjugate: mean(λ · max(u + u²/4, 0) − (1 − λ) · u). It grows only
 * quadratically, so it does not overflow; a larger λ pulls V higher among the data's Q values.
 */
export function chiSquareValueLoss(u: tf.Tensor, lambda: number): tf.Scalar {
  return tf.mean(tf.sub(tf.mul(lambda, tf.relu(tf.add(u, tf.div(tf.square(u), 4)))), tf.mul(1 - lambda, u)));
}

/** IQL's advantage weights for policy extraction: min(exp(β · u), cap) (β = 0 gives BC's weight 1). */
export function advantageWeights(u: tf.Tensor, beta: number, cap: number): tf.Tensor {
  return tf.minimum(tf.exp(tf.mul(u, beta)), cap);
}

/** Weighted BC: −mean( w · log π(a_data | s) ). */
export function weightedCloningLoss(logits: tf.Tensor2D, actions: tf.Tensor1D, weights: tf.Tensor1D): tf.Scalar {
  return tf.neg(tf.mean(tf.mul(weights, selectColumns(tf.logSoftmax(logits), actions))));
}
