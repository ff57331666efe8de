// Running mean and variance of a stream of vectors, merged batch by batch with the parallel formula of Chan et al.
// (1979), as cleanrl's RunningMeanStd: the stats of (old, batch) from both parts' counts, means and variances.
// RND normalises its inputs with it, and its intrinsic rewards by the spread of their discounted sums.

export class RunningMoments {
  readonly mean: Float64Array;
  readonly variance: Float64Array;
  /** Samples merged so far (cleanrl starts at 1e-4 so the first merge needs no special case; so do we). */
  count = 1e-4;

  constructor(readonly dim: number) {
    if (!(Number.isInteger(dim) && dim >= 1)) throw new RangeError(`running moments need a positive dimension, got ${dim}`);
    this.mean = new Float64Array(dim);
    this.variance = new Float64Array(dim).fill(1);
  }

  /** Merge `rows` vectors of `dim` values, row-major in `data`. */
  update(data: ArrayLike<number>, rows: number): void {
    if (rows < 1) return;
    const { dim } = this;
    if (data.length < rows * dim) throw new RangeError(`${rows} rows of ${dim} need ${rows * dim} values, got ${data.length}`);
    const total = this.count + rows;
    for (let j = 0; j < dim; j++) {
      let sum = 0;
      for (let i = 0; i < rows; i++) sum += data[i * dim + j];
      const batchMean = sum / rows;
      let squares = 0;
      for (let i = 0; i < rows; i++) squares += (data[i * dim + j] - batchMean) ** 2;
      const batchVar = squares / rows;
      const delta = batchMean - this.mean[j];
      const m2 = this.variance[j] * this.count + batchVar * rows + delta * delta * (this.count * rows) / total;
      this.mean[j] += (delta * rows) / total;
      this.variance[j] = m2 / total;
    }
    this.count = total;
  }

  /** Write clip((x − μ)/√(σ² + 1e-8), −clip, clip) for `rows` rows of `data` into `out`. */
  normalize(data: ArrayLike<number>, rows: number, out: Float32Array, clip: number): Float32Array {
    const { dim } = this;
    for (let j = 0; j < dim; j++) {
      const scale = 1 / Math.sqrt(this.variance[j] + 1e-8);
      for (let i = 0; i < rows; i++) {
        const z = (data[i * dim + j] - this.mean[j]) * scale;
        out[i * dim + j] = Math.max(-clip, Math.min(clip, z));
      }
    }
    return out;
  }
}
