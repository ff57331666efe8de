// Action-value estimates and indices for bandits (S&B ch. 2; Auer et al. 2002).

/** Incremental estimate (eq. 2.3 / 2.5): Q ← Q + step·(R − Q), with step = 1/n for sample averages or α constant. */
export function incrementalUpdate(estimate: number, reward: number, step: number): number {
  return estimate + step * (reward - estimate);
}

/** The step size: α when α > 0, otherwise 1/n (sample averages); n counts this pull. */
export function stepSize(alpha: number, pulls: number): number {
  return alpha > 0 ? alpha : 1 / pulls;
}

/** UCB score (eq. 2.10): Q(a) + c·sqrt(ln t / N(a)); an arm never pulled scores +∞ (it is maximising). */
export function ucbScore(estimate: number, pulls: number, t: number, c: number): number {
  if (pulls === 0) return Infinity;
  return estimate + c * Math.sqrt(Math.log(t) / pulls);
}

/**
 * Gradient bandit update (eq. 2.12): H(a) ← H(a) + α(R − R̄)(1[a = A] − π(a)), in place.
 * `policy` is π before the update; `baseline` is R̄ (0 for the no-baseline variant).
 */
export function gradientBanditUpdate(
  preferences: Float64Array, policy: ArrayLike<number>, action: number, reward: number, baseline: number, alpha: number,
): void {
  const advantage = reward - baseline;
  for (let a = 0; a < preferences.length; a++) {
    preferences[a] += alpha * advantage * ((a === action ? 1 : 0) - policy[a]);
  }
}

/**
 * Gaussian posterior of an arm's mean with known reward variance σ² and prior N(m0, s0²):
 * s² = 1 / (1/s0² + n/σ²), m = s²·(m0/s0² + Σr/σ²). Returns [mean, variance].
 */
export function gaussianPosterior(
  priorMean: number, priorVariance: number, noiseVariance: number, pulls: number, rewardSum: number,
): [number, number] {
  const variance = 1 / (1 / priorVariance + pulls / noiseVariance);
  return [variance * (priorMean / priorVariance + rewardSum / noiseVariance), variance];
}
