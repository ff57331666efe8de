// The offline losses on Q-values and logits (catalogue §3.3). Each builds tensors: call inside tf.tidy.
//   BC:   L = −mean log π(a_data | s)                    (softmax cross-entropy on the data's actions)
//   CQL:  penalty = mean_s ( logsumexp_a Q(s, a) − Q(s, a_data) )   (discrete CQL, d3rlpy's DiscreteCQLImpl)
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
