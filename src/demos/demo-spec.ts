// DemoSpec: the one place where an environment, its agents, controls, charts, presets, lesson and papers meet.
import type { Env } from '../core/envs/env.ts';
import type { TabularModel } from '../core/envs/tabular-model.ts';
import type { OfflineDataset } from '../core/data/offline-dataset.ts';
import type { Agent, AgentContext } from '../core/agents/agent.ts';
import type { FeatureEncoder } from '../core/envs/feature-encoder.ts';
import type { Rng } from '../core/rng/rng.ts';
import type { MetricKey } from '../core/metrics/metric-key.ts';
import type { PaperId } from '../papers/papers.ts';
import type { ControlSpec, Params, ParamsOf } from './control-spec.ts';

export type DemoTheme =
  | 'Foundations' | 'Exploration' | 'Bandits' | 'Offline RL' | 'Entropy control' | 'Safety and models' | 'Learning with people';

/** What a demo's env factory returns: a tabular-observation env, with the exact model when it has one. */
export interface DemoEnv extends Env<number, number, unknown> {
  readonly model?: TabularModel;
  /** Offline RL demos: the dataset collected in this world, which its offline learners train from. */
  readonly dataset?: OfflineDataset;
}

/** What the page may hand a run besides its params: a dataset from the library, for offline demos. */
export interface SuppliedData {
  readonly dataset?: OfflineDataset;
}

export type AgentCreate = (ctx: AgentContext, settings: unknown) => Agent<unknown>;

/**
 * An agent in a demo: how the demo's params become the agent's own settings, and how it is built — directly
 * (`create`), or for agents that need tfjs, after an async `load` so tfjs is fetched only when such a demo opens.
 */
export interface AgentSpec<P> {
  readonly id: string;
  readonly label: string;
  /** One line: what this agent does differently. */
  readonly description: string;
  /** The update rule, in plain math text (typeset by the UI). */
  readonly rule: string;
  readonly settings: (params: P) => unknown;
  /** Offered in the agent picker only for params where this holds (e.g. one world of a demo with two). */
  readonly when?: (params: Params) => boolean;
  readonly create?: AgentCreate;
  readonly load?: () => Promise<AgentCreate>;
}

interface AgentSpecInput<P, S> {
  id: string; label: string; description: string; rule: string;
  when?: (params: Params) => boolean;
  settings: (params: P) => S;
}

/** Type-checks an agent's settings mapping against its factory, then erases the settings type. */
export function defineAgent<P, S>(
  spec: AgentSpecInput<P, S> & { create: (ctx: AgentContext, settings: S) => Agent<S> },
): AgentSpec<P> {
  return spec as unknown as AgentSpec<P>;
}

/** An agent whose code is loaded on demand (e.g. a tfjs network): `load` resolves to its factory. */
export function defineLoadedAgent<P, S>(
  spec: AgentSpecInput<P, S> & { load: () => Promise<(ctx: AgentContext, settings: S) => Agent<S>> },
): AgentSpec<P> {
  return spec as unknown as AgentSpec<P>;
}

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly metric: MetricKey;
  /** Moving-average window the UI applies by default (1 = raw). */
  readonly smoothing: number;
  /** Offer a logarithmic x axis (on which logarithmic growth, e.g. of UCB's regret, is a straight line). */
  readonly logX?: boolean;
  /**
   * Plot against this metric instead of the step, episode or sweep index (e.g. cells found against env frames, so
   * a planner's rounds and a learner's episodes share one axis). Each agent needs a series of both.
   */
  readonly x?: MetricKey;
  /** Shown only for params where this holds (e.g. one world of a demo with two); always when absent. */
  readonly when?: (params: Params) => boolean;
}

export interface PresetSpec<P> {
  readonly id: string;
  readonly label: string;
  /** What this preset shows, in a sentence a student can check on the chart. */
  readonly description: string;
  readonly params: Partial<P>;
  /** Agents to compare in this preset (all of the demo's default agents when absent). */
  readonly agents?: readonly string[];
}
/** An agent of one demo reused by another whose params differ: `map` gives it the params it reads; names may change. */
export function mappedAgent<P, Q>(
  spec: AgentSpec<Q>, map: (params: P) => Q, names: Partial<Pick<AgentSpec<Q>, 'id' | 'label' | 'description'>> = {},
): AgentSpec<P> {
  return { ...spec, ...names, settings: (params: P) => spec.settings(map(params)) };
}

export type RunLength = { readonly steps: number } | { readonly episodes: number };

export interface DemoSpec<C extends readonly ControlSpec[]> {
  /** URL slug and CLI name. */
  readonly id: string;
  readonly title: string;
  readonly theme: DemoTheme;
  /** The one-line lesson on the home page card. */
  readonly summary: string;
  /** "What to notice": short paragraphs. */
  readonly lesson: readonly string[];
  readonly controls: C;
  /** The env of one run; `supplied` carries data the page hands in (a library dataset for an offline demo). */
  readonly env: (params: ParamsOf<C>, rng: Rng, supplied?: SuppliedData) => DemoEnv;
  readonly agents: readonly AgentSpec<ParamsOf<C>>[];
  /** Agents compared when none are chosen (all when absent). */
  readonly defaultAgents?: readonly string[];
  /** Learners' x axis: one point per step (bandits) or per episode. Planners always have one point per sweep. */
  readonly x: 'step' | 'episode';
  /** Env info keys recorded every step (x 'step'), or at the end of each episode (x 'episode'). */
  readonly stepMetrics: readonly MetricKey[];
  readonly charts: readonly ChartSpec[];
  readonly presets: readonly PresetSpec<ParamsOf<C>>[];
  readonly papers: readonly PaperId[];
  /** Runs (seeds) averaged by default in the page, e.g. 100 for a bandit testbed whose single runs are noise. */
  readonly defaultRuns?: number;
  /** How long a run lasts by default (CLI) and what one "run to the end" means in the page. */
  readonly defaultLength: RunLength;
  /** Episodes longer than this are truncated (Gymnasium's TimeLimit). */
  readonly maxEpisodeSteps?: (params: ParamsOf<C>) => number;
  /** The control the first-success sweep varies (`npm run sim -- <demo> --sweep`); the env view reports `firstSuccess`. */
  readonly sweepKey?: 'size' | 'world';
  /**
   * Live controls that change the environment rather than the agents (a map edited mid-run): `apply` updates a
   * running env in place and returns false when the change cannot be made live (then the run is rebuilt).
   */
  readonly liveEnv?: LiveEnvUpdate<ParamsOf<C>>;
  /** How neural agents see an observation (an encoder over the env, e.g. one-hot cells or coordinates). */
  readonly features?: (env: DemoEnv, params: ParamsOf<C>) => FeatureEncoder;
  /** Metrics agents return from learn() that are charted as their mean over each episode (e.g. 'loss/td'). */
  readonly learnMetrics?: readonly MetricKey[];
  /** Offline RL demos: the env carries a fixed dataset (env.dataset) that the agents learn from instead of acting. */
  readonly offline?: boolean;
  /** What the run counter calls a planner's tick (default 'Sweep'; offline learners: an evaluation after a block of gradient steps). */
  readonly plannerTick?: string;
  /** The environment view the page draws: by default bandit arms for per-step demos and the grid otherwise. */
  readonly stage?: 'restless' | 'deep-sea' | 'curiosity-rnd' | 'effective-horizon' | 'go-explore' | 'offline-lab' | 'stitching' | 'reweighting';
}

export interface LiveEnvUpdate<P> {
  readonly keys: readonly string[];
  readonly apply: (env: DemoEnv, params: P) => boolean;
}

/** A demo with its parameter type erased, as the registry, engine and UI hold it. */
export type AnyDemo = DemoSpec<readonly ControlSpec[]> & {
  readonly env: (params: Params, rng: Rng, supplied?: SuppliedData) => DemoEnv;
  readonly agents: readonly AgentSpec<Params>[];
  readonly presets: readonly PresetSpec<Params>[];
  readonly maxEpisodeSteps?: (params: Params) => number;
  readonly sweepKey?: 'size' | 'world';
  readonly liveEnv?: LiveEnvUpdate<Params>;
  readonly features?: (env: DemoEnv, params: Params) => FeatureEncoder;
};

export function defineDemo<const C extends readonly ControlSpec[]>(spec: DemoSpec<C>): AnyDemo {
  return spec as unknown as AnyDemo;
}
