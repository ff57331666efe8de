// The terms of the policy-gradient losses, one named function each (as in cleanrl's ppo.py), on a batch of
// categorical policies given by their logits. Every function builds tensors: call them inside tf.tidy (or
// tf.variableGrads). With ρ = exp(log π_θ(a|s) − log π_old(a|s)):
//   vanilla (REINFORCE, A2C)   L_pg = −mean(A · log π_θ(a|s))
//   PPO (Schulman et al. 2017) L_pg = mean(max(−A·ρ, −A·clip(ρ, 1 − ε, 1 + ε)))
//   total                      L = L_pg − c_ent · mean(H(π(·|s))) + c_v · mean((V(s) − return)²)
import * as tf from '@tensorflow/tfjs';
import { mseLoss } from '../../nn/losses.ts';
import { selectColumns } from '../../nn/select-columns.ts';

/** log π(a_i|s_i) from [batch, nActions] logits and [batch] int32 actions, via logSoftmax (stable for large logits). */
export function logProbsOf(logits: tf.Tensor2D, actions: tf.Tensor1D): tf.Tensor1D {
  const logP = tf.logSoftmax(logits);
  // A single action (tf.oneHot needs depth ≥ 2): log π = 0, still connected to the logits for variableGrads.
  if (logits.shape[1] === 1) return tf.reshape(logP, [-1]);
  return selectColumns(logP, actions);
}

/** H(π(·|s_i)) = −Σ_a π(a|s_i) log π(a|s_i) per row: ln n for uniform logits, 0 for a deterministic policy. */
export function categoricalEntropy(logits: tf.Tensor2D): tf.Tensor1D {
  const logP = tf.logSoftmax(logits);
  return tf.neg(tf.sum(tf.mul(tf.exp(logP), logP), 1));
}

/** ρ = π_θ(a|s) / π_old(a|s) = exp(log π_θ − log π_old). */
export function probabilityRatio(logProbs: tf.Tensor1D, oldLogProbs: tf.Tensor1D): tf.Tensor1D {
  return tf.exp(tf.sub(logProbs, oldLogProbs));
}

/** The vanilla policy-gradient loss −mean(A · log π(a|s)); advantages are constants (no gradient through them). */
export function vanillaPolicyLoss(logProbs: tf.Tensor1D, advantages: tf.Tensor1D): tf.Scalar {
  return tf.neg(tf.mean(tf.mul(advantages, logProbs)));
}

/** PPO's clipped surrogate mean(max(−A·ρ, −A·clip(ρ, 1 − ε, 1 + ε))): the pessimistic side of the two. */
export function ppoClippedLoss(logProbs: tf.Tensor1D, oldLogProbs: tf.Tensor1D, advantages: tf.Tensor1D, clipRange: number): tf.Scalar {
  const ratio = probabilityRatio(logProbs, oldLogProbs);
  const unclipped = tf.mul(tf.neg(advantages), ratio);
  const clipped = tf.mul(tf.neg(advantages), tf.clipByValue(ratio, 1 - clipRange, 1 + clipRange));
  // Unclipped first: where the two are equal (ρ inside the band), tf.maximum sends the gradient to it.
  return tf.mean(tf.maximum(unclipped, clipped));
}

/** The k3 estimator of KL(π_old ‖ π_θ) (Schulman 2020): mean((ρ − 1) − log ρ), ≥ 0 sample by sample. */
export function approxKl(logProbs: tf.Tensor1D, oldLogProbs: tf.Tensor1D): tf.Scalar {
  const logRatio = tf.sub(logProbs, oldLogProbs);
  return tf.mean(tf.sub(tf.sub(tf.exp(logRatio), 1), logRatio));
}

/** Share of samples with |ρ − 1| > ε, i.e. whose ratio left the band (where the clipped side can cut the gradient). */
export function clipFraction(logProbs: tf.Tensor1D, oldLogProbs: tf.Tensor1D, clipRange: number): tf.Scalar {
  const ratio = probabilityRatio(logProbs, oldLogProbs);
  return tf.mean(tf.cast(tf.greater(tf.abs(tf.sub(ratio, 1)), clipRange), 'float32'));
}

/** The critic's loss mean((V(s) − return)²) against constant return targets. */
export function valueLoss(values: tf.Tensor1D, returns: tf.Tensor1D): tf.Scalar {
  return mseLoss(values, returns);
}

/** L = L_pg − c_ent · entropy + c_v · L_value. */
export function totalLoss(policyLoss: tf.Scalar, entropy: tf.Scalar, valueLossTerm: tf.Scalar, entropyCoef: number, valueCoef: number): tf.Scalar {
  return tf.add(tf.sub(policyLoss, tf.mul(entropy, entropyCoef)), tf.mul(valueLossTerm, valueCoef));
}

/** (A − mean A) / (std A + 1e-8) over the batch (population std); a batch of one becomes 0. */
export function normalizeAdvantages(advantages: tf.Tensor1D): tf.Tensor1D {
  const { mean, variance } = tf.moments(advantages);
  return tf.div(tf.sub(advantages, mean), tf.add(tf.sqrt(variance), 1e-8));
}

/**
 * Gradient clipping by global norm (Pascanu et al. 2013; torch's clip_grad_norm_): with ‖g‖ = √(Σ over all
 * tensors of Σ g²), every gradient is scaled by min(1, maxNorm / (‖g‖ + 1e-6)). Returns the scaled map and ‖g‖
 * before scaling. maxNorm ≤ 0 leaves the gradients as they are.
 */
export function clipByGlobalNorm(grads: tf.NamedTensorMap, maxNorm: number): { grads: tf.NamedTensorMap; norm: tf.Scalar } {
  const names = Object.keys(grads);
  const norm: tf.Scalar = tf.sqrt(tf.addN(names.map((name) => tf.sum(tf.square(grads[name])))));
  if (!(maxNorm > 0)) return { grads, norm };
  const scale = tf.minimum(tf.div(maxNorm, tf.add(norm, 1e-6)), 1);
  const clipped: tf.NamedTensorMap = {};
  for (const name of names) clipped[name] = tf.mul(grads[name], scale);
  return { grads: clipped, norm };
}
