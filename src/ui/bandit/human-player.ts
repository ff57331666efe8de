// The bookkeeping of a person playing a bandit by hand: pulls, rewards, cumulative regret and optimal pulls, read
// from the env's own info (S&B ch. 2), on the very bandit instance run 0 of the experiment meets.
import type { Rng } from '../../core/rng/rng.ts';
import { envStreamOf } from '../../engine/run-streams.ts';
import { resolveParams } from '../../demos/control-spec.ts';
import type { AnyDemo, DemoEnv } from '../../demos/demo-spec.ts';
import type { BanditView } from '../../core/envs/bandits/bandit-env.ts';
import { asBanditView } from './as-bandit-view.ts';

/** The env stream of run 0, the one the engine gives run 0's agents. */
export function runZeroEnvRng(seed: number): Rng {
  return envStreamOf(seed, 0);
}

/** Builds the demo's env for run 0 of (params, seed); null when the demo's env is not a bandit. */
export function runZeroBanditFactory(demo: AnyDemo, params: Readonly<Record<string, unknown>>, seed: number): (() => DemoEnv) | null {
  const resolved = resolveParams(demo.controls, params);
  const make = () => demo.env(resolved, runZeroEnvRng(seed));
  return asBanditView(make().view()) ? make : null;
}

export interface HumanStats {
  readonly pulls: number;
  readonly totalReward: number;
  /** Total reward / pulls (0 before the first pull). */
  readonly averageReward: number;
  /** Σ (best true mean − pulled arm's true mean): the expected reward given up, as the agents' charts count it. */
  readonly regret: number;
  readonly optimalPulls: number;
  /** Fraction of pulls on a best arm (0 before the first pull). */
  readonly optimalFraction: number;
  readonly pullsPerArm: readonly number[];
  /** Average reward seen on each arm; null for an arm never pulled. */
  readonly sampleMeans: readonly (number | null)[];
  readonly lastPull: { readonly arm: number; readonly reward: number } | null;
}

export class HumanPlayer {
  private env: DemoEnv;
  private pullCounts: number[];
  private rewardSums: number[];
  private total = 0;
  private regret = 0;
  private optimal = 0;
  private last: HumanStats['lastPull'] = null;
  /** The bandit's truth: the UI shows it only after "Reveal". */
  readonly truth: BanditView;

  /** `makeEnv` must build the same bandit (same means, same reward stream) every time it is called. */
  constructor(private readonly makeEnv: () => DemoEnv) {
    this.env = makeEnv();
    const truth = asBanditView(this.env.view());
    if (!truth) throw new TypeError('HumanPlayer needs a bandit environment');
    this.truth = truth;
    this.pullCounts = truth.means.map(() => 0);
    this.rewardSums = truth.means.map(() => 0);
    this.env.reset();
  }

  get arms(): number {
    return this.truth.means.length;
  }

  /** Pull arm `arm` (from 0) and return its reward. */
  pull(arm: number): number {
    if (!Number.isInteger(arm) || arm < 0 || arm >= this.arms) throw new RangeError(`arm must be 0..${this.arms - 1}, got ${arm}`);
    const result = this.env.step(arm);
    const reward = result.reward;
    this.pullCounts[arm]++;
    this.rewardSums[arm] += reward;
    this.total += reward;
    this.regret = result.info['bandit/regret'] ?? this.regret;
    this.optimal += result.info['bandit/optimal-action'] ?? 0;
    this.last = { arm, reward };
    return reward;
  }

  /** A fresh game on the same instance: the same means and the same sequence of reward noise. */
  startOver(): void {
    this.env = this.makeEnv();
    this.env.reset();
    this.pullCounts.fill(0);
    this.rewardSums.fill(0);
    this.total = 0;
    this.regret = 0;
    this.optimal = 0;
    this.last = null;
  }

  stats(): HumanStats {
    const pulls = this.pullCounts.reduce((a, b) => a + b, 0);
    return {
      pulls,
      totalReward: this.total,
      averageReward: pulls ? this.total / pulls : 0,
      regret: this.regret,
      optimalPulls: this.optimal,
      optimalFraction: pulls ? this.optimal / pulls : 0,
      pullsPerArm: [...this.pullCounts],
      sampleMeans: this.pullCounts.map((n, a) => (n ? this.rewardSums[a] / n : null)),
      lastPull: this.last,
    };
  }
}

/** The human's player for an experiment, or null when its demo is not a bandit. */
export function createHumanPlayer(demo: AnyDemo, params: Readonly<Record<string, unknown>>, seed: number): HumanPlayer | null {
  const make = runZeroBanditFactory(demo, params, seed);
  return make ? new HumanPlayer(make) : null;
}

/**
 * What identifies the instance a player meets: the true means and reward model. A live control (ε, α...) leaves
 * it unchanged, so the game in progress survives; a change of arms, qStarMean or seed starts a new one.
 */
export function banditInstanceKey(demo: AnyDemo, params: Readonly<Record<string, unknown>>, seed: number): string | null {
  const make = runZeroBanditFactory(demo, params, seed);
  const view = make && asBanditView(make().view());
  return view ? `${demo.id}|${seed}|${view.rewardModel}|${view.means.join(',')}` : null;
}
