// The entropy–performance law of RL for reasoning (catalogue D15, §3.4, after the entropy-mechanism paper): over a
// run's checkpoints, reward and policy entropy follow R ≈ −a·e^H + b. Fitted by least squares (linear in x = e^H),
// it predicts the reward the policy reaches once its entropy is spent: the ceiling R(H = 0) = b − a.

export interface EntropyLaw {
  readonly a: number;
  readonly b: number;
  /** The predicted reward at entropy 0. */
  readonly ceiling: number;
}

/** Least-squares fit of R = −a·e^H + b; needs two checkpoints with different entropies. */
export function fitEntropyLaw(points: readonly { readonly entropy: number; readonly reward: number }[]): EntropyLaw {
  const n = points.length;
  const xs = points.map((p) => Math.exp(p.entropy));
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanR = points.reduce((s, p) => s + p.reward, 0) / n;
  let sxx = 0;
  let sxr = 0;
  points.forEach((p, i) => { sxx += (xs[i]! - meanX) ** 2; sxr += (xs[i]! - meanX) * (p.reward - meanR); });
  if (!(n >= 2 && sxx > 0)) throw new RangeError('fitting R = −a·e^H + b needs at least two checkpoints with different entropies');
  const slope = sxr / sxx;
  const b = meanR - slope * meanX;
  return { a: -slope, b, ceiling: b + slope };
}
