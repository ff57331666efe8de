// The behaviours that make offline datasets in the page (catalogue D7): random, medium (the expert with ε = 0.5),
// expert (greedy on Q* from value iteration, ties at random), noisy expert (ε-greedy expert), mixed (80% of the
// transitions from random episodes, 20% from expert ones) and replay (every transition of an online Q-learning run,
// the reference for SACo; the catalogue's run is a DQN's, a tabular learner keeps this in the pure core).
// Episodes start at the model's start and run until a terminal step or the horizon; the last episode is cut at
// the dataset's size. All randomness comes from the given Rng.
import { createRng, type Rng } from '../rng/rng.ts';
import { uniquePairs } from './dataset-metrics.ts';
import { sampleOutcome, type TabularModel } from '../envs/tabular-model.ts';
import { discrete } from '../spaces/space.ts';
import { evaluateStochasticPolicy, optimalValues, qFromValues } from '../algorithms/k-qvi.ts';
import { createQLearning } from '../agents/tabular/q-learning.ts';
import type { DatasetEpisode, DatasetKind, OfflineDataset, SettingValue } from './offline-dataset.ts';

export interface GenerateOptions {
  readonly kind: DatasetKind;
  /** Transitions to collect. */
  readonly size: number;
  readonly gamma: number;
  /** Steps before an episode is cut. */
  readonly horizon: number;
  /** The noisy expert's chance of a random action (default 0.3). */
  readonly epsilon?: number;
  readonly seed: number;
  readonly env: { readonly id: string; readonly settings: Readonly<Record<string, SettingValue>> };
}

/** The expert's ε for 'medium' (catalogue D7) and the default noisy expert's. */
export const MEDIUM_EPSILON = 0.5;
export const DEFAULT_NOISY_EPSILON = 0.3;
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

/** One episode of `policy` from `start`, at most `limit` steps (the horizon, or what is left of the dataset). */
export function rollout(
  model: TabularModel, policy: Policy, limit: number, horizon: number, rng: Rng, learn?: LearnHook, start = model.start,
): DatasetEpisode {
  const observations = [start];
  const actions: number[] = [];
  const rewards: number[] = [];
  let terminated = false;
  let s = start;
  for (let t = 0; t < limit; t++) {
    const a = policy(s);
    const step = sampleStep(model, s, a, rng.uniform());
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

/** Collect episodes of `policy` until `size` transitions. */
function collect(model: TabularModel, policy: Policy, size: number, horizon: number, rng: Rng, learn?: LearnHook): DatasetEpisode[] {
  const episodes: DatasetEpisode[] = [];
  let left = size;
  while (left > 0) {
    const episode = rollout(model, policy, Math.min(horizon, left), horizon, rng, learn);
    episodes.push(episode);
    left -= episode.actions.length;
  }
  return episodes;
}

export function generateDataset(model: TabularModel, options: GenerateOptions, rng: Rng): OfflineDataset {
  const { kind, size, gamma, horizon } = options;
  if (!(Number.isInteger(size) && size >= 1)) throw new RangeError(`A dataset needs at least one transition, got size ${size}`);
  if (!(Number.isInteger(horizon) && horizon >= 1)) throw new RangeError(`Episodes need a horizon of at least one step, got ${horizon}`);
  const epsilon = options.epsilon ?? DEFAULT_NOISY_EPSILON;
  if (!(epsilon >= 0 && epsilon <= 1)) throw new RangeError(`The noisy expert's ε must lie in [0, 1], got ${epsilon}`);
  const random: Policy = () => rng.int(model.nActions);
  let episodes: DatasetEpisode[];
  switch (kind) {
    case 'random': episodes = collect(model, random, size, horizon, rng); break;
    case 'expert': episodes = collect(model, expertPolicy(model, gamma, 0, rng), size, horizon, rng); break;
    case 'medium': episodes = collect(model, expertPolicy(model, gamma, MEDIUM_EPSILON, rng), size, horizon, rng); break;
    case 'noisy-expert': episodes = collect(model, expertPolicy(model, gamma, epsilon, rng), size, horizon, rng); break;
    case 'mixed': {
      const randomPart = Math.round(MIXED_RANDOM_SHARE * size);
      episodes = [
        ...collect(model, random, randomPart, horizon, rng),
        ...collect(model, expertPolicy(model, gamma, 0, rng), size - randomPart, horizon, rng),
      ];
      break;
    }
    case 'replay': {
      const learner = createQLearning(
        { observationSpace: discrete(model.nStates), actionSpace: discrete(model.nActions), rng },
        { ...REPLAY_LEARNER, gamma },
      );
      episodes = collect(model, (s) => learner.act(s), size, horizon, rng, (s, a, r, next, ends, cut) => {
        learner.learn({ obs: s, action: a, reward: r, nextObs: next, terminated: ends, truncated: cut });
      });
      break;
    }
  }
  return {
    meta: {
      env: options.env, nStates: model.nStates, nActions: model.nActions, behaviour: kind,
      ...(kind === 'noisy-expert' ? { epsilon } : {}), seed: options.seed, gamma, references: referenceReturns(model, gamma),
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
    kind: 'replay', size, gamma: dataset.meta.gamma, horizon, seed: dataset.meta.seed, env: dataset.meta.env,
  }, createRng(`saco-reference:${dataset.meta.seed}`));
  return uniquePairs(replay);
}
