// Which samples Clip-Cov and KL-Cov act on (catalogue D15, §3.4; after the entropy-mechanism paper's
// compute_policy_loss_clip_cov / _kl_cov, with sampled paths in place of tokens). Entropy falls fastest through
// samples whose log-probability and advantage move together, so both methods look at the centred product
//   cov_i = (A_i − mean A) · (log π_i − mean log π)
// over the batch. Clip-Cov drops the gradient of a few samples drawn at random among those with cov in (lb, ub)
// that PPO's clip has not already cut; KL-Cov adds a KL penalty to the samples with the largest cov. This file
// picks the samples (plain arrays); the loss that uses the masks lives with the agent.
import type { Rng } from '../rng/rng.ts';
import { partialShuffle } from '../rng/partial-shuffle.ts';

/** cov_i = (A_i − mean A)(log π_i − mean log π) for each sample. */
export function centredCovariances(advantages: ArrayLike<number>, logProbs: ArrayLike<number>): Float64Array {
  const n = advantages.length;
  if (n === 0 || logProbs.length !== n) throw new RangeError(`need as many log-probabilities as advantages (got ${logProbs.length} and ${n}, at least one)`);
  let meanA = 0;
  let meanL = 0;
  for (let i = 0; i < n; i++) { meanA += advantages[i]! / n; meanL += logProbs[i]! / n; }
  return Float64Array.from({ length: n }, (_, i) => (advantages[i]! - meanA) * (logProbs[i]! - meanL));
}

/** The q-quantile of the values (linear interpolation between order statistics), q in [0, 1]. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) throw new RangeError('a quantile needs at least one value');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`a quantile's q lies in [0, 1], got ${q}`);
  const sorted = Float64Array.from(values).sort();
  const x = q * (sorted.length - 1);
  const lo = Math.floor(x);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (x - lo) * (sorted[hi]! - sorted[lo]!);
}

export interface ClipCovSettings {
  /** Share of the batch to detach; 0 turns Clip-Cov off. The recipe's is 2e-4 of tokens; a toy needs more. */
  readonly clipRatio: number;
  /** Only samples with lb < cov < ub are candidates. */
  readonly lower: number;
  readonly upper: number;
}

/**
 * 1 for each sample whose gradient Clip-Cov removes: max(1, ⌊clipRatio · n⌋) drawn uniformly among the candidates
 * (all of them if there are fewer), none when clipRatio is 0. `clipped` marks samples PPO's ratio clip already
 * stops; they are never candidates.
 */
export function clipCovMask(cov: ArrayLike<number>, settings: ClipCovSettings, rng: Rng, clipped?: ArrayLike<boolean>): Uint8Array {
  const n = cov.length;
  const mask = new Uint8Array(n);
  if (!(settings.clipRatio >= 0 && settings.clipRatio <= 1)) throw new RangeError(`Clip-Cov's ratio lies in [0, 1], got ${settings.clipRatio}`);
  if (settings.clipRatio === 0) return mask;
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) if (cov[i]! > settings.lower && cov[i]! < settings.upper && !clipped?.[i]) candidates.push(i);
  const pick = Math.min(candidates.length, Math.max(1, Math.floor(settings.clipRatio * n)));
  partialShuffle(candidates, pick, rng);
  for (let j = 0; j < pick; j++) mask[candidates[j]!] = 1;
  return mask;
}

/** 1 for each sample KL-Cov penalises: the max(1, ⌊n · kPercent / 100⌋) largest cov (ties: the earlier); none at 0%. */
export function klCovMask(cov: ArrayLike<number>, kPercent: number): Uint8Array {
  const n = cov.length;
  const mask = new Uint8Array(n);
  if (!(kPercent >= 0 && kPercent <= 100)) throw new RangeError(`KL-Cov's k lies in [0, 100] percent, got ${kPercent}`);
  if (kPercent === 0) return mask;
  const count = Math.min(n, Math.max(1, Math.floor((n * kPercent) / 100)));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => cov[b]! - cov[a]! || a - b);
  for (let j = 0; j < count; j++) mask[order[j]!] = 1;
  return mask;
}
