// The bisimulation loss of a history encoder (catalogue §3.3, D8's histories tab; DBC-style, as "Offline RL with
// observation histories" uses it). Two histories should lie as far apart in latent space as their futures differ:
//   L = mean_i ( ‖φ(h_i) − φ(h_j)‖₁ − |r_i − r_j| − γ · ‖φ(h′_i) − φ(h′_j)‖₂ )²,   j = σ(i), a shuffle of the batch.
// The world here is deterministic, so the learned latent model's W₂ distance between next-state distributions is the
// distance between the next histories' own encodings, held constant (the caller computes them outside the gradient).
// The shuffle is applied as a matrix product with a permutation matrix: tf.gather's gradient is slow on the CPU backend.
import * as tf from '@tensorflow/tfjs';

/** [n, n] with row i the one-hot of permutation[i], so (P · x)[i] = x[permutation[i]]. */
export function permutationMatrix(permutation: Int32Array): tf.Tensor2D {
  return tf.oneHot(tf.tensor1d(permutation, 'int32'), permutation.length).toFloat() as tf.Tensor2D;
}

/**
 * The loss for latents z [n, d] (differentiable), next latents [n, d] (constant), rewards [n] and a shuffle of
 * 0..n−1. Call inside tf.tidy or tf.variableGrads.
 */
export function bisimulationLoss(
  latents: tf.Tensor2D, nextLatents: tf.Tensor2D, rewards: tf.Tensor1D, permutation: Int32Array, gamma: number,
): tf.Scalar {
  const p = permutationMatrix(permutation);
  const shuffled = (x: tf.Tensor2D) => tf.matMul(p, x);
  const latentDistance = tf.sum(tf.abs(tf.sub(latents, shuffled(latents))), 1);
  const rewardDistance = tf.abs(tf.sub(rewards, tf.reshape(shuffled(tf.reshape(rewards, [-1, 1])), [-1])));
  const nextDistance = tf.sqrt(tf.add(tf.sum(tf.square(tf.sub(nextLatents, shuffled(nextLatents))), 1), 1e-12));
  return tf.mean(tf.square(tf.sub(latentDistance, tf.add(rewardDistance, tf.mul(nextDistance, gamma)))));
}
