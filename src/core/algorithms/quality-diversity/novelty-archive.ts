// Novelty search's archive (Lehman & Stanley 2011; catalogue §3.2): the novelty of a behaviour descriptor b is the
// mean distance to its k nearest neighbours among the archive and the current population,
//   nov(b) = (1/k) Σ_{j=1..k} dist(b, μ_j),
// and b joins the archive when nov(b) exceeds a threshold. The threshold is either fixed or, by default, automatic:
// the 90th percentile of the novelty of the last WINDOW candidates, so about one candidate in ten is kept however
// spread out the behaviours have become.
export type Descriptor = Float64Array;

/** Candidates whose novelty sets the automatic threshold. */
const WINDOW = 500;
const AUTO_QUANTILE = 0.9;

/**
 * Distance between descriptors made of (x, y) points in [0, 1]²: the root mean square of the point distances, so a
 * one-point descriptor (the final position) and a many-point one (a trajectory) are on the same scale.
 */
export function descriptorDistance(a: Descriptor, b: Descriptor): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    sum += d * d;
  }
  return Math.sqrt(sum / (a.length / 2));
}

/** Mean distance from b to its k nearest descriptors in `pool` (b itself, by identity, is skipped). */
export function noveltyOf(b: Descriptor, pool: readonly Descriptor[], k: number): number {
  const nearest: number[] = [];
  for (const other of pool) {
    if (other === b) continue;
    const d = descriptorDistance(b, other);
    if (nearest.length < k) {
      nearest.push(d);
      nearest.sort((x, y) => x - y);
    } else if (d < nearest[k - 1]!) {
      nearest[k - 1] = d;
      nearest.sort((x, y) => x - y);
    }
  }
  if (nearest.length === 0) return Infinity;
  return nearest.reduce((s, d) => s + d, 0) / nearest.length;
}

export class NoveltyArchive {
  readonly members: Descriptor[] = [];
  private readonly recent: number[] = [];

  /** threshold: a fixed novelty, or 'auto' for the running 90th percentile. */
  constructor(public k: number, public threshold: number | 'auto') {
    if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`Novelty search needs k ≥ 1 neighbours, got ${k}`);
  }

  /** Novelty of each descriptor against the archive and the whole batch (the population). */
  score(batch: readonly Descriptor[]): number[] {
    const pool = [...this.members, ...batch];
    return batch.map((b) => noveltyOf(b, pool, this.k));
  }

  /** The threshold a candidate must exceed now. */
  currentThreshold(): number {
    if (this.threshold !== 'auto') return this.threshold;
    if (this.recent.length === 0) return 0;
    const sorted = [...this.recent].sort((x, y) => x - y);
    return sorted[Math.min(sorted.length - 1, Math.floor(AUTO_QUANTILE * sorted.length))]!;
  }

  /**
   * Offers scored candidates: the automatic threshold first takes in their novelty, then each candidate more novel
   * than the threshold is added. Returns the indices (into `candidates`) of those added.
   */
  offer(candidates: readonly Descriptor[], novelty: readonly number[]): number[] {
    for (const n of novelty) {
      if (!Number.isFinite(n)) continue;
      this.recent.push(n);
      if (this.recent.length > WINDOW) this.recent.shift();
    }
    const threshold = this.currentThreshold();
    const added: number[] = [];
    candidates.forEach((b, i) => {
      if (novelty[i]! >= threshold && novelty[i]! > 0) {
        this.members.push(b);
        added.push(i);
      }
    });
    return added;
  }

  /** Re-describes every member (after a learned descriptor is retrained): `describe` maps old to new, in order. */
  redescribe(next: readonly Descriptor[]): void {
    if (next.length !== this.members.length) throw new RangeError(`redescribe needs ${this.members.length} descriptors, got ${next.length}`);
    this.members.splice(0, this.members.length, ...next);
  }
}
