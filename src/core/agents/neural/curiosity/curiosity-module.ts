// What a curiosity bonus is to the PPO that uses it: a raw intrinsic reward per transition, a loss that trains
// the module on a minibatch, and its trainable weights (stepped by the agent's one optimizer). Inputs are the
// (normalised) features of s and s′ and the int32 actions; every method builds tensors, so call it inside tf.tidy.
import * as tf from '@tensorflow/tfjs';

export interface CuriosityModule {
  /** Weights the agent's optimizer trains (RND's fixed target is not among them). */
  readonly trainable: readonly tf.Variable[];
  /** b_t for each row: the raw (not yet normalised) intrinsic reward of the transition s → s′. */
  bonus(obs: tf.Tensor2D, actions: tf.Tensor1D, next: tf.Tensor2D): tf.Tensor1D;
  /** The module's training loss over the rows where `mask` is 1. */
  loss(obs: tf.Tensor2D, actions: tf.Tensor1D, next: tf.Tensor2D, mask: tf.Tensor1D): tf.Scalar;
  dispose(): void;
}

/** mean over the rows where mask = 1 of perRow (0 when the mask is empty). */
export function maskedMean(perRow: tf.Tensor1D, mask: tf.Tensor1D): tf.Scalar {
  return tf.div(tf.sum(tf.mul(perRow, mask)), tf.maximum(tf.sum(mask), 1));
}
