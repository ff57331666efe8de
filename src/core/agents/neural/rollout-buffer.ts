// The on-policy rollout buffer (as in cleanrl's PPO): the steps collected by the current policy since the last
// update, as a struct of preallocated typed arrays, cleared after each update. Unlike replay, nothing is sampled
// from it later: every row is used once (or for a few PPO epochs) and then dropped.

export class RolloutBuffer {
  /** size × featureSize, row-major: the observation of each step. */
  features: Float32Array;
  /** The observation each step led to, for V(s_{t+1}) at truncations and at the rollout's end. */
  nextFeatures: Float32Array;
  actions: Int32Array;
  rewards: Float32Array;
  /** 1 where the next state is terminal (no bootstrap), else 0. */
  terminated: Float32Array;
  /** 1 where a time limit cut the episode after this step (bootstrap, but the recursion stops), else 0. */
  truncated: Float32Array;
  /** log π_old(a_t|s_t): the log-probability of the action under the policy that chose it. */
  logProbs: Float32Array;
  private count = 0;

  constructor(capacity: number, readonly featureSize: number) {
    if (!(Number.isInteger(featureSize) && featureSize >= 1)) throw new RangeError(`feature size must be a positive integer, got ${featureSize}`);
    checkCapacity(capacity);
    this.features = new Float32Array(capacity * featureSize);
    this.nextFeatures = new Float32Array(capacity * featureSize);
    this.actions = new Int32Array(capacity);
    this.rewards = new Float32Array(capacity);
    this.terminated = new Float32Array(capacity);
    this.truncated = new Float32Array(capacity);
    this.logProbs = new Float32Array(capacity);
  }

  /** Number of stored steps. */
  get size(): number {
    return this.count;
  }

  /** Rows the arrays hold before add() has to grow them. */
  get capacity(): number {
    return this.actions.length;
  }

  /** Whether the last stored step ended its episode (terminated or truncated); false when empty. */
  get episodeEnded(): boolean {
    const last = this.count - 1;
    return last >= 0 && (this.terminated[last] !== 0 || this.truncated[last] !== 0);
  }

  /**
   * Store one step; feature arrays are copied. A full buffer doubles its arrays first (an episode of unknown length,
   * or rolloutSteps raised live), so capacity is a hint, not a limit.
   */
  add(
    features: ArrayLike<number>, action: number, reward: number, nextFeatures: ArrayLike<number>,
    terminated: boolean, truncated: boolean, logProb: number,
  ): void {
    const f = this.featureSize;
    if (features.length !== f || nextFeatures.length !== f) {
      throw new RangeError(`a rollout row needs ${f} features, got ${features.length} and ${nextFeatures.length}`);
    }
    if (this.count === this.capacity) this.reserve(2 * this.capacity);
    const i = this.count++;
    this.features.set(features, i * f);
    this.nextFeatures.set(nextFeatures, i * f);
    this.actions[i] = action;
    this.rewards[i] = reward;
    this.terminated[i] = terminated ? 1 : 0;
    this.truncated[i] = truncated ? 1 : 0;
    this.logProbs[i] = logProb;
  }

  /** Grow the arrays to hold at least `capacity` rows, keeping what is stored; never shrinks. */
  reserve(capacity: number): void {
    checkCapacity(capacity);
    if (capacity <= this.capacity) return;
    const f = this.featureSize;
    const grow = <T extends Float32Array | Int32Array>(old: T, make: (n: number) => T, width: number): T => {
      const next = make(capacity * width);
      next.set(old.subarray(0, this.count * width));
      return next;
    };
    const floats = (n: number) => new Float32Array(n);
    this.features = grow(this.features, floats, f);
    this.nextFeatures = grow(this.nextFeatures, floats, f);
    this.actions = grow(this.actions, (n) => new Int32Array(n), 1);
    this.rewards = grow(this.rewards, floats, 1);
    this.terminated = grow(this.terminated, floats, 1);
    this.truncated = grow(this.truncated, floats, 1);
    this.logProbs = grow(this.logProbs, floats, 1);
  }

  /** Forget every step (the arrays are kept for the next rollout). */
  clear(): void {
    this.count = 0;
  }
}

function checkCapacity(capacity: number): void {
  if (!(Number.isInteger(capacity) && capacity >= 1)) throw new RangeError(`rollout capacity must be a positive integer, got ${capacity}`);
}
