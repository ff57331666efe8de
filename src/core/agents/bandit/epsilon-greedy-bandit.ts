// ε-greedy action-value bandit agent (S&B §2.2–2.6): greedy is ε = 0, optimistic greedy is ε = 0 with a high
// initial estimate Q1. Estimates are sample averages (α = 0) or exponential recency-weighted (α > 0).
import type { AgentContext, Learner, Transition, AgentView } from '../agent.ts';
import { incrementalUpdate, stepSize } from '../../algorithms/bandit-estimates.ts';
import { selectEpsilonGreedy } from '../../algorithms/exploration-policies.ts';
import { spaceSize } from '../../spaces/space.ts';

export interface EpsilonGreedyBanditSettings {
  readonly epsilon: number;
  /** Constant step size; 0 means sample averages (step 1/n). */
  readonly alpha: number;
  /** Q1, the estimate before any pull. */
  readonly initialValue: number;
}

export function createEpsilonGreedyBandit(
  ctx: AgentContext, initial: EpsilonGreedyBanditSettings,
): Learner<EpsilonGreedyBanditSettings> {
  const arms = spaceSize(ctx.actionSpace);
  let settings = initial;
  const estimates = new Float64Array(arms).fill(settings.initialValue);
  const pulls = new Float64Array(arms);
  return {
    kind: 'learner',
    act: () => selectEpsilonGreedy(estimates, 0, arms, settings.epsilon, ctx.rng),
    learn(t: Transition) {
      const a = t.action;
      pulls[a]++;
      estimates[a] = incrementalUpdate(estimates[a], t.reward, stepSize(settings.alpha, pulls[a]));
    },
    setParams(next) { settings = next; },
    stateValue: () => Math.max(...estimates),
    view: (): AgentView => ({ kind: 'bandit', nActions: arms, estimates: estimates.slice(), pulls: pulls.slice() }),
  };
}
