// The edge between a discrete observation and a neural network: an observation written as a fixed-length
// feature vector into a caller's Float32Array (no allocation, so batches are filled in place).

export interface FeatureEncoder {
  /** Number of features written by encode(). */
  readonly size: number;
  /** Write the features of `obs` into out[offset .. offset + size); every entry in that range is overwritten. */
  encode(obs: number, out: Float32Array, offset: number): void;
}
