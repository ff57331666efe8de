// Shared pieces of the tabular agent tests: building a Transition, reading Q(s,a), and a known next-state row.
import type { Learner, Transition } from '../../../../src/core/agents/agent.ts';

export type EpisodeEnd = '' | 'terminated' | 'truncated';

export const tr = (obs: number, action: number, reward: number, nextObs: number, end: EpisodeEnd = ''): Transition =>
  ({ obs, action, reward, nextObs, terminated: end === 'terminated', truncated: end === 'truncated' });

export const qValue = (agent: Learner<unknown>, s: number, a: number): number => {
  const view = agent.view();
  return view.actionValues![s * view.nActions + a];
};

/** Q(1,0) = 1 and Q(1,1) = −1: terminal rewards 2 and −2 learned at α = 0.5 (0.5·2 = 1, 0.5·(−2) = −1). */
export function withNextRow<A extends Learner<unknown>>(agent: A): A {
  agent.learn(tr(1, 0, 2, 2, 'terminated'));
  agent.learn(tr(1, 1, -2, 2, 'terminated'));
  return agent;
}
