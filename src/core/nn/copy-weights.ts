// Target-network updates: the hard copy θ' ← θ of DQN (Mnih et al. 2015) and the Polyak average
// θ' ← τθ + (1−τ)θ' of DDPG (Lillicrap et al. 2016).
import * as tf from '@tensorflow/tfjs';
import type { Mlp } from './mlp.ts';

function checkSameShape(from: Mlp, to: Mlp): void {
  if (from.sizes.length !== to.sizes.length || from.sizes.some((n, i) => n !== to.sizes[i])) {
    throw new RangeError(`cannot copy an MLP [${from.sizes.join(', ')}] into [${to.sizes.join(', ')}]`);
  }
}

/** θ' ← θ. The target holds its own copy, so later updates of `from` do not reach it. */
export function copyWeights(from: Mlp, to: Mlp): void {
  checkSameShape(from, to);
  tf.tidy(() => {
    from.variables.forEach((v, i) => to.variables[i].assign(tf.clone(v)));
  });
}

/** θ' ← τθ + (1−τ)θ'; τ = 1 is a hard copy. */
export function polyakUpdate(from: Mlp, to: Mlp, tau: number): void {
  checkSameShape(from, to);
  if (!(tau >= 0 && tau <= 1)) throw new RangeError(`tau must lie in [0, 1], got ${tau}`);
  tf.tidy(() => {
    from.variables.forEach((v, i) => {
      const target = to.variables[i];
      target.assign(tf.add(tf.mul(v, tau), tf.mul(target, 1 - tau)));
    });
  });
}
