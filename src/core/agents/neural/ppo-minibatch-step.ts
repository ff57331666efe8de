// One PPO minibatch step (Schulman et al. 2017), shared by PPO and curious PPO: gather the minibatch's rows,
// optionally normalise their advantages, and take one clipped-surrogate Adam step on
//   L = L_clip − c_ent·H + c_v·Σ_heads L_value (+ an extra loss, e.g. a curiosity module's).
// Returns the stats [policy loss, value loss, entropy, approx-KL, clip fraction (, extra loss)] of the step.
import * as tf from '@tensorflow/tfjs';
import type { ActorCritic } from './actor-critic.ts';
import type { PpoSettings } from './ppo.ts';
import {
  approxKl, categoricalEntropy, clipFraction, logProbsOf, normalizeAdvantages, ppoClippedLoss, totalLoss, valueLoss,
} from './policy-gradient-terms.ts';

/** The whole rollout as tensors; each value head has its own return targets. */
export interface PpoRolloutTensors {
  readonly states: tf.Tensor2D;
  readonly actions: tf.Tensor1D;
  readonly oldLogProbs: tf.Tensor1D;
  readonly advantages: tf.Tensor1D;
  readonly returns: readonly tf.Tensor1D[];
}

export type ExtraLoss = (index: tf.Tensor1D, states: tf.Tensor2D, actions: tf.Tensor1D) => tf.Scalar;

export function ppoMinibatchStep(
  ac: ActorCritic, s: PpoSettings, batch: PpoRolloutTensors, rows: Int32Array,
  values: (states: tf.Tensor2D) => tf.Tensor1D[], extraLoss?: ExtraLoss,
): tf.Tensor1D {
  return tf.tidy(() => {
    const index = tf.tensor1d(rows, 'int32');
    const states = tf.gather(batch.states, index);
    const actions = tf.gather(batch.actions, index);
    const oldLogProbs = tf.gather(batch.oldLogProbs, index);
    const rawAdvantages = tf.gather(batch.advantages, index);
    const advantages = s.normalizeAdvantages ? normalizeAdvantages(rawAdvantages) : rawAdvantages;
    const returns = batch.returns.map((r) => tf.gather(r, index));
    return ac.minimize(s.maxGradNorm, () => {
      const logits = ac.logits(states);
      const logProbs = logProbsOf(logits, actions);
      const pg = ppoClippedLoss(logProbs, oldLogProbs, advantages, s.clipRange);
      const h = tf.mean(categoricalEntropy(logits)) as tf.Scalar;
      const heads = values(states).map((head, i) => valueLoss(head, returns[i]));
      const v = heads.length === 1 ? heads[0] : tf.addN(heads) as tf.Scalar;
      const stats = [pg, v, h, approxKl(logProbs, oldLogProbs), clipFraction(logProbs, oldLogProbs, s.clipRange)];
      const loss = totalLoss(pg, h, v, s.entropyCoef, s.valueCoef);
      if (!extraLoss) return { loss, stats };
      const extra = extraLoss(index, states, actions);
      return { loss: tf.add(loss, extra), stats: [...stats, extra] };
    });
  });
}
