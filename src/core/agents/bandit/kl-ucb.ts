// KL-UCB (Garivier & Cappé 2011): pull each arm once, then the arm with the largest upper confidence bound measured
// in Kullback–Leibler divergence rather than with Hoeffding's √(ln t / n):
//   U_a = max{ q ≥ μ̂_a : n_a·kl(μ̂_a, q) ≤ ln t + c·ln ln t },   t the pull being chosen, c = 0 by default
// (the paper's experiments; its theorem uses c = 3). For 'bernoulli' rewards kl is the Bernoulli divergence
// (bounded rewards in [0, 1] work too) and U is found by bisection on [μ̂, 1] to 1e-6; μ̂ = 1 gives 1, μ̂ = 0 gives
// 1 − exp(−bound/n). For 'gaussian' rewards with known variance σ², kl(μ, q) = (q − μ)²/(2σ²), so
// U = μ̂ + σ·√(2(ln t + c·ln ln t)/n): UCB1's form with the constant set by the noise. ln ln t is taken as
// ln max(1, ln t), so the bound never goes negative at small t.
import type { AgentContext, Learner } from '../agent.ts';
import { createIndexPolicyBandit } from './index-policy.ts';

export type KlUcbSettings =
  | { readonly rewardModel: 'bernoulli'; readonly c?: number }
  | { readonly rewardModel: 'gaussian'; readonly noiseVariance: number; readonly c?: number };

export const KL_UCB_TOLERANCE = 1e-6;

/**
 * Bernoulli KL divergence kl(p, q) = p ln(p/q) + (1−p) ln((1−p)/(1−q)), with 0·ln 0 = 0 (∞ when q reaches 0 or 1
 * and p does not).
 */
export function bernoulliKl(p: number, q: number): number {
  let kl = 0;
  if (p > 0) kl += p * Math.log(p / q);
  if (p < 1) kl += (1 - p) * Math.log((1 - p) / (1 - q));
  return kl;
}

/** The exploration level ln t + c·ln ln t (ln ln t read as ln max(1, ln t)). */
export function klUcbBound(t: number, c = 0): number {
  const lnT = Math.log(Math.max(1, t));
  return lnT + (c === 0 ? 0 : c * Math.log(Math.max(1, lnT)));
}

/**
 * max{ q ∈ [mean, 1] : pulls·kl(mean, q) ≤ bound } by bisection to `tolerance`. Returns the lower end of the final
 * bracket, which satisfies the constraint (so the index never overstates the confidence bound by more than tolerance).
 */
export function klUcbBernoulliIndex(mean: number, pulls: number, bound: number, tolerance = KL_UCB_TOLERANCE): number {
  const p = Math.min(1, Math.max(0, mean));
  if (pulls <= 0) return Infinity;
  if (p >= 1 || bound <= 0) return p;
  const level = bound / pulls;
  let lo = p;
  let hi = 1;
  while (hi - lo > tolerance) {
    const mid = (lo + hi) / 2;
    if (bernoulliKl(p, mid) <= level) lo = mid; else hi = mid;
  }
  return lo;
}

/** The Gaussian KL-UCB index μ̂ + σ·√(2·bound/n) for known noise variance σ². */
export function klUcbGaussianIndex(mean: number, pulls: number, bound: number, noiseVariance: number): number {
  if (pulls <= 0) return Infinity;
  return mean + Math.sqrt((2 * noiseVariance * Math.max(0, bound)) / pulls);
}

export function createKlUcb(ctx: AgentContext, initial: KlUcbSettings): Learner<KlUcbSettings> {
  return createIndexPolicyBandit(ctx, initial, {
    index: (estimate, pulls, t, settings) => {
      const bound = klUcbBound(t, settings.c ?? 0);
      return settings.rewardModel === 'bernoulli'
        ? klUcbBernoulliIndex(estimate, pulls, bound)
        : klUcbGaussianIndex(estimate, pulls, bound, settings.noiseVariance);
    },
    indexLabel: 'KL-UCB index',
  });
}
