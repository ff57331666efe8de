// Drawing rows with given probabilities in O(1) each (Vose's alias method): the reweighted samplers draw every
// minibatch this way. Building the table is O(n).
import type { Rng } from '../rng/rng.ts';

export interface RowSampler {
  readonly count: number;
  /** `size` row indices drawn with replacement. */
  sample(size: number, rng: Rng): Int32Array;
}

export function createRowSampler(probabilities: ArrayLike<number>): RowSampler {
  const n = probabilities.length;
  if (n === 0) throw new RangeError('there are no rows to sample');
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = probabilities[i]!;
    if (!(p >= 0) || !Number.isFinite(p)) throw new RangeError(`row ${i} has probability ${p}; it must be finite and ≥ 0`);
    total += p;
  }
  if (!(total > 0)) throw new RangeError('the row probabilities sum to 0');
  const scaled = Float64Array.from({ length: n }, (_, i) => (probabilities[i]! * n) / total);
  const cut = new Float64Array(n);
  const alias = new Int32Array(n);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    cut[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  // What is left is 1 up to rounding.
  for (const i of [...small, ...large]) { cut[i] = 1; alias[i] = i; }
  return {
    count: n,
    sample(size, rng) {
      const rows = new Int32Array(size);
      for (let k = 0; k < size; k++) {
        const i = rng.int(n);
        rows[k] = rng.uniform() < cut[i]! ? i : alias[i]!;
      }
      return rows;
    },
  };
}
