// sg[x]: x in the forward pass, no gradient in the backward pass (tfjs has no tf.stopGradient). For targets built
// from weights that are also being trained, e.g. ICM's φ(s′) as the forward model's target.
import * as tf from '@tensorflow/tfjs';

const identityWithoutGradient = tf.customGrad((...inputs: (tf.Tensor | tf.GradSaveFunc)[]) => ({
  value: tf.clone(inputs[0] as tf.Tensor),
  gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy),
}));

export function stopGradient<T extends tf.Tensor>(x: T): T {
  return identityWithoutGradient(x) as T;
}
