// The Gittins index of a Bernoulli arm with a Beta(α, β) posterior under discount γ (Gittins 1979), by the
// calibration ("retirement") method of catalogue §3.1. Offer a retirement reward M, paid at every step once retired;
// with p = α/(α+β) the posterior mean,
//   V_M(α, β) = max( M,  p·(1 + γ·V_M(α+1, β)) + (1−p)·γ·V_M(α, β+1) ),
// truncated H pulls below the root (α+β = α₀+β₀+H) with the boundary max(M, p/(1−γ)) (the mean taken as known). The
// index is G = (1−γ)·M* for the M* at which retiring and continuing at the root are worth the same.
//
// We work in per-step units W = (1−γ)·V, so every value lies in [0, 1] and the unknown is G itself:
//   W_G(α, β) = max( G,  (1−γ)·p + γ·(p·W_G(α+1, β) + (1−p)·W_G(α, β+1)) ),  boundary max(G, p),
// and G* solves cont(G) = G, where cont is the root's continuation value. cont(G) − G is convex, piecewise linear and
// decreasing in G (its slope is E[γ^τ] − 1 for the retirement time τ), with cont(p) ≥ p and cont(1) ≤ 1, so the
// root is bracketed in [p, 1]. The default solver is that binary search with Newton steps inside the bracket: from
// below, Newton on a convex decreasing function never overshoots, and on a piecewise-linear one it stops after a
// handful of sweeps instead of ~30 halvings; it starts from the index at a quarter of the look-ahead, a lower bound
// that is already close. 'bisection' is the plain binary search (tests check they agree).
//
// Cost: one sweep visits (H+1)(H+2)/2 states, so an index costs O(iterations · H²). The agent memoises indices in
// a bounded module-level cache keyed by (γ, H, α, β), shared by every agent and run in the same thread.

export type GittinsSolver = 'newton' | 'bisection';

export interface GittinsOptions {
  /** Look-ahead depth H: the DP covers every state reachable in H pulls, then uses the boundary. */
  readonly horizon?: number;
  readonly solver?: GittinsSolver;
  /** Stop when the bracket (bisection) or the Newton step is below this; default 1e-9. */
  readonly tolerance?: number;
}

/**
 * The look-ahead used when none is given: 1.5 effective horizons 1/(1−γ), clamped to [60, 200]. At γ = 0.99 this is
 * 150, and an index costs about 0.2 ms; tests measure the error against a 3000-step look-ahead (about 1e−7 at
 * γ = 0.9, under 1e−4 at γ = 0.99, under 2e−3 at γ = 0.999 where the cap bites).
 */
export function defaultGittinsHorizon(gamma: number): number {
  if (!(gamma > 0 && gamma < 1)) return 60;
  return Math.min(200, Math.max(60, Math.ceil(1.5 / (1 - gamma))));
}

// Look-aheads from here on start Newton from the index at a quarter of the look-ahead.
const WARM_START_HORIZON = 80;

// Scratch rows for the sweep (one thread; grown on demand).
let values = new Float64Array(0);
let slopes = new Float64Array(0);

/**
 * One backward sweep for a candidate index g: returns the root's continuation value cont(g) and its slope
 * d cont / d g (the expected discount at retirement), and leaves nothing else behind.
 */
export function gittinsContinuation(alpha: number, beta: number, gamma: number, horizon: number, g: number): [number, number] {
  const h = Math.max(1, Math.floor(horizon));
  if (values.length < h + 2) {
    values = new Float64Array(h + 2);
    slopes = new Float64Array(h + 2);
  }
  const w = values;
  const d = slopes;
  const n0 = alpha + beta;
  // Boundary row (depth h): retire at g or collect the mean p forever.
  for (let i = 0; i <= h; i++) {
    const p = (alpha + i) / (n0 + h);
    if (g >= p) { w[i] = g; d[i] = 1; } else { w[i] = p; d[i] = 0; }
  }
  const oneMinusGamma = 1 - gamma;
  // Rows h−1 … 1 in place: state i (successes) reads i and i+1 of the row below, so ascending i is safe.
  for (let depth = h - 1; depth >= 1; depth--) {
    const n = n0 + depth;
    for (let i = 0; i <= depth; i++) {
      const p = (alpha + i) / n;
      const c = oneMinusGamma * p + gamma * (p * w[i + 1] + (1 - p) * w[i]);
      if (g >= c) { w[i] = g; d[i] = 1; } else { w[i] = c; d[i] = gamma * (p * d[i + 1] + (1 - p) * d[i]); }
    }
  }
  const p = alpha / n0;
  return [oneMinusGamma * p + gamma * (p * w[1] + (1 - p) * w[0]), gamma * (p * d[1] + (1 - p) * d[0])];
}

/** The Gittins index G(α, β) for discount γ ∈ [0, 1), uncached. γ = 0 gives the posterior mean. */
export function gittinsIndex(alpha: number, beta: number, gamma: number, options: GittinsOptions = {}): number {
  if (!(alpha > 0 && beta > 0 && Number.isFinite(alpha) && Number.isFinite(beta))) {
    throw new RangeError(`the Gittins index needs Beta parameters α, β > 0, got (${alpha}, ${beta})`);
  }
  if (!(gamma >= 0 && gamma < 1)) throw new RangeError(`the Gittins index needs a discount γ in [0, 1), got ${gamma}`);
  const mean = alpha / (alpha + beta);
  if (gamma === 0) return mean;
  const horizon = Math.max(1, Math.floor(options.horizon ?? defaultGittinsHorizon(gamma)));
  const tolerance = options.tolerance ?? 1e-9;
  const newton = (options.solver ?? 'newton') === 'newton';
  // cont(g) − g ≥ 0 at g = mean (continuing forever is worth the mean) and ≤ 0 at g = 1.
  let lo = mean;
  let hi = 1;
  let g = mean;
  if (newton && horizon >= WARM_START_HORIZON) {
    // A shorter look-ahead gives a lower bound (its boundary max(G, p) undervalues every state it replaces), and a
    // close one: start there and the full-depth sweeps only polish it. A sweep at H/4 costs 1/16 of one at H.
    g = gittinsIndex(alpha, beta, gamma, { horizon: Math.floor(horizon / 4), tolerance });
  }
  for (let iteration = 0; iteration < 200; iteration++) {
    const [cont, slope] = gittinsContinuation(alpha, beta, gamma, horizon, g);
    const gap = cont - g;
    if (gap >= 0) lo = g; else hi = g;
    if (hi - lo <= tolerance) break;
    let next = (lo + hi) / 2;
    if (newton) {
      const step = gap / (1 - slope);
      if (Math.abs(step) <= tolerance) return Math.min(hi, Math.max(lo, g + step));
      if (g + step > lo && g + step < hi) next = g + step;
    }
    g = next;
  }
  return (lo + hi) / 2;
}

// Memoised indices shared by all agents in this thread. Keys hold γ and H, so agents with different settings never
// collide. Bounded: past GITTINS_CACHE_LIMIT entries the oldest are dropped first (about 10 MB at the limit).
export const GITTINS_CACHE_LIMIT = 100_000;
const cache = new Map<string, number>();

/** G(α, β) for discount γ and look-ahead H (default defaultGittinsHorizon(γ)), memoised. */
export function cachedGittinsIndex(alpha: number, beta: number, gamma: number, horizon = defaultGittinsHorizon(gamma)): number {
  const key = `${gamma}|${horizon}|${alpha}|${beta}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const g = gittinsIndex(alpha, beta, gamma, { horizon });
  if (cache.size >= GITTINS_CACHE_LIMIT) {
    // Drop the oldest tenth at once (Map iterates in insertion order) rather than one key per miss.
    let drop = GITTINS_CACHE_LIMIT / 10;
    for (const k of cache.keys()) {
      cache.delete(k);
      if (--drop <= 0) break;
    }
  }
  cache.set(key, g);
  return g;
}

/** How many indices the shared cache holds (for tests and the bench). */
export function gittinsCacheSize(): number {
  return cache.size;
}

/** Empty the shared cache (tests; a page may call it to free memory). */
export function clearGittinsCache(): void {
  cache.clear();
}
