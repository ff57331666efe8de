// The terms of discrete Soft Actor-Critic (Christodoulou 2019; d3rlpy's DiscreteSACImpl, cleanrl's sac_atari.py),
// one named function each, on a batch of categorical policies. With the policy π(·|s) known exactly over the
// actions, every expectation over a ~ π is a sum, not a sample. α is the temperature, H̄ the target entropy:
//   critic target  y   = r + γ(1 − terminated) · Σ_a′ π(a′|s′)·( min(Q1_targ, Q2_targ)(s′,a′) − α·log π(a′|s′) )
//   critic loss    L_Q = mean over the batch of (Q1(s,a) − y)² + (Q2(s,a) − y)²
//   actor loss     L_π = mean_s Σ_a π(a|s)·( α·log π(a|s) − min(Q1, Q2)(s,a) )           (Q held constant)
//   temp loss      L_α = −mean( log α · sg[ Σ_a π(a|s)·log π(a|s) + H̄ ] ),  H̄ = ratio · ln|A|
// Every function builds tensors: call them inside tf.tidy (or tf.variableGrads). tfjs has no stop_gradient, so a
// "constant" here is a tensor computed outside the variableGrads closure that differentiates the loss (gradients
// only reach the variables listed there anyway).
import * as tf from '@tensorflow/tfjs';

/** π(·|s) and log π(·|s), both [batch, nActions], from the actor's logits. */
export interface CategoricalPolicy {
  readonly probs: tf.Tensor2D;
  readonly logProbs: tf.Tensor2D;
}

/** π = softmax(logits), log π = logSoftmax(logits) (stable for large logits; no log of a rounded-to-0 probability). */
export function softmaxPolicy(logits: tf.Tensor2D): CategoricalPolicy {
  const logProbs = tf.logSoftmax(logits);
  return { probs: tf.exp(logProbs), logProbs };
}

/** H(π(·|s)) = −Σ_a π(a|s) log π(a|s) per row [batch]: ln|A| for a uniform policy, 0 for a deterministic one. */
export function policyEntropy(policy: CategoricalPolicy): tf.Tensor1D {
  return tf.neg(tf.sum(tf.mul(policy.probs, policy.logProbs), 1));
}

/** The soft state value V(s) = Σ_a π(a|s)·(Q(s,a) − α·log π(a|s)) per row [batch], for [batch, nActions] Q. */
export function softStateValues(policy: CategoricalPolicy, q: tf.Tensor2D, alpha: number): tf.Tensor1D {
  return tf.sum(tf.mul(policy.probs, tf.sub(q, tf.mul(policy.logProbs, alpha))), 1);
}

/**
 * Critic targets y = r + γ(1 − terminated)·V_targ(s′), V_targ(s′) the soft value of the next state under the current
 * policy with clipped double Q: min of the two target critics (Fujimoto et al. 2018). rewards and terminated (0/1
 * floats) are [batch]; the next-state policy and target action values are [batch, nActions]. Only `terminated`
 * stops the bootstrap; truncation does not.
 */
export function sacCriticTargets(
  rewards: tf.Tensor1D, terminated: tf.Tensor1D, nextPolicy: CategoricalPolicy,
  nextQ1Target: tf.Tensor2D, nextQ2Target: tf.Tensor2D, alpha: number, gamma: number,
): tf.Tensor1D {
  const nextValue = softStateValues(nextPolicy, tf.minimum(nextQ1Target, nextQ2Target), alpha);
  const discount = tf.mul(tf.sub(1, terminated), gamma);
  return tf.add(rewards, tf.mul(discount, nextValue));
}

/** Twin critic loss mean((Q1(s,a) − y)² + (Q2(s,a) − y)²), i.e. the sum of the two critics' mean squared errors. */
export function twinCriticLoss(q1Taken: tf.Tensor1D, q2Taken: tf.Tensor1D, targets: tf.Tensor1D): tf.Scalar {
  return tf.mean(tf.add(tf.square(tf.sub(q1Taken, targets)), tf.square(tf.sub(q2Taken, targets))));
}

/**
 * Actor loss mean_s Σ_a π(a|s)·(α·log π(a|s) − minQ(s,a)) = −mean_s V(s): the policy moves towards softmax(minQ/α).
 * minQ = min(Q1, Q2) is [batch, nActions] and must be a constant for the actor's gradient (see the header).
 */
export function sacActorLoss(policy: CategoricalPolicy, minQ: tf.Tensor2D, alpha: number): tf.Scalar {
  return tf.neg(tf.mean(softStateValues(policy, minQ, alpha)));
}

/**
 * Temperature loss L_α = −mean(log α · sg[Σ_a π log π + H̄]) = mean(log α · (H(s) − H̄)), from the per-state entropy
 * [batch] (a constant). Its gradient in log α is mean(H) − H̄: above the target a descent step lowers α (less
 * entropy bonus), below it raises α, at the target it is 0. This multiplies log α, as in Haarnoja et al.'s
 * softlearning and Christodoulou's discrete SAC code; the brief credits cleanrl's sac_atari.py with the same, but
 * its current version (like d3rlpy) multiplies α = exp(log α) instead, which only rescales the gradient by α
 * (same sign, same fixed point; under Adam, which normalises the step, the scale hardly matters).
 */
export function temperatureLoss(logAlpha: tf.Scalar, entropy: tf.Tensor1D, targetEntropy: number): tf.Scalar {
  return tf.mean(tf.mul(logAlpha, tf.sub(entropy, targetEntropy)));
}

/** H̄ = ratio · ln|A|: the share of the uniform policy's entropy that automatic tuning holds the policy at. */
export function targetEntropy(nActions: number, ratio: number): number {
  return ratio * Math.log(nActions);
}
