// How a network sees a restless bandit: the joint state as N features, feature i = arm i's state (1 good, 0 bad), and
// each feasible joint action as features too (which arms it acts on, and under 'multi-type' which of those get the
// strong intervention), so the SEQUOIA-lite DQN can score Q(s, a) for every feasible a and take the best. The
// constraints do not depend on the state, so the enumerated list is the feasible set in every state.
import type { FeatureEncoder } from '../feature-encoder.ts';
import type { RestlessProblem } from './restless-problem.ts';

export function restlessStateEncoder(n: number): FeatureEncoder {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`restlessStateEncoder needs a positive arm count, got ${n}`);
  return {
    size: n,
    encode(obs: number, out: Float32Array, offset: number): void {
      for (let i = 0; i < n; i++) out[offset + i] = (obs >>> i) & 1;
    },
  };
}

/** The feasible joint actions as rows of features: acted bits (N), then strong bits (N) under 'multi-type'. */
export function restlessActionFeatures(problem: RestlessProblem): { count: number; width: number; values: Float32Array } {
  const { n, actions, strong } = problem;
  const width = problem.constraint === 'multi-type' ? 2 * n : n;
  const values = new Float32Array(actions.length * width);
  for (let a = 0; a < actions.length; a++) {
    for (let i = 0; i < n; i++) {
      values[a * width + i] = (actions[a] >>> i) & 1;
      if (width > n) values[a * width + n + i] = (strong[a] >>> i) & 1;
    }
  }
  return { count: actions.length, width, values };
}
