// The behaviours that make offline datasets in the page (catalogue D7): random, medium (the expert with ε = 0.5),
// expert (greedy on Q* from value iteration, ties at random), noisy expert (ε-greedy expert), mixed (80% of the
// transitions from random episodes, 20% from expert ones) and replay (every transition of an online Q-learning run,
// the reference for SACo; the catalogue's run is a DQN's, a tabular learner keeps this in the pure core), and the
// D5RL- and NeoRL-2-style sources: scripted (a waypoint controller), play (walks between tasks drawn at random) and
// conservative (a deployed controller's longer, careful round, always by the same path), each with a small chance
// of a random move.
// With an action delay every behaviour but the online learner plans for the moves it has in flight.
// Episodes start at the model's start and run until a terminal step or the horizon; the last episode is cut at
// the dataset's size. All randomness comes from the given Rng.
import { createRng, type Rng } from '../rng/rng.ts';
import { uniquePairs } from './dataset-metrics.ts';
import { sampleOutcome, type TabularModel } from '../envs/tabular-model.ts';
import { discrete } from '../spaces/space.ts';
import { evaluateStochasticPolicy, optimalValues, qFromValues } from '../algorithms/k-qvi.ts';
import { createQLearning } from '../agents/tabular/q-learning.ts';
import type { DatasetEpisode, DatasetKind, OfflineDataset, SettingValue } from './offline-dataset.ts';
import { ActionDelay } from './action-delay.ts';
import { playController, routesTo, waypointController, type WaypointScripts } from './waypoint-behaviours.ts';

export interface GenerateOptions {
  readonly kind: DatasetKind;
  /** Transitions to collect. */
  readonly size: number;
  readonly gamma: number;
  /** Steps before an episode is cut. */
  readonly horizon: number;
  /** The noisy expert's chance of a random action (default 0.3). */
  readonly epsilon?: number;
  /** The scripted behaviours' chance of a random move (scripted, play, conservative; default 0.1). */
  readonly noise?: number;
  /** Steps between a command and its move (0–3, default 0). */
  readonly delay?: number;
  /** The world's waypoints for scripted, play and conservative. */
  readonly scripts?: WaypointScripts;
  /** Cells a safety constraint forbids, recorded with the data (no behaviour here knows of them). */
  readonly hazards?: readonly number[];
  readonly seed: number;
  readonly env: { readonly id: string; readonly settings: Readonly<Record<string, SettingValue>> };
}

/** The expert's ε for 'medium' (catalogue D7) and the default noisy expert's. */
export const MEDIUM_EPSILON = 0.5;
export const DEFAULT_NOISY_EPSILON = 0.3;
/** The behaviours that follow the world's waypoints (and take the behaviour noise). */
const SCRIPT_KINDS: ReadonlySet<DatasetKind> = new Set(['scripted', 'play', 'conservative']);
/** The scripted behaviours' default chance of a random move. */
export const DEFAULT_SCRIPT_NOISE = 0.1;
/** Share of the mixed dataset's transitions that come from random episodes. */
export const MIXED_RANDOM_SHARE = 0.8;
/**
 * The online run behind 'replay': Q-learning with optimistic initial values (1, the most any path earns in a goal
 * world), so it tries what it has not tried, finds the goal within its first episodes and then learns the way.
 */
const REPLAY_LEARNER = { alpha: 0.5, epsilon: 0.1, initialValue: 1 };

export type Policy = (state: number) => number;

function sampleStep(model: TabularModel, s: number, a: number, u: number): { next: number; reward: number; ends: boolean } {
  const k = sampleOutcome(model, s, a, u);
  return { next: model.next[k]!, reward: model.reward[k]!, ends: model.ends[k] === 1 };
}

export interface RolloutOptions {
  /** Steps this episode may take: the horizon, or what is left of the dataset. */
  readonly limit: number;
  /** The world's time limit (a cut before it is the dataset's size, not the world's). */
  readonly horizon: number;
  readonly rng: Rng;
  /** Called after every step (the replay dataset's online learner learns here). */
  readonly learn?: LearnHook;
  readonly start?: number;
  /** Steps between a command and its move (0: at once), and whether the behaviour plans for the moves in flight. */
  readonly delay?: { readonly steps: number; readonly compensate: boolean };
}

/**
 * One episode of `policy`. The recorded action is the one commanded at that step (what a log holds); with a delay
 * the world carries it out `delay.steps` later, and a compensating behaviour picks it for the cell the moves in
 * flight will reach.
 */
export function rollout(model: TabularModel, policy: Policy, options: RolloutOptions): DatasetEpisode {
  const { limit, horizon, rng, learn, start = model.start } = options;
  const delay = new ActionDelay(options.delay?.steps ?? 0);
  const compensate = options.delay?.compensate ?? false;
  const observations = [start];
  const actions: number[] = [];
  const rewards: number[] = [];
  let terminated = false;
  let s = start;
  for (let t = 0; t < limit; t++) {
    const a = policy(compensate ? delay.predict(model, s) : s);
    const move = delay.command(a);
    const step = move === null ? { next: s, reward: 0, ends: false } : sampleStep(model, s, move, rng.uniform());
    actions.push(a);
    rewards.push(step.reward);
    observations.push(step.next);
    const cut = !step.ends && t + 1 >= horizon;
    learn?.(s, a, step.reward, step.next, step.ends, cut);
    s = step.next;
    if (step.ends) { terminated = true; break; }
  }
  return { observations, actions, rewards, terminated, truncated: !terminated };
}

type LearnHook = (s: number, a: number, r: number, next: number, ends: boolean, cut: boolean) => void;

/** Greedy on Q* (ties split at random), with probability ε a uniformly random action instead. */
export function expertPolicy(model: TabularModel, gamma: number, epsilon: number, rng: Rng): Policy {
  const q = qFromValues(model, optimalValues(model, gamma), gamma);
  const A = model.nActions;
  return (s) => {
    if (epsilon > 0 && rng.uniform() < epsilon) return rng.int(A);
    let best = -Infinity;
    for (let a = 0; a < A; a++) best = Math.max(best, q[s * A + a]!);
    const cut = best - 1e-9 * Math.max(1, Math.abs(best));
    const tied: number[] = [];
    for (let a = 0; a < A; a++) if (q[s * A + a]! >= cut) tied.push(a);
    return tied[rng.int(tied.length)]!;
  };
}

/**
 * Expected discounted returns of the uniformly random policy and of an optimal one, from the start or averaged
 * over the given start cells.
 */
export function referenceReturns(model: TabularModel, gamma: number, starts: readonly number[] = [model.start]): { random: number; expert: number } {
  const uniform = new Float64Array(model.nStates * model.nActions).fill(1 / model.nActions);
  const random = evaluateStochasticPolicy(model, uniform, gamma);
  const expert = optimalValues(model, gamma);
  const mean = (v: Float64Array) => starts.reduce((sum, s) => sum + v[s]!, 0) / starts.length;
  return { random: mean(random), expert: mean(expert) };
}

interface CollectOptions {
  readonly horizon: number;
  readonly rng: Rng;
  readonly learn?: LearnHook;
  readonly delay: { readonly steps: number; readonly compensate: boolean };
}

/** Collect episodes, each of a fresh policy from `policyFor`, until `size` transitions. */
function collect(model: TabularModel, policyFor: () => Policy, size: number, options: CollectOptions): DatasetEpisode[] {
  const episodes: DatasetEpisode[] = [];
  let left = size;
  while (left > 0) {
    const episode = rollout(model, policyFor(), { ...options, limit: Math.min(options.horizon, left) });
    episodes.push(episode);
    left -= episode.actions.length;
  }
  return episodes;
}

function checkOptions(options: GenerateOptions): void {
  const { kind, size, horizon, epsilon = DEFAULT_NOISY_EPSILON, noise = DEFAULT_SCRIPT_NOISE } = options;
  if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`A dataset needs at least one transition, got size ${size}`);
  if (!(Number.isInteger(horizon) && horizon >= 1)) throw new RangeError(`Episodes need a horizon of at least one step, got ${horizon}`);
  if (!(epsilon >= 0 && epsilon <= 1)) throw new RangeError(`The noisy expert's ε must lie in [0, 1], got ${epsilon}`);
  if (!(noise >= 0 && noise <= 1)) throw new RangeError(`The behaviour noise must lie in [0, 1], got ${noise}`);
  if (SCRIPT_KINDS.has(kind) && !options.scripts) {
    throw new RangeError(`The ${kind} behaviour follows the world's waypoints, and this world has none`);
  }
}

export function generateDataset(model: TabularModel, options: GenerateOptions, rng: Rng): OfflineDataset {
  checkOptions(options);
  const { kind, size, gamma, horizon, epsilon = DEFAULT_NOISY_EPSILON, noise = DEFAULT_SCRIPT_NOISE, delay = 0, scripts } = options;
  // Every behaviour but the online learner is a controller that knows its own latency.
  const collectOptions = { horizon, rng, delay: { steps: delay, compensate: kind !== 'replay' } };
  const gather = (policyFor: () => Policy, n = size) => collect(model, policyFor, n, collectOptions);
  const random: Policy = () => rng.int(model.nActions);
  const expert = (e: number) => { const policy = expertPolicy(model, gamma, e, rng); return () => policy; };
  let episodes: DatasetEpisode[];
  switch (kind) {
    case 'random': episodes = gather(() => random); break;
    case 'expert': episodes = gather(expert(0)); break;
    case 'medium': episodes = gather(expert(MEDIUM_EPSILON)); break;
    case 'noisy-expert': episodes = gather(expert(epsilon)); break;
    case 'mixed': {
      const randomPart = Math.round(MIXED_RANDOM_SHARE * size);
      episodes = [...gather(() => random, randomPart), ...gather(expert(0), size - randomPart)];
      break;
    }
    case 'replay': {
      const learner = createQLearning(
        { observationSpace: discrete(model.nStates), actionSpace: discrete(model.nActions), rng },
        { ...REPLAY_LEARNER, gamma },
      );
      episodes = collect(model, () => (s) => learner.act(s), size, {
        ...collectOptions,
        learn: (s, a, r, next, ends, cut) => learner.learn({ obs: s, action: a, reward: r, nextObs: next, terminated: ends, truncated: cut }),
      });
      break;
    }
    case 'scripted': episodes = gather(waypointController(routesTo(model, scripts!.scripted, noise, rng), scripts!.scripted)); break;
    case 'conservative': {
      // A deployed controller is a fixed rule: between equally short moves it always takes the same one, so its
      // data is one path plus its noise.
      const waypoints = scripts!.conservative;
      episodes = gather(waypointController(routesTo(model, waypoints, noise, rng, 'first'), waypoints));
      break;
    }
    case 'play': episodes = gather(playController(routesTo(model, scripts!.play, noise, rng), scripts!.play, rng)); break;
  }
  // The first `delay` steps of every episode are spent waiting: both references start that much later.
  const late = gamma ** delay;
  const references = referenceReturns(model, gamma);
  return {
    meta: {
      env: options.env, nStates: model.nStates, nActions: model.nActions, behaviour: kind,
      ...(kind === 'noisy-expert' ? { epsilon } : {}), ...(SCRIPT_KINDS.has(kind) ? { noise } : {}), ...(delay > 0 ? { delay } : {}),
      ...(options.hazards?.length ? { hazards: [...options.hazards] } : {}),
      seed: options.seed, gamma, references: { random: late * references.random, expert: late * references.expert },
    },
    episodes,
  };
}

/**
 * SACo's reference count (catalogue §3.3): the distinct (s, a) pairs of a replay dataset with the same world, size
 * and γ as `dataset`, seeded from its seed, so that every learner and the page compute the same reference.
 */
export function replayReferencePairs(model: TabularModel, dataset: OfflineDataset, horizon: number): number {
  const size = dataset.episodes.reduce((n, e) => n + e.actions.length, 0);
  if (size === 0) return 0;
  const replay = generateDataset(model, {
    kind: 'replay', size, gamma: dataset.meta.gamma, horizon, delay: dataset.meta.delay ?? 0, seed: dataset.meta.seed, env: dataset.meta.env,
  }, createRng(`saco-reference:${dataset.meta.seed}`));
  return uniquePairs(replay);
}
