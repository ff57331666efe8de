// Model-based exploration with a count bonus (catalogue D1, §3.2). The agent keeps the empirical model of what it
// has seen (counts n(s,a), next-state counts n(s,a,s′), mean reward r̂(s,a)) and, after every episode, plans on it:
//   Q(s,a) = r̂(s,a) + b(s,a) + γ Σ_s′ P̂(s′|s,a) V(s′)      for tried (s,a)
//   Q(s,a) = V_max = H·(1 + b_max)                          for untried (s,a): as good as anything could be
//   V(s) = max_a Q(s,a),  H sweeps of value iteration (an H-step episode needs no more)
// and then acts greedily (ties at random). The bonus b and the reward used depend on the variant:
//   'mbie-eb'      b = β/√n(s,a)  (Strehl & Littman 2008, MBIE-EB)
//   'mex'          b = 1/(η·n(s,a)), an optimism weight in the spirit of MEX's single objective (η trades the
//                  estimated value against model uncertainty; larger η, less optimism)
//   'reward-free'  for the first K episodes r̂ is ignored and b = β/√n is the only reward (explore to cover the
//                  state–action space); afterwards b = 0 and the agent plans for the rewards it has seen, over the
//                  actions it has tried only (no more optimism about the untried ones)
// Untried actions being worth V_max is what makes the bonus work: the model-free version lacks it (see
// exploring-q-learning.ts).
//
// Goals chosen afterwards (catalogue D1, reward-free): for each state in `goals`, the view reports the chance that
// planning on the learned model alone reaches it from the start, using only tried actions (an untried one might lead
// anywhere, so it counts for nothing). In a deterministic world a chance of 1 means the plan really gets there.
import type { AgentContext, AgentView, Learner, Transition } from '../agent.ts';
import { spaceSize } from '../../spaces/space.ts';
import { argmaxRandomTies } from '../../rng/sampling.ts';
import { checkInRange, checkPositive } from '../settings-checks.ts';
import { countBonus } from './exploring-q-learning.ts';

export type ModelBasedVariant = 'mbie-eb' | 'mex' | 'reward-free';

export interface OptimisticModelSettings {
  readonly variant: ModelBasedVariant;
  readonly gamma: number;
  /** Episode length H: the number of value-iteration sweeps and the scale of V_max. */
  readonly horizon: number;
  /** MBIE-EB's (and the reward-free phase's) bonus scale β. */
  readonly beta: number;
  /** MEX's η: the bonus is 1/(η·n). */
  readonly eta: number;
  /** Reward-free: episodes of bonus-only exploration before planning for the reward. */
  readonly rewardFreeEpisodes: number;
  /** States to plan to afterwards (the view reports how reachable each is on the learned model). */
  readonly goals?: readonly number[];
}

function checkSettings(s: OptimisticModelSettings): void {
  checkInRange('model-based explorer', 'gamma', s.gamma, 0, 1);
  checkPositive('model-based explorer', 'horizon', s.horizon);
  checkPositive('model-based explorer', 'eta', s.eta);
  if (!(s.beta >= 0)) throw new RangeError(`model-based explorer: β must be ≥ 0, got ${s.beta}`);
  if (!(Number.isInteger(s.rewardFreeEpisodes) && s.rewardFreeEpisodes >= 0)) {
    throw new RangeError(`model-based explorer: the reward-free phase must be a whole number of episodes, got ${s.rewardFreeEpisodes}`);
  }
}

/** The bonus of a pair tried n ≥ 1 times, for a variant (0 once the reward-free agent plans for the reward). */
export function modelBonus(s: OptimisticModelSettings, n: number, exploring: boolean): number {
  if (s.variant === 'mex') return 1 / (s.eta * n);
  if (s.variant === 'reward-free' && !exploring) return 0;
  return countBonus(s.beta, n);
}

const TERMINAL = -1;

export function createOptimisticModelBased(ctx: AgentContext, initial: OptimisticModelSettings): Learner<OptimisticModelSettings> {
  checkSettings(initial);
  let s = initial;
  const nStates = spaceSize(ctx.observationSpace);
  const nActions = spaceSize(ctx.actionSpace);
  const pairs = nStates * nActions;
  const counts = new Float64Array(pairs);
  const rewardSums = new Float64Array(pairs);
  // Next-state counts per pair; TERMINAL marks a transition that ended the episode.
  const nextCounts: Map<number, number>[] = Array.from({ length: pairs }, () => new Map());
  const q = new Float64Array(pairs);
  const v = new Float64Array(nStates);
  const scratch = new Float64Array(nStates);
  let episodes = 0;
  let start = -1;

  const exploring = () => s.variant === 'reward-free' && episodes < s.rewardFreeEpisodes;
  const bonusMax = () => modelBonus(s, 1, exploring());
  const vMax = () => s.horizon * ((exploring() ? 0 : 1) + bonusMax());

  function plan(): void {
    const optimistic = vMax();
    const useReward = !exploring();
    // After its reward-free phase the agent plans only with what it has seen: untried actions are left out
    // (−∞), and a state with no tried action is worth 0.
    const seenOnly = s.variant === 'reward-free' && useReward;
    v.fill(0);
    for (let sweep = 0; sweep < s.horizon; sweep++) {
      for (let state = 0; state < nStates; state++) {
        let best = -Infinity;
        for (let a = 0; a < nActions; a++) {
          const i = state * nActions + a;
          const n = counts[i];
          let value = seenOnly ? -Infinity : optimistic;
          if (n > 0) {
            let future = 0;
            for (const [next, c] of nextCounts[i]) if (next !== TERMINAL) future += c * v[next];
            value = (useReward ? rewardSums[i] / n : 0) + modelBonus(s, n, !useReward) + s.gamma * (future / n);
          }
          q[i] = value;
          if (value > best) best = value;
        }
        scratch[state] = best === -Infinity ? 0 : best;
      }
      v.set(scratch);
    }
  }

  /** The best chance of reaching `goal` from the start on the learned model, tried actions only, within H steps. */
  function reachChance(goal: number): number {
    const reach = new Float64Array(nStates);
    const next = new Float64Array(nStates);
    reach[goal] = 1;
    for (let sweep = 0; sweep < s.horizon; sweep++) {
      for (let state = 0; state < nStates; state++) {
        if (state === goal) { next[state] = 1; continue; }
        let best = 0;
        for (let a = 0; a < nActions; a++) {
          const i = state * nActions + a;
          if (counts[i] === 0) continue;
          let p = 0;
          for (const [to, c] of nextCounts[i]) if (to !== TERMINAL) p += c * reach[to];
          best = Math.max(best, p / counts[i]);
        }
        next[state] = best;
      }
      reach.set(next);
    }
    return reach[start];
  }

  plan();
  return {
    kind: 'learner',
    act: (state: number) => argmaxRandomTies(q, ctx.rng, state * nActions, nActions),

    learn(t: Transition): void {
      if (start < 0) start = t.obs;
      const i = t.obs * nActions + t.action;
      counts[i]++;
      rewardSums[i] += t.reward;
      const next = t.terminated ? TERMINAL : t.nextObs;
      nextCounts[i].set(next, (nextCounts[i].get(next) ?? 0) + 1);
      if (t.terminated || t.truncated) {
        episodes++;
        plan();
      }
    },

    setParams(next: OptimisticModelSettings): void {
      checkSettings(next);
      s = next;
      plan();
    },

    stateValue: (state: number) => v[state],

    view(): AgentView {
      const policy = new Float64Array(pairs);
      const bonus = new Float64Array(nStates);
      const explore = exploring();
      for (let state = 0; state < nStates; state++) {
        const base = state * nActions;
        let best = -Infinity;
        let fewest = Infinity;
        for (let a = 0; a < nActions; a++) {
          best = Math.max(best, q[base + a]);
          fewest = Math.min(fewest, counts[base + a]);
        }
        let ties = 0;
        for (let a = 0; a < nActions; a++) if (q[base + a] === best) ties++;
        for (let a = 0; a < nActions; a++) policy[base + a] = q[base + a] === best ? 1 / ties : 0;
        bonus[state] = modelBonus(s, Math.max(1, fewest), explore);
      }
      const goalReach = s.goals && start >= 0 ? Float64Array.from(s.goals, (g) => reachChance(g)) : undefined;
      return { kind: 'tabular', nStates, nActions, values: v.slice(), actionValues: q.slice(), policy, visits: counts.slice(), bonus, goalReach };
    },
  };
}
