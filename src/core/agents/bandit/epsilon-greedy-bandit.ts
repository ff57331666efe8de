// ε-greedy action-value bandit agent (S&B §2.2–2.6): greedy is ε = 0, optimistic greedy is ε = 0 with a high
// initial estimate Q1. Estimates are sample averages (α = 0) or exponential recency-weighted (α > 0).
// The exploration rate is fixed (ε every pull) or decaying, ε_t = min(1, c/t) at pull t = 1, 2, … (catalogue §3.1;
// Auer et al. 2002's ε_n-greedy with c = cK/d²): it explores often at first, then its exploration pulls grow only
// like c·ln t, so with c large enough its regret is logarithmic rather than linear.
import type { AgentContext, Learner, Transition, AgentView } from '../agent.ts';
import { incrementalUpdate, stepSize } from '../../algorithms/bandit-estimates.ts';
import { selectEpsilonGreedy } from '../../algorithms/exploration-policies.ts';
import { spaceSize } from '../../spaces/space.ts';

export type EpsilonSchedule = 'fixed' | 'decaying';

export interface EpsilonGreedyBanditSettings {
  /** The exploration rate of the 'fixed' schedule (ignored by 'decaying'). */
  readonly epsilon: number;
  /** Constant step size; 0 means sample averages (step 1/n). */
  readonly alpha: number;
  /** Q1, the estimate before any pull. */
  readonly initialValue: number;
  /** 'fixed' (the default): ε at every pull. 'decaying': ε_t = min(1, c/t) with c = decayConstant. */
  readonly schedule?: EpsilonSchedule;
  /** c of the decaying schedule (default 10: about c·ln(T/c) exploring pulls in T). */
  readonly decayConstant?: number;
}

export const DEFAULT_EPSILON_DECAY_CONSTANT = 10;

/** The exploration rate at pull t (t = 1 for the first pull). */
export function epsilonAt(settings: EpsilonGreedyBanditSettings, t: number): number {
  if (settings.schedule !== 'decaying') return settings.epsilon;
  const c = settings.decayConstant ?? DEFAULT_EPSILON_DECAY_CONSTANT;
  return Math.min(1, Math.max(0, c) / Math.max(1, t));
}

export function createEpsilonGreedyBandit(
  ctx: AgentContext, initial: EpsilonGreedyBanditSettings,
): Learner<EpsilonGreedyBanditSettings> {
  const arms = spaceSize(ctx.actionSpace);
  let settings = initial;
  const estimates = new Float64Array(arms).fill(settings.initialValue);
  const pulls = new Float64Array(arms);
  let t = 0;
  return {
    kind: 'learner',
    // t + 1 is the pull this choice makes.
    act: () => selectEpsilonGreedy(estimates, 0, arms, epsilonAt(settings, t + 1), ctx.rng),
    learn(tr: Transition) {
      const a = tr.action;
      t++;
      pulls[a]++;
      estimates[a] = incrementalUpdate(estimates[a], tr.reward, stepSize(settings.alpha, pulls[a]));
    },
    setParams(next) { settings = next; },
    stateValue: () => Math.max(...estimates),
    view: (): AgentView => ({ kind: 'bandit', nActions: arms, estimates: estimates.slice(), pulls: pulls.slice() }),
  };
}
