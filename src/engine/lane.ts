// A lane is one agent on one seeded replica of the environment: the inner loop of every run.
// It reuses one Transition object and records metrics straight into the agent's shared accumulators.
import type { Agent, Learner, Planner, Transition } from '../core/agents/agent.ts';
import type { Env } from '../core/envs/env.ts';
import type { MetricKey, Metrics } from '../core/metrics/metric-key.ts';
import type { SeriesAccumulator } from '../core/metrics/series-accumulator.ts';
import type { DemoEnv } from '../demos/demo-spec.ts';

/** A learner's loss (or another learn() metric) stopped being a finite number: training has diverged. */
export class DivergenceError extends Error {
  /** `episode` counts episodes, or a planner's sweeps (`unit` 'sweep'), from 0. */
  constructor(readonly metric: MetricKey, readonly value: number, readonly episode: number, unit: 'episode' | 'sweep' = 'episode') {
    super(`${metric} became ${value} during ${unit} ${episode + 1}`);
  }
}

export const EPISODE_METRICS = ['episode/return', 'episode/length', 'value/start'] as const satisfies readonly MetricKey[];
export const PLANNER_METRICS = ['value/start', 'planner/delta', 'planner/policy-changes'] as const satisfies readonly MetricKey[];

export interface Lane {
  readonly agent: Agent<unknown>;
  /** The env as stepped (with wrappers). */
  readonly env: Env<number, number, unknown>;
  /** The demo's own env, unwrapped: what live env edits change. */
  readonly demoEnv: DemoEnv;
  /** Env steps taken (learners) or sweeps made (planners). */
  readonly steps: number;
  readonly episodes: number;
  /** A planner whose values have stopped changing. */
  readonly done: boolean;
  advance(n: number): void;
}

type Accumulators = Partial<Record<MetricKey, SeriesAccumulator>>;

export class LearnerLane implements Lane {
  steps = 0;
  episodes = 0;
  readonly done = false;
  private obs: number;
  private readonly startObs: number;
  private readonly transition: Transition = { obs: 0, action: 0, reward: 0, nextObs: 0, terminated: false, truncated: false };
  private readonly stepKeys: readonly MetricKey[];
  private readonly stepSeries: SeriesAccumulator[];
  // Looked up once: episodes can be a few steps long, so recording them is on the hot path too.
  private readonly returns?: SeriesAccumulator;
  private readonly lengths?: SeriesAccumulator;
  private readonly startValues?: SeriesAccumulator;
  // learn() metrics averaged over each episode: running sums and counts, one slot per key.
  private readonly learnKeys: readonly MetricKey[];
  private readonly learnSeries: SeriesAccumulator[];
  private readonly learnSums: Float64Array;
  private readonly learnCounts: Float64Array;

  constructor(
    readonly agent: Learner<unknown>,
    readonly demoEnv: DemoEnv,
    readonly env: Env<number, number, unknown>,
    stepMetrics: readonly MetricKey[],
    series: Accumulators,
    learnMetrics: readonly MetricKey[] = [],
    /** Per-step demos (no episodes): each learn() value and env info key is a point of its own at its step. */
    private readonly learnPerStep = false,
  ) {
    this.obs = env.reset();
    this.startObs = this.obs;
    this.stepKeys = stepMetrics;
    this.stepSeries = stepMetrics.map((key) => series[key]!);
    this.returns = series['episode/return'];
    this.lengths = series['episode/length'];
    this.startValues = series['value/start'];
    this.learnKeys = learnMetrics;
    this.learnSeries = learnMetrics.map((key) => series[key]!);
    this.learnSums = new Float64Array(learnMetrics.length);
    this.learnCounts = new Float64Array(learnMetrics.length);
  }

  advance(n: number): void {
    const { agent, env, transition: t, stepKeys, stepSeries } = this;
    for (let i = 0; i < n; i++) {
      const action = agent.act(this.obs);
      const result = env.step(action);
      t.obs = this.obs;
      t.action = action;
      t.reward = result.reward;
      t.nextObs = result.obs;
      t.terminated = result.terminated;
      t.truncated = result.truncated;
      const learned = agent.learn(t);
      if (learned && this.learnKeys.length > 0) {
        if (this.learnPerStep) this.recordLearnedStep(learned);
        else this.accumulate(learned);
      }
      if (this.learnPerStep) for (let k = 0; k < stepKeys.length; k++) stepSeries[k].add(this.steps, result.info[stepKeys[k]] ?? 0);
      this.steps++;
      if (result.terminated || result.truncated) {
        // Episode demos read their env info keys once, at the episode's end (absent = NaN, drawn as a gap).
        if (!this.learnPerStep) for (let k = 0; k < stepKeys.length; k++) stepSeries[k].add(this.episodes, result.info[stepKeys[k]] ?? NaN);
        this.recordEpisode(result.info['episode/return'] ?? 0, result.info['episode/length'] ?? 0);
        this.obs = env.reset();
      } else {
        this.obs = result.obs;
      }
    }
  }

  /** Record one learn() result at this step (per-step demos); a non-finite value means the network diverged. */
  private recordLearnedStep(learned: Metrics): void {
    for (let k = 0; k < this.learnKeys.length; k++) {
      const value = learned[this.learnKeys[k]];
      if (value === undefined) continue;
      if (!Number.isFinite(value)) throw new DivergenceError(this.learnKeys[k], value, this.episodes);
      this.learnSeries[k].add(this.steps, value);
    }
  }

  /** Add one learn() result to the episode's sums; a non-finite value means the network diverged. */
  private accumulate(learned: Metrics): void {
    for (let k = 0; k < this.learnKeys.length; k++) {
      const value = learned[this.learnKeys[k]];
      if (value === undefined) continue;
      if (!Number.isFinite(value)) throw new DivergenceError(this.learnKeys[k], value, this.episodes);
      this.learnSums[k] += value;
      this.learnCounts[k]++;
    }
  }

  private recordEpisode(episodeReturn: number, length: number): void {
    this.returns?.add(this.episodes, episodeReturn);
    this.lengths?.add(this.episodes, length);
    this.startValues?.add(this.episodes, this.agent.stateValue?.(this.startObs) ?? 0);
    // An episode without updates (e.g. before learning starts) has no loss: NaN, drawn as a gap.
    for (let k = 0; k < this.learnKeys.length; k++) {
      this.learnSeries[k].add(this.episodes, this.learnCounts[k] > 0 ? this.learnSums[k] / this.learnCounts[k] : NaN);
      this.learnSums[k] = 0;
      this.learnCounts[k] = 0;
    }
    this.episodes++;
  }
}

export class PlannerLane implements Lane {
  steps = 0;
  private readonly reported = new Set<MetricKey>();
  readonly episodes = 0;

  readonly env: Env<number, number, unknown>;

  constructor(readonly agent: Planner<unknown>, readonly demoEnv: DemoEnv, private readonly series: Accumulators) {
    this.env = demoEnv;
  }

  get done(): boolean {
    return this.agent.converged;
  }

  advance(n: number): void {
    for (let i = 0; i < n; i++) {
      const metrics = this.agent.sweep();
      // Every key a planner reports is recorded where a series exists (the common PLANNER_METRICS always have one;
      // keys only some planners report, e.g. k-QVI's 'planner/optimal', where the demo lists them). A key a planner
      // never reports (an offline learner has no 'planner/delta') stays empty rather than a line of zeros.
      for (const key of Object.keys(metrics) as MetricKey[]) {
        const series = this.series[key];
        // A loss that stops being a finite number (an offline learner's network blew up) stops the run, as for learners.
        if (key.startsWith('loss/') && !Number.isFinite(metrics[key])) throw new DivergenceError(key, metrics[key]!, this.steps, 'sweep');
        if (!series) continue;
        // A key first reported after sweep 1 (e.g. by a planner's second phase) gets gaps before it, so its series
        // starts at sweep 1 like every other and its points sit at the sweeps that made them.
        if (!this.reported.has(key)) {
          for (let i = 0; i < this.steps; i++) series.add(i, NaN);
          this.reported.add(key);
        }
        series.add(this.steps, metrics[key]!);
      }
      this.steps++;
    }
  }
}
