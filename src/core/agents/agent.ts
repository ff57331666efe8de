// The agent contracts (bsuite shape): a learner chooses an action, then learns from one explicit transition;
// a planner sweeps an exact model. Agents never own the env.
import type { Rng } from '../rng/rng.ts';
import type { Space } from '../spaces/space.ts';
import type { TabularModel } from '../envs/tabular-model.ts';
import type { Metrics } from '../metrics/metric-key.ts';
import type { FeatureEncoder } from '../envs/feature-encoder.ts';
import type { OfflineDataset } from '../data/offline-dataset.ts';

export interface Transition<Obs = number, Act = number> {
  obs: Obs;
  action: Act;
  reward: number;
  nextObs: Obs;
  /** The next state is terminal: do not bootstrap from it. */
  terminated: boolean;
  /** The episode was cut by a time limit: bootstrap from nextObs, but the next act() starts a new episode. */
  truncated: boolean;
}

/** A plain snapshot for overlays: state values, action values, policy, visit counts (any may be absent). */
export interface AgentView {
  readonly kind: 'tabular' | 'bandit';
  readonly nStates?: number;
  readonly nActions: number;
  readonly values?: Float64Array;
  readonly actionValues?: Float64Array;
  readonly policy?: Float64Array;
  readonly visits?: Float64Array;
  /** Exploration bonus per state (that of its least-tried action), for agents that add one. */
  readonly bonus?: Float64Array;
  /** Model-based explorers: per goal the demo named, the chance that planning on the learned model reaches it. */
  readonly goalReach?: Float64Array;
  /** Bandit arms: estimates, pull counts, and uncertainty where the agent has one. */
  readonly estimates?: Float64Array;
  readonly pulls?: Float64Array;
  readonly uncertainty?: Float64Array;
  /** What `uncertainty` is: an exploration bonus added to the estimate (UCB), or a posterior standard deviation. */
  readonly uncertaintyKind?: 'bonus' | 'posterior-sd';
  /** Thompson sampling on Bernoulli arms: Beta posterior parameters per arm. */
  readonly betaAlpha?: Float64Array;
  readonly betaBeta?: Float64Array;
  /** Index policies (UCB1, KL-UCB, Gittins, MEX): the per-arm index the agent ranks arms by (+∞ for an arm it must try). */
  readonly indices?: Float64Array;
  /** What `estimates` are when a policy is shown too: preferences H(a) (gradient bandit, the default) or means. */
  readonly estimateKind?: 'preference' | 'mean';
  /** What `indices` is, for a legend, e.g. 'Gittins index G(α, β)'. */
  readonly indexLabel?: string;
  /** 'value' (default): indices are on the reward scale and share the estimates' axis. 'score': a scale of its own (a network's logits), listed but not drawn. */
  readonly indexScale?: 'value' | 'score';
  /** Offline learners: the cells of one evaluation episode of the current policy, start first. */
  readonly path?: Int32Array;
  /** Return-conditioned learners: returns asked for at the start, and the mean return each achieved. */
  readonly returnCurve?: { readonly requested: Float64Array; readonly achieved: Float64Array };
  /** MBRCSL: its model rollouts as cell paths (the kept ones first), and which it kept. */
  readonly rollouts?: { readonly paths: readonly Int32Array[]; readonly kept: Uint8Array };
}

export interface Learner<P, Obs = number, Act = number> {
  readonly kind: 'learner';
  act(obs: Obs): Act;
  learn(t: Transition<Obs, Act>): Metrics | void;
  /** Live controls: the new full parameter set, applied without losing what was learned. */
  setParams(params: P): void;
  /** The agent's own estimate of a state's value (for 'value/start'). */
  stateValue?(obs: Obs): number;
  view(): AgentView;
  dispose?(): void;
}

export interface Planner<P> {
  readonly kind: 'planner';
  /** One sweep over the model; returns the sweep's metrics. */
  sweep(): Metrics;
  readonly converged: boolean;
  setParams(params: P): void;
  stateValue(state: number): number;
  view(): AgentView;
  dispose?(): void;
}

export type Agent<P> = Learner<P> | Planner<P>;

export interface AgentContext {
  readonly observationSpace: Space;
  readonly actionSpace: Space;
  readonly rng: Rng;
  /** The exact model, for planners (gridworlds provide it). */
  readonly model?: TabularModel;
  /** How a network sees an observation (demos with neural agents provide it). */
  readonly features?: FeatureEncoder;
  /** The fixed dataset offline learners train from (demos of offline RL provide it, every agent of a run the same). */
  readonly dataset?: OfflineDataset;
}

