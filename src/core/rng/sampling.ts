// Sampling helpers over an Rng: argmax with random tie-breaking, categorical draws, Gamma and Beta variates.
import type { Rng } from './rng.ts';

/**
 * Index of the largest of values[offset .. offset+length), ties broken uniformly at random. Counts the ties first
 * so that at most one random draw is spent (this sits in every tabular agent's inner loop). Returns an index
 * relative to offset.
 */
export function argmaxRandomTies(values: ArrayLike<number>, rng: Rng, offset = 0, length = values.length - offset): number {
  let best = -Infinity;
  let bestIndex = 0;
  let ties = 0;
  for (let i = 0; i < length; i++) {
    const v = values[offset + i];
    if (v > best) {
      best = v;
      bestIndex = i;
      ties = 1;
    } else if (v === best) {
      ties++;
    }
  }
  if (ties <= 1) return bestIndex;
  let pick = rng.int(ties);
  for (let i = bestIndex; i < length; i++) {
    if (values[offset + i] === best && pick-- === 0) return i;
  }
  return bestIndex;
}

/** Index of the largest value, first one on ties (deterministic; for greedy read-outs, not for acting). */
export function argmaxFirst(values: ArrayLike<number>, offset = 0, length = values.length - offset): number {
  let bestIndex = 0;
  for (let i = 1; i < length; i++) if (values[offset + i] > values[offset + bestIndex]) bestIndex = i;
  return bestIndex;
}

/** Draw an index with probability proportional to weights (which need not sum to 1). */
export function sampleCategorical(weights: ArrayLike<number>, rng: Rng, offset = 0, length = weights.length - offset): number {
  let total = 0;
  for (let i = 0; i < length; i++) total += weights[offset + i];
  let u = rng.uniform() * total;
  let last = 0;
  for (let i = 0; i < length; i++) {
    const w = weights[offset + i];
    if (w > 0) last = i;
    u -= w;
    if (u < 0) return i;
  }
  // Rounding can leave u ≥ 0 after the loop: fall back to the last index that can actually be drawn.
  return last;
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 via the boost Gamma(a+1)·U^(1/a). */
export function sampleGamma(shape: number, rng: Rng): number {
  if (shape < 1) return sampleGamma(shape + 1, rng) * Math.pow(1 - rng.uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = 1 - rng.uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Beta(a, b) as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function sampleBeta(a: number, b: number, rng: Rng): number {
  const x = sampleGamma(a, rng);
  const y = sampleGamma(b, rng);
  return x / (x + y);
}
