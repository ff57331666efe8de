// Random network distillation (Burda et al. 2019), after cleanrl's ppo_rnd_envpool.py (catalogue §3.2): a fixed,
// randomly initialised target network f and a trained predictor f̂ map an observation to k numbers. The bonus of
// a transition is the predictor's error on the observation it led to,
//   b_t = ½‖f(ô_{t+1}) − f̂(ô_{t+1})‖²,
// and the predictor is trained on mean((f̂(ô) − sg[f(ô)])²) over a random share of the samples. Where the agent has
// been often the predictor has caught up and the bonus is small; where it has never been the error is large. The
// predictor has one more hidden layer than the target, as in cleanrl, so it can match it. The target's weights are
// never handed to the optimizer, so no gradient reaches them.
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../../rng/rng.ts';
import { createMlp } from '../../../nn/mlp.ts';
import { maskedMean, type CuriosityModule } from './curiosity-module.ts';

export interface RndSettings {
  /** k: the width of the target's output. */
  readonly outputDim: number;
  readonly hidden: number;
}

export function createRnd(inputs: number, s: RndSettings, rng: Rng): CuriosityModule {
  const target = createMlp([inputs, s.hidden, s.outputDim], rng.fork('rnd-target'));
  const predictor = createMlp([inputs, s.hidden, s.hidden, s.outputDim], rng.fork('rnd-predictor'));
  /** Per row, mean and sum over the k outputs of the squared error. */
  const squaredError = (next: tf.Tensor2D) => tf.square(tf.sub(predictor.apply(next), target.apply(next)));
  return {
    trainable: predictor.variables,
    bonus: (_obs, _actions, next) => tf.mul(tf.sum(squaredError(next), 1), 0.5),
    loss: (_obs, _actions, next, mask) => maskedMean(tf.mean(squaredError(next), 1), mask),
    dispose() {
      target.dispose();
      predictor.dispose();
    },
  };
}
