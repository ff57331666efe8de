// UCB1 (Auer, Cesa-Bianchi & Fischer 2002; S&B eq. 2.10): pull each arm once, then argmax Q(a) + c·sqrt(ln t / N(a))
// over sample-average estimates. c = √2 is Auer's constant; S&B Figure 2.4 uses c = 2; c = 0 is greedy.
import type { AgentContext, Learner } from '../agent.ts';
import { ucbScore } from '../../algorithms/bandit-estimates.ts';
import { createIndexPolicyBandit } from './index-policy.ts';

export interface Ucb1Settings {
  readonly c: number;
}

export function createUcb1(ctx: AgentContext, initial: Ucb1Settings): Learner<Ucb1Settings> {
  // ucbScore gives an untried arm +∞; with t the pull being chosen, ln t > 0 once every arm has been tried.
  return createIndexPolicyBandit(ctx, initial, {
    index: (estimate, pulls, t, settings) => ucbScore(estimate, pulls, t, settings.c),
    indexLabel: 'UCB1 index',
  });
}
