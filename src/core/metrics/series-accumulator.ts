// Mean and 95% confidence band of a metric over several runs, index by index (step, episode or sweep),
// kept as running sums so thousands of runs cost no more memory than one.
import { tQuantile975 } from './confidence.ts';

export interface SeriesSummary {
  readonly mean: number[];
  /** Lower and upper ends of the 95% confidence interval of the mean (Student t). */
  readonly lo: number[];
  readonly hi: number[];
}

export class SeriesAccumulator {
  private sum = new Float64Array(64);
  private sumSq = new Float64Array(64);
  private count = new Uint32Array(64);
  private filled = 0;

  /** Number of indices that at least one run has reached. */
  get length(): number {
    return this.filled;
  }

  add(index: number, value: number): void {
    if (index >= this.sum.length) this.grow(index + 1);
    this.sum[index] += value;
    this.sumSq[index] += value * value;
    this.count[index]++;
    if (index >= this.filled) this.filled = index + 1;
  }

  countAt(index: number): number {
    return index < this.filled ? this.count[index] : 0;
  }

  /** Leading indices every one of `runs` runs has reached: their mean will not change any more. */
  completeLength(runs: number): number {
    let n = 0;
    while (n < this.filled && this.count[n] >= runs) n++;
    return n;
  }

  meanAt(index: number): number {
    return this.sum[index] / this.count[index];
  }

  /** Summary of indices [from, to). */
  summary(from = 0, to = this.filled): SeriesSummary {
    const mean: number[] = [];
    const lo: number[] = [];
    const hi: number[] = [];
    for (let i = from; i < to; i++) {
      const n = this.count[i];
      const m = this.sum[i] / n;
      const variance = n > 1 ? Math.max(0, (this.sumSq[i] - n * m * m) / (n - 1)) : 0;
      const half = n > 1 ? tQuantile975(n - 1) * Math.sqrt(variance / n) : 0;
      mean.push(m);
      lo.push(m - half);
      hi.push(m + half);
    }
    return { mean, lo, hi };
  }

  private grow(minimum: number): void {
    let size = this.sum.length;
    while (size < minimum) size *= 2;
    const grow = <T extends Float64Array | Uint32Array>(old: T, fresh: T): T => { fresh.set(old); return fresh; };
    this.sum = grow(this.sum, new Float64Array(size));
    this.sumSq = grow(this.sumSq, new Float64Array(size));
    this.count = grow(this.count, new Uint32Array(size));
  }
}
