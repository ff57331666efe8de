// Action probabilities of the exploration policies over a row of action values (S&B §2.2, §2.8, §6.5):
// ε-greedy (ties of the greedy action share 1−ε) and softmax / Boltzmann with temperature τ.
import type { Rng } from '../rng/rng.ts';
import { argmaxRandomTies, sampleCategorical } from '../rng/sampling.ts';

export type ExplorationKind = 'epsilon-greedy' | 'softmax';

/** π(a) = ε/n + (1−ε)/|argmax| for greedy actions, ε/n otherwise. Writes into out[0..n). */
export function epsilonGreedyProbabilities(
  values: ArrayLike<number>, offset: number, n: number, epsilon: number, out: Float64Array,
): Float64Array {
  let best = -Infinity;
  for (let a = 0; a < n; a++) best = Math.max(best, values[offset + a]);
  let ties = 0;
  for (let a = 0; a < n; a++) if (values[offset + a] === best) ties++;
  for (let a = 0; a < n; a++) out[a] = epsilon / n + (values[offset + a] === best ? (1 - epsilon) / ties : 0);
  return out;
}

/** π(a) ∝ exp(Q(a)/τ), computed stably by subtracting the maximum. Writes into out[0..n). */
export function softmaxProbabilities(
  values: ArrayLike<number>, offset: number, n: number, temperature: number, out: Float64Array,
): Float64Array {
  let best = -Infinity;
  for (let a = 0; a < n; a++) best = Math.max(best, values[offset + a]);
  let total = 0;
  for (let a = 0; a < n; a++) {
    out[a] = Math.exp((values[offset + a] - best) / temperature);
    total += out[a];
  }
  for (let a = 0; a < n; a++) out[a] /= total;
  return out;
}

/** Sample from ε-greedy without building the distribution: explore with probability ε, else a random argmax. */
export function selectEpsilonGreedy(values: ArrayLike<number>, offset: number, n: number, epsilon: number, rng: Rng): number {
  if (epsilon > 0 && rng.uniform() < epsilon) return rng.int(n);
  return argmaxRandomTies(values, rng, offset, n);
}

/** Sample from softmax(Q/τ); `scratch` must hold at least n numbers. */
export function selectSoftmax(
  values: ArrayLike<number>, offset: number, n: number, temperature: number, rng: Rng, scratch: Float64Array,
): number {
  return sampleCategorical(softmaxProbabilities(values, offset, n, temperature, scratch), rng, 0, n);
}
