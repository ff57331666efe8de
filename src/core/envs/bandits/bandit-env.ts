// K-armed bandits (S&B ch. 2): a single-state env; `info` carries the pull's reward, the cumulative regret
// (expected: best true mean − pulled arm's true mean, summed), whether the optimal arm was pulled, and whether the
// run is in a suffix failure (no optimal pull in the second half of its pulls so far; EVOLvE's measure at t = T).
import type { Env, StepResult } from '../env.ts';
import { createStepResult } from '../env.ts';
import { discrete, type Space } from '../../spaces/space.ts';
import type { Rng } from '../../rng/rng.ts';

export interface BanditView {
  readonly kind: 'bandit';
  /** True mean reward of each arm (the UI hides them until "Reveal"). */
  readonly means: readonly number[];
  readonly optimalArm: number;
  readonly rewardModel: 'gaussian' | 'bernoulli';
}

abstract class BanditEnv implements Env<number, number, BanditView> {
  readonly observationSpace: Space = discrete(1);
  readonly actionSpace: Space;
  protected readonly result: StepResult<number> = createStepResult(0);
  private bestMean = 0;
  private readonly optimalArms: Uint8Array;
  private readonly initialMeans: Float64Array;
  /**
   * Standard deviation of the random walk every arm's mean takes after each pull (0: stationary). Bernoulli means
   * stay within [0, 1]. The best arm can change, and regret is counted against the best arm of the moment.
   */
  drift = 0;
  private cumulativeRegret = 0;
  private pullCount = 0;
  /** Pull number (1-based) of the latest optimal pull; 0 before any. */
  private lastOptimalPull = 0;

  protected constructor(readonly means: Float64Array, protected readonly rng: Rng) {
    this.actionSpace = discrete(means.length);
    this.initialMeans = means.slice();
    this.optimalArms = new Uint8Array(means.length);
    this.findBest();
  }

  private findBest(): void {
    this.bestMean = Math.max(...this.means);
    // Ties for the best mean all count as optimal.
    for (let a = 0; a < this.means.length; a++) this.optimalArms[a] = this.means[a] === this.bestMean ? 1 : 0;
  }

  /** Bounds a drifting mean may not leave (Bernoulli: [0, 1]). */
  protected clampMean(mean: number): number {
    return mean;
  }

  protected abstract sampleReward(arm: number): number;
  abstract readonly rewardModel: 'gaussian' | 'bernoulli';

  reset(): number {
    if (this.drift > 0) {
      this.means.set(this.initialMeans);
      this.findBest();
    }
    this.cumulativeRegret = 0;
    this.pullCount = 0;
    this.lastOptimalPull = 0;
    return 0;
  }

  step(arm: number): StepResult<number> {
    const r = this.result;
    r.reward = this.sampleReward(arm);
    // A bandit never ends; reset the flags in case a wrapper set them on this reused result.
    r.terminated = false;
    r.truncated = false;
    this.cumulativeRegret += this.bestMean - this.means[arm];
    this.pullCount++;
    if (this.optimalArms[arm]) this.lastOptimalPull = this.pullCount;
    r.info['bandit/reward'] = r.reward;
    r.info['bandit/regret'] = this.cumulativeRegret;
    r.info['bandit/optimal-action'] = this.optimalArms[arm];
    r.info['bandit/suffix-failure'] = 2 * this.lastOptimalPull <= this.pullCount ? 1 : 0;
    if (this.drift > 0) {
      for (let a = 0; a < this.means.length; a++) this.means[a] = this.clampMean(this.means[a] + this.rng.normal(0, this.drift));
      this.findBest();
    }
    return r;
  }

  view(): BanditView {
    return {
      kind: 'bandit', means: Array.from(this.means), rewardModel: this.rewardModel,
      optimalArm: this.optimalArms.indexOf(1),
    };
  }
}

/** The 10-armed testbed: q*(a) ~ N(qStarMean, 1) drawn once per problem, rewards ~ N(q*(a), 1). */
export class GaussianBandit extends BanditEnv {
  readonly rewardModel = 'gaussian';

  constructor(means: Float64Array, rng: Rng, readonly rewardStd = 1) {
    super(means, rng);
  }

  static testbed(arms: number, qStarMean: number, rng: Rng): GaussianBandit {
    const means = new Float64Array(arms);
    for (let a = 0; a < arms; a++) means[a] = rng.normal(qStarMean, 1);
    return new GaussianBandit(means, rng);
  }

  protected sampleReward(arm: number): number {
    return this.rng.normal(this.means[arm], this.rewardStd);
  }
}

/** Bernoulli arms: reward 1 with probability p(a), else 0. */
export class BernoulliBandit extends BanditEnv {
  readonly rewardModel = 'bernoulli';

  constructor(means: Float64Array, rng: Rng) {
    for (const p of means) if (!(p >= 0 && p <= 1)) throw new RangeError(`a Bernoulli arm's mean must lie in [0, 1], got ${p}`);
    super(means, rng);
  }

  /** Means drawn uniformly from [0, 1). */
  static uniform(arms: number, rng: Rng): BernoulliBandit {
    const means = new Float64Array(arms);
    for (let a = 0; a < arms; a++) means[a] = rng.uniform();
    return new BernoulliBandit(means, rng);
  }

  protected sampleReward(arm: number): number {
    return this.rng.uniform() < this.means[arm] ? 1 : 0;
  }

  protected override clampMean(mean: number): number {
    return Math.min(1, Math.max(0, mean));
  }
}
