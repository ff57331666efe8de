// Tabular Q-learning with the exploration rules the Deep Sea demo compares (catalogue D1, §3.2). One update,
//   Q(s,a) ← Q(s,a) + η_n·(r + b(s,a) + γ(1 − d)·V(s′) − Q(s,a)),   V(s′) = max_a′ Q(s′,a′),
// with n = n(s,a) counted including this visit, and one of these ways to explore:
//   'epsilon-greedy'  random action with probability ε (optionally decaying: ε_k = ε / (1 + k/100) in episode k)
//   'boltzmann'       softmax over Q with temperature τ
//   'optimistic'      greedy, every Q starts at Q₀ (optimism in the face of uncertainty, by initialisation)
//   'ucb'             UCB-Q (Jin et al. 2018, simplified as in the catalogue): greedy, Q starts at H,
//                     b = c·√(ln t / n), η_n = (H + 1)/(H + n), V(s′) = min(H, max Q)
// The step size η_n is 1/n (the sample mean of the targets) or a constant α, except for 'ucb' which uses its own.
// b = 0 except for 'ucb' and for the model-free count bonus b = β/√n ('count-bonus' rule), kept as a contrast: a
// tried action carries its bonus while untried ones sit at Q₀, so the bonus pulls the agent back to what it did.
import type { AgentContext, AgentView, Learner, Transition } from '../agent.ts';
import { spaceSize } from '../../spaces/space.ts';
import { argmaxRandomTies } from '../../rng/sampling.ts';
import {
  epsilonGreedyProbabilities, selectEpsilonGreedy, selectSoftmax, softmaxProbabilities,
} from '../../algorithms/exploration-policies.ts';
import { checkInRange, checkPositive } from '../settings-checks.ts';

export type ExploreRule = 'epsilon-greedy' | 'boltzmann' | 'optimistic' | 'ucb' | 'count-bonus';

export interface ExploringQSettings {
  readonly rule: ExploreRule;
  readonly gamma: number;
  /** Episode length H: UCB-Q's optimistic start and value cap. */
  readonly horizon: number;
  readonly epsilon: number;
  readonly epsilonDecay: boolean;
  readonly temperature: number;
  /** Initial Q for every rule but 'ucb' (which starts at H). */
  readonly q0: number;
  /** '1/n' or a constant step α. */
  readonly stepSize: '1/n' | 'constant';
  readonly alpha: number;
  /** UCB-Q's bonus scale c. */
  readonly ucbC: number;
  /** The model-free count bonus scale β. */
  readonly beta: number;
}

function checkSettings(s: ExploringQSettings): void {
  checkInRange('Q-learning', 'gamma', s.gamma, 0, 1);
  checkInRange('Q-learning', 'epsilon', s.epsilon, 0, 1);
  checkPositive('Q-learning', 'temperature', s.temperature);
  checkPositive('Q-learning', 'horizon', s.horizon);
  if (s.stepSize === 'constant') checkInRange('Q-learning', 'alpha', s.alpha, 0, 1);
  if (!(s.ucbC >= 0 && s.beta >= 0 && Number.isFinite(s.q0))) throw new RangeError('Q-learning: c and β must be ≥ 0 and Q₀ finite');
}

/** UCB-Q's step size (H + 1)/(H + n): large early, so the optimistic start is forgotten at the right rate. */
export function ucbStepSize(horizon: number, n: number): number {
  return (horizon + 1) / (horizon + n);
}

/** UCB-Q's bonus c·√(ln t / n) (t ≥ 1 steps so far, n ≥ 1 visits). */
export function ucbBonus(c: number, t: number, n: number): number {
  return c * Math.sqrt(Math.log(Math.max(t, 1)) / n);
}

/** The MBIE-EB count bonus β/√n (n ≥ 1). */
export function countBonus(beta: number, n: number): number {
  return beta / Math.sqrt(n);
}

export function createExploringQ(ctx: AgentContext, initial: ExploringQSettings): Learner<ExploringQSettings> {
  checkSettings(initial);
  let s = initial;
  const nStates = spaceSize(ctx.observationSpace);
  const nActions = spaceSize(ctx.actionSpace);
  const { rng } = ctx;
  const q = new Float64Array(nStates * nActions).fill(s.rule === 'ucb' ? s.horizon : s.q0);
  const visits = new Float64Array(nStates * nActions);
  const row = new Float64Array(nActions);
  let steps = 0;
  let episodes = 0;

  const epsilonNow = () => (s.epsilonDecay ? s.epsilon / (1 + episodes / 100) : s.epsilon);
  const maxQ = (state: number) => {
    let best = -Infinity;
    for (let a = 0; a < nActions; a++) best = Math.max(best, q[state * nActions + a]);
    return best;
  };
  const policyRow = (state: number): Float64Array => {
    const base = state * nActions;
    if (s.rule === 'boltzmann') return softmaxProbabilities(q, base, nActions, s.temperature, row);
    return epsilonGreedyProbabilities(q, base, nActions, s.rule === 'epsilon-greedy' ? epsilonNow() : 0, row);
  };

  return {
    kind: 'learner',
    act(state: number): number {
      const base = state * nActions;
      if (s.rule === 'epsilon-greedy') return selectEpsilonGreedy(q, base, nActions, epsilonNow(), rng);
      if (s.rule === 'boltzmann') return selectSoftmax(q, base, nActions, s.temperature, rng, row);
      return argmaxRandomTies(q, rng, base, nActions);
    },

    learn(t: Transition): void {
      steps++;
      const i = t.obs * nActions + t.action;
      const n = ++visits[i];
      let bonus = 0;
      let eta = s.stepSize === '1/n' ? 1 / n : s.alpha;
      let next = t.terminated ? 0 : maxQ(t.nextObs);
      if (s.rule === 'ucb') {
        bonus = ucbBonus(s.ucbC, steps, n);
        eta = ucbStepSize(s.horizon, n);
        next = Math.min(s.horizon, next);
      } else if (s.rule === 'count-bonus') {
        bonus = countBonus(s.beta, n);
      }
      q[i] += eta * (t.reward + bonus + s.gamma * next - q[i]);
      if (t.terminated || t.truncated) episodes++;
    },

    setParams(next: ExploringQSettings): void {
      checkSettings(next);
      // The rule and Q₀ shape the table from the start; a change of them applies to what is learned from now on.
      s = next;
    },

    stateValue: maxQ,

    view(): AgentView {
      const values = new Float64Array(nStates);
      const policy = new Float64Array(nStates * nActions);
      const bonus = s.rule === 'ucb' || s.rule === 'count-bonus' ? new Float64Array(nStates) : undefined;
      for (let state = 0; state < nStates; state++) {
        values[state] = maxQ(state);
        policy.set(policyRow(state), state * nActions);
        if (!bonus) continue;
        // The bonus of the state's least-tried action (an untried one counts as tried once).
        let fewest = Infinity;
        for (let a = 0; a < nActions; a++) fewest = Math.min(fewest, visits[state * nActions + a]);
        const n = Math.max(1, fewest);
        bonus[state] = s.rule === 'ucb' ? ucbBonus(s.ucbC, steps, n) : countBonus(s.beta, n);
      }
      return { kind: 'tabular', nStates, nActions, values, actionValues: q.slice(), policy, visits: visits.slice(), bonus };
    },
  };
}
