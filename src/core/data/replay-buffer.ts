// Experience replay (Lin 1992; Mnih et al. 2015): a fixed-capacity ring buffer of transitions stored as a
// struct of typed arrays, sampled uniformly with replacement into preallocated batch arrays.
import type { Rng } from '../rng/rng.ts';

/** A sampled minibatch: row i of each array belongs to the same transition. */
export interface ReplayBatch {
  readonly size: number;
  readonly featureSize: number;
  /** size × featureSize, row-major. */
  readonly features: Float32Array;
  readonly nextFeatures: Float32Array;
  readonly actions: Int32Array;
  readonly rewards: Float32Array;
  /** 1 where the next state is terminal (no bootstrap), else 0; float so it can feed a tensor directly. */
  readonly terminated: Float32Array;
  /** Buffer rows the batch was drawn from. */
  readonly indices: Int32Array;
}

export function createReplayBatch(size: number, featureSize: number): ReplayBatch {
  return {
    size, featureSize,
    features: new Float32Array(size * featureSize),
    nextFeatures: new Float32Array(size * featureSize),
    actions: new Int32Array(size),
    rewards: new Float32Array(size),
    terminated: new Float32Array(size),
    indices: new Int32Array(size),
  };
}

export class ReplayBuffer {
  readonly features: Float32Array;
  readonly nextFeatures: Float32Array;
  readonly actions: Int32Array;
  readonly rewards: Float32Array;
  readonly terminated: Uint8Array;
  private count = 0;
  /** Row the next add() writes; once full, the oldest row. */
  private head = 0;

  constructor(readonly capacity: number, readonly featureSize: number) {
    if (!(Number.isInteger(capacity) && capacity >= 1)) throw new RangeError(`replay capacity must be a positive integer, got ${capacity}`);
    if (!(Number.isInteger(featureSize) && featureSize >= 1)) throw new RangeError(`feature size must be a positive integer, got ${featureSize}`);
    this.features = new Float32Array(capacity * featureSize);
    this.nextFeatures = new Float32Array(capacity * featureSize);
    this.actions = new Int32Array(capacity);
    this.rewards = new Float32Array(capacity);
    this.terminated = new Uint8Array(capacity);
  }

  /** Number of stored transitions (at most capacity). */
  get size(): number {
    return this.count;
  }

  /** Store one transition, overwriting the oldest once full. Feature arrays are copied. */
  add(features: ArrayLike<number>, action: number, reward: number, nextFeatures: ArrayLike<number>, terminated: boolean): void {
    const f = this.featureSize;
    if (features.length !== f || nextFeatures.length !== f) {
      throw new RangeError(`a transition needs ${f} features, got ${features.length} and ${nextFeatures.length}`);
    }
    const row = this.head;
    this.features.set(features, row * f);
    this.nextFeatures.set(nextFeatures, row * f);
    this.actions[row] = action;
    this.rewards[row] = reward;
    this.terminated[row] = terminated ? 1 : 0;
    this.head = (row + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  /** Fill `into` with `batch` rows drawn uniformly with replacement from the stored ones (one rng.int each). */
  sample(batch: number, rng: Rng, into: ReplayBatch): ReplayBatch {
    const f = this.featureSize;
    if (this.count === 0) throw new RangeError('cannot sample from an empty replay buffer');
    if (batch > into.size || into.featureSize !== f) {
      throw new RangeError(`a batch of ${batch} × ${f} does not fit arrays of ${into.size} × ${into.featureSize}`);
    }
    for (let i = 0; i < batch; i++) {
      const row = rng.int(this.count);
      into.indices[i] = row;
      // Plain loops: subarray() would allocate two views per sampled row.
      for (let k = 0, src = row * f, dst = i * f; k < f; k++) {
        into.features[dst + k] = this.features[src + k];
        into.nextFeatures[dst + k] = this.nextFeatures[src + k];
      }
      into.actions[i] = this.actions[row];
      into.rewards[i] = this.rewards[row];
      into.terminated[i] = this.terminated[row];
    }
    return into;
  }

  clear(): void {
    this.count = 0;
    this.head = 0;
  }
}
