// ICM-lite (Pathak et al. 2017; catalogue §3.2): an encoder φ, an inverse model g that guesses the action from
// (φ(s), φ(s′)), and a forward model h that predicts φ(s′) from (φ(s), a). The bonus is the forward model's error,
//   r_int = η·½‖h(φ(s), a) − φ(s′)‖²,
// and the loss (1 − β)·CE(g(φ(s), φ(s′)), a) + β·½‖h(φ(s), a) − sg[φ(s′)]‖², β = 0.2. The inverse model shapes φ
// toward what the agent's actions change; whatever φ still carries that no action controls, the forward model can
// never predict, and that error is a bonus that never fades (the noisy TV).
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../../rng/rng.ts';
import { createMlp } from '../../../nn/mlp.ts';
import { stopGradient } from '../../../nn/stop-gradient.ts';
import { maskedMean, type CuriosityModule } from './curiosity-module.ts';

export interface IcmSettings {
  readonly featureDim: number;
  readonly hidden: number;
  readonly nActions: number;
  /** β: the forward loss's share of the module's loss. */
  readonly forwardWeight: number;
}

export function createIcm(inputs: number, s: IcmSettings, rng: Rng): CuriosityModule {
  const encoder = createMlp([inputs, s.hidden, s.featureDim], rng.fork('icm-encoder'));
  const inverse = createMlp([2 * s.featureDim, s.hidden, s.nActions], rng.fork('icm-inverse'));
  const forward = createMlp([s.featureDim + s.nActions, s.hidden, s.featureDim], rng.fork('icm-forward'));
  /** Per row ½‖h(φ(s), a) − sg[φ(s′)]‖², and φ(s), φ(s′) for the inverse model. */
  const forwardError = (obs: tf.Tensor2D, actions: tf.Tensor1D, next: tf.Tensor2D) => {
    const phi = encoder.apply(obs);
    const phiNext = encoder.apply(next);
    const predicted = forward.apply(tf.concat([phi, tf.oneHot(actions, s.nActions).toFloat()], 1) as tf.Tensor2D);
    const error = tf.mul(tf.sum(tf.square(tf.sub(predicted, stopGradient(phiNext))), 1), 0.5) as tf.Tensor1D;
    return { phi, phiNext, error };
  };
  return {
    trainable: [...encoder.variables, ...inverse.variables, ...forward.variables],
    bonus: (obs, actions, next) => forwardError(obs, actions, next).error,
    loss(obs, actions, next, mask) {
      const { phi, phiNext, error } = forwardError(obs, actions, next);
      const logits = inverse.apply(tf.concat([phi, phiNext], 1) as tf.Tensor2D);
      const crossEntropy = tf.neg(tf.sum(tf.mul(tf.logSoftmax(logits), tf.oneHot(actions, s.nActions).toFloat()), 1)) as tf.Tensor1D;
      return tf.add(tf.mul(maskedMean(crossEntropy, mask), 1 - s.forwardWeight), tf.mul(maskedMean(error, mask), s.forwardWeight));
    },
    dispose() {
      encoder.dispose();
      inverse.dispose();
      forward.dispose();
    },
  };
}
