// pass@k (catalogue D15, §3.4): the chance that at least one of k samples, drawn without replacement from n
// samples of which c are correct, is correct. The unbiased estimator of Chen et al. (2021):
//   pass@k = 1 − C(n − c, k) / C(n, k) = 1 − Π_{i = n−c+1}^{n} (1 − k / i),   and 1 when n − c < k,
// computed as the product so that n = 256 never overflows a binomial coefficient. Majority vote is the other way to
// spend k samples: answer with the most common one.

export function passAtK(n: number, c: number, k: number): number {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`pass@k needs at least one sample, got n = ${n}`);
  if (!(Number.isInteger(c) && c >= 0 && c <= n)) throw new RangeError(`the correct samples c must lie in 0…${n}, got ${c}`);
  if (!(Number.isInteger(k) && k >= 1 && k <= n)) throw new RangeError(`k must lie in 1…${n} (the samples drawn), got ${k}`);
  if (n - c < k) return 1;
  let miss = 1;
  for (let i = n - c + 1; i <= n; i++) miss *= 1 - k / i;
  return 1 - miss;
}

/** The mean pass@k over prompts, each with its own n samples and c correct ones, for every k in `ks`. */
export function meanPassAtK(prompts: readonly { readonly n: number; readonly c: number }[], ks: readonly number[]): number[] {
  if (prompts.length === 0) throw new RangeError('pass@k needs at least one prompt');
  return ks.map((k) => prompts.reduce((sum, p) => sum + passAtK(p.n, p.c, k), 0) / prompts.length);
}

/** The most common answer (ties: the one seen first); undefined for no answers. */
export function majorityVote<T>(answers: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  // A Map keeps insertion order: the first answer seen wins a tie.
  for (const [a, n] of counts) if (n > bestCount) { best = a; bestCount = n; }
  return best;
}
