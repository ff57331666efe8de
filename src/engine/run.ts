// createRun: a demo, its params and a seed become a set of lanes (agents × runs) stepped in lockstep, with each
// metric aggregated over runs as mean and 95% band. No React, no DOM: the same code runs in Node and in a worker.
import { MAX_RUNS } from './run-limits.ts';
import { createRng, type Rng } from '../core/rng/rng.ts';
import { SeriesAccumulator, type SeriesSummary } from '../core/metrics/series-accumulator.ts';
import type { MetricKey } from '../core/metrics/metric-key.ts';
import type { AgentView } from '../core/agents/agent.ts';
import { TimeLimit } from '../core/envs/wrappers/time-limit.ts';
import { EpisodeStats } from '../core/envs/wrappers/episode-stats.ts';
import type { Env } from '../core/envs/env.ts';
import { findControl, resolveParams, type Params, ParamsError } from '../demos/control-spec.ts';
import type { AgentSpec, AnyDemo, RunLength, SuppliedData } from '../demos/demo-spec.ts';
import type { OfflineDataset } from '../core/data/offline-dataset.ts';
import { EPISODE_METRICS, LearnerLane, PLANNER_METRICS, PlannerLane, type Lane } from './lane.ts';
import { agentFactory } from './agent-factories.ts';
import { agentStream, envStream, runStream } from './run-streams.ts';

export interface RunOptions {
  /** Independent replicas (seeds) to average; default 1. */
  readonly runs?: number;
  /** Agent ids to compare; default: the demo's default agents. */
  readonly agents?: readonly string[];
  /** A dataset the page supplies (an offline demo's library dataset), handed to the demo's env. */
  readonly dataset?: OfflineDataset;
}

export interface AgentSeries {
  readonly agentId: string;
  readonly metric: MetricKey;
  /** Index of the first point in this batch (step, episode or sweep number, from 0). */
  readonly start: number;
  readonly summary: SeriesSummary;
}

/** A control changed while the run went on: charts draw a marker at this tick. */
export interface ParamMarker {
  readonly tick: number;
  /** Episodes (sweeps for planners) each agent had completed then: where the marker sits on per-episode charts. */
  readonly episodes: Readonly<Record<string, number>>;
  readonly key: string;
  readonly value: Params[string];
}

export interface AgentProgress {
  readonly id: string;
  readonly label: string;
  readonly kind: 'learner' | 'planner';
  readonly metrics: readonly MetricKey[];
  /** Fewest env steps (or sweeps) and episodes over the runs. */
  readonly steps: number;
  readonly episodes: number;
}

/** A plain, serialisable summary of where a run stands (what a worker posts and a page shows in its counters). */
export interface RunSnapshot {
  readonly demoId: string;
  readonly seed: number;
  readonly runs: number;
  readonly ticks: number;
  readonly params: Params;
  readonly markers: readonly ParamMarker[];
  readonly agents: readonly AgentProgress[];
  /** Every agent is a planner that has converged: playing on would change nothing. */
  readonly finished: boolean;
}


interface AgentSlot {
  readonly spec: AgentSpec<Params>;
  readonly kind: 'learner' | 'planner';
  readonly lanes: Lane[];
  readonly series: Partial<Record<MetricKey, SeriesAccumulator>>;
  readonly published: Partial<Record<MetricKey, number>>;
}

export class Run {
  readonly runs: number;
  readonly agentIds: readonly string[];
  private paramsValue: Params;
  private slots: AgentSlot[] = [];
  private tickCount = 0;
  private readonly markerList: ParamMarker[] = [];

  private readonly supplied: SuppliedData;

  constructor(readonly demo: AnyDemo, params: Readonly<Record<string, unknown>>, readonly seed: number, options: RunOptions = {}) {
    this.supplied = { dataset: options.dataset };
    this.runs = options.runs ?? 1;
    if (!Number.isInteger(this.runs) || this.runs < 1 || this.runs > MAX_RUNS) {
      throw new ParamsError(`runs must be a whole number from 1 to ${MAX_RUNS}, got ${options.runs}`);
    }
    const known = demo.agents.map((a) => a.id);
    this.agentIds = options.agents?.length ? options.agents : demo.defaultAgents ?? known;
    for (const id of this.agentIds) {
      if (!known.includes(id)) throw new ParamsError(`unknown agent '${id}' for ${demo.id}; valid: ${known.join(', ')}`);
    }
    this.paramsValue = resolveParams(demo.controls, params);
    this.build();
  }

  get params(): Params { return this.paramsValue; }
  /** Ticks taken: one env step (or sweep) for every lane. */
  get ticks(): number { return this.tickCount; }
  get markers(): readonly ParamMarker[] { return this.markerList; }

  /** Builds every lane afresh; the old agents are disposed once the new ones exist (a failed build disposes its own and keeps the old). */
  private build(): void {
    const root = createRng(this.seed);
    const created: Lane[] = [];
    let slots: AgentSlot[];
    try {
      slots = this.agentIds.map((id) => {
        const spec = this.demo.agents.find((a) => a.id === id)!;
        const series: Partial<Record<MetricKey, SeriesAccumulator>> = {};
        const lanes: Lane[] = [];
        for (let r = 0; r < this.runs; r++) {
          lanes.push(this.buildLane(spec, runStream(root, r), series));
          created.push(lanes[lanes.length - 1]);
        }
        return { spec, kind: lanes[0].agent.kind, lanes, series, published: {} };
      });
    } catch (error) {
      for (const lane of created) lane.agent.dispose?.();
      throw error;
    }
    // Networks hold tfjs memory: the replaced agents must free it.
    for (const slot of this.slots) for (const lane of slot.lanes) lane.agent.dispose?.();
    this.slots = slots;
    this.tickCount = 0;
  }

  private buildLane(spec: AgentSpec<Params>, runRng: Rng, series: Partial<Record<MetricKey, SeriesAccumulator>>): Lane {
    // Common random numbers: every agent of run r meets an env built from the same stream.
    const demoEnv = this.demo.env(this.paramsValue, envStream(runRng), this.supplied);
    const agent = agentFactory(spec)(
      {
        observationSpace: demoEnv.observationSpace, actionSpace: demoEnv.actionSpace, rng: agentStream(runRng, spec.id),
        model: demoEnv.model, features: this.demo.features?.(demoEnv, this.paramsValue), dataset: demoEnv.dataset,
      },
      spec.settings(this.paramsValue),
    );
    if (agent.kind === 'planner') {
      // A planner's own extra keys are charted when the demo lists them among its learn metrics.
      for (const key of [...PLANNER_METRICS, ...(this.demo.learnMetrics ?? [])]) series[key] ??= new SeriesAccumulator();
      return new PlannerLane(agent, demoEnv, series);
    }
    let env: Env<number, number, unknown> = demoEnv;
    // A key that is both an env info metric and a learn metric (e.g. one a planner reports from its sweeps and the
    // env reports for learners) is read from the env for a learner, once.
    const learnMetrics = (this.demo.learnMetrics ?? []).filter((key) => !this.demo.stepMetrics.includes(key));
    const keys: readonly MetricKey[] = [...(this.demo.x === 'episode' ? EPISODE_METRICS : []), ...this.demo.stepMetrics, ...learnMetrics];
    for (const key of keys) series[key] ??= new SeriesAccumulator();
    if (this.demo.x === 'episode') {
      const limit = this.demo.maxEpisodeSteps?.(this.paramsValue);
      if (limit !== undefined) env = new TimeLimit(env, limit);
      env = new EpisodeStats(env);
    }
    return new LearnerLane(agent, demoEnv, env, this.demo.stepMetrics, series, learnMetrics, this.demo.x === 'step');
  }

  /** Advance every lane by n ticks. */
  step(n = 1): void {
    if (!this.slots.every((slot) => slot.kind === 'planner')) {
      for (const slot of this.slots) for (const lane of slot.lanes) lane.advance(n);
      this.tickCount += n;
      return;
    }
    // Planners only: tick by tick, and no further once every one has converged (the run has finished).
    for (let i = 0; i < n && !this.finished; i++) {
      for (const slot of this.slots) for (const lane of slot.lanes) lane.advance(1);
      this.tickCount++;
    }
  }

  /** Every lane is a planner that has converged (e.g. offline learners after their gradient steps): nothing is left to run. */
  get finished(): boolean {
    return this.slots.every((slot) => slot.kind === 'planner' && slot.lanes.every((lane) => lane.done));
  }

  /**
   * Run each learner lane until it has finished `episodes` episodes (planners: that many sweeps, or until they
   * converge). Returns false if some lane hit `maxSteps` first.
   */
  runEpisodes(episodes: number, maxSteps = 10_000_000): boolean {
    let complete = true;
    const chunk = 256;
    for (const slot of this.slots) {
      for (const lane of slot.lanes) {
        if (slot.kind === 'planner') {
          while (lane.steps < episodes && !lane.done) lane.advance(1);
          continue;
        }
        while (lane.episodes < episodes && lane.steps < maxSteps) lane.advance(Math.min(chunk, maxSteps - lane.steps));
        if (lane.episodes < episodes) complete = false;
      }
    }
    this.tickCount = Math.max(...this.slots.flatMap((s) => s.lanes.map((l) => l.steps)));
    return complete;
  }

  runFor(length: RunLength): boolean {
    if ('steps' in length) { this.step(length.steps); return true; }
    return this.runEpisodes(length.episodes);
  }

  /**
   * Apply new params. Live controls reach the agents without losing what they learned (and leave a marker);
   * any other change rebuilds the run from its seed. Returns whether it rebuilt.
   */
  setParams(overrides: Readonly<Record<string, unknown>>): { rebuilt: boolean } {
    const next = resolveParams(this.demo.controls, { ...this.paramsValue, ...overrides });
    const changed = Object.keys(next).filter((key) => next[key] !== this.paramsValue[key]);
    if (changed.length === 0) return { rebuilt: false };
    const previous = this.paramsValue;
    this.paramsValue = next;
    const rebuild = () => {
      try {
        this.build();
      } catch (error) {
        // The new params cannot make a run (e.g. a library dataset that is not loaded): keep the old run as it was.
        this.paramsValue = previous;
        throw error instanceof ParamsError ? error : new ParamsError(error instanceof Error ? error.message : String(error));
      }
      this.markerList.length = 0;
      return { rebuilt: true };
    };
    if (changed.some((key) => !findControl(this.demo.controls, key)?.live)) return rebuild();
    const liveEnv = this.demo.liveEnv;
    if (liveEnv && changed.some((key) => liveEnv.keys.includes(key))) {
      const lanes = this.slots.flatMap((slot) => slot.lanes);
      // Planners hold a model of the old env: they start over on the new one.
      if (this.slots.some((slot) => slot.kind === 'planner')) return rebuild();
      try {
        for (const lane of lanes) if (!liveEnv.apply(lane.demoEnv, next)) return rebuild();
      } catch (error) {
        // The first lane failed before changing anything (every lane gets the same env): keep the old params.
        this.paramsValue = previous;
        throw new ParamsError(error instanceof Error ? error.message : String(error));
      }
    }
    for (const slot of this.slots) {
      const settings = slot.spec.settings(next);
      for (const lane of slot.lanes) lane.agent.setParams(settings);
    }
    const episodes = Object.fromEntries(this.progress().map((a) => [a.id, a.kind === 'planner' ? a.steps : a.episodes]));
    for (const key of changed) this.markerList.push({ tick: this.tickCount, episodes, key, value: next[key] });
    return { rebuilt: false };
  }

  progress(): AgentProgress[] {
    return this.slots.map((slot) => ({
      id: slot.spec.id,
      label: slot.spec.label,
      kind: slot.kind,
      metrics: Object.keys(slot.series) as MetricKey[],
      steps: Math.min(...slot.lanes.map((l) => l.steps)),
      episodes: Math.min(...slot.lanes.map((l) => l.episodes)),
    }));
  }

  snapshot(): RunSnapshot {
    return {
      demoId: this.demo.id, seed: this.seed, runs: this.runs, ticks: this.tickCount,
      params: { ...this.paramsValue }, markers: [...this.markerList], agents: this.progress(), finished: this.finished,
    };
  }

  /** Mean and band of a metric over all runs, for the indices every run has reached. */
  series(agentId: string, metric: MetricKey): SeriesSummary {
    const acc = this.slot(agentId).series[metric];
    if (!acc) return { mean: [], lo: [], hi: [] };
    return acc.summary(0, acc.completeLength(this.runs));
  }

  /** The points completed since the previous call, per agent and metric: what a chart appends. */
  takeUpdates(): AgentSeries[] {
    const out: AgentSeries[] = [];
    for (const slot of this.slots) {
      for (const [metric, acc] of Object.entries(slot.series) as [MetricKey, SeriesAccumulator][]) {
        const start = slot.published[metric] ?? 0;
        const end = acc.completeLength(this.runs);
        if (end > start) {
          out.push({ agentId: slot.spec.id, metric, start, summary: acc.summary(start, end) });
          slot.published[metric] = end;
        }
      }
    }
    return out;
  }

  /** What run `run` of an agent looks like now: the env (grid or arms) and the agent's overlay data. */
  view(agentId: string, run = 0): { env: unknown; agent: AgentView } {
    const lane = this.slot(agentId).lanes[run];
    return { env: lane.env.view(), agent: lane.agent.view() };
  }

  dispose(): void {
    for (const slot of this.slots) for (const lane of slot.lanes) lane.agent.dispose?.();
    this.slots = [];
  }

  private slot(agentId: string): AgentSlot {
    const slot = this.slots.find((s) => s.spec.id === agentId);
    if (!slot) throw new ParamsError(`agent '${agentId}' is not in this run`);
    return slot;
  }
}

export function createRun(demo: AnyDemo, params: Readonly<Record<string, unknown>>, seed: number, options?: RunOptions): Run {
  return new Run(demo, params, seed, options);
}

export { MAX_RUNS };
