// How a network sees a restless bandit's joint state: N features, feature i = arm i's state (1 good, 0 bad). The
// SEQUOIA-lite DQN pairs it with the env's feasible-action index as its discrete action: the constraints do not
// depend on the state, so every output of the network is a feasible joint action and a plain argmax is the
// feasible argmax.
import type { FeatureEncoder } from '../feature-encoder.ts';

export function restlessStateEncoder(n: number): FeatureEncoder {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`restlessStateEncoder needs a positive arm count, got ${n}`);
  return {
    size: n,
    encode(obs: number, out: Float32Array, offset: number): void {
      for (let i = 0; i < n; i++) out[offset + i] = (obs >>> i) & 1;
    },
  };
}
