// What the watched agent's `uncertainty` means, for the arms view's legend: UCB's exploration bonus (drawn from the
// estimate up to the UCB score) or a posterior standard deviation (drawn ±2 sd).
import type { AgentView } from '../../core/agents/agent.ts';

export function uncertaintyLegend(kind: AgentView['uncertaintyKind']): string {
  if (kind === 'bonus') return 'the UCB bonus c√(ln t / N(a)): the whisker’s top is the score UCB ranks arms by';
  if (kind === 'posterior-sd') return '±2 posterior standard deviations';
  return '±2 × the agent’s uncertainty';
}
