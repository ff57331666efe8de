// DQN regression targets (Mnih et al. 2015): y = r + γ·(1 − terminated)·Q_target(s′, a*), with a* = argmax of
// the target net (plain DQN, so the value is max_a Q_target) or of the online net (Double DQN, van Hasselt et al.
// 2016, which decouples choosing a* from evaluating it). Only `terminated` stops the bootstrap; truncation does not.
import * as tf from '@tensorflow/tfjs';
import { selectColumns } from '../../nn/select-columns.ts';

/**
 * Targets for a batch: rewards and terminated (0/1 floats) are [batch]; the next-state action values are
 * [batch, actions]. Pass `nextQOnline` for Double DQN, null for plain DQN. Builds tensors: call inside tf.tidy.
 */
export function dqnTargets(
  rewards: tf.Tensor1D, terminated: tf.Tensor1D, nextQTarget: tf.Tensor2D, nextQOnline: tf.Tensor2D | null, gamma: number,
): tf.Tensor1D {
  let nextValue: tf.Tensor1D;
  if (nextQOnline) {
    nextValue = selectColumns(nextQTarget, tf.argMax(nextQOnline, 1) as tf.Tensor1D);
  } else {
    nextValue = tf.max(nextQTarget, 1);
  }
  const discount = tf.mul(tf.sub(1, terminated), gamma);
  return tf.add(rewards, tf.mul(discount, nextValue));
}
