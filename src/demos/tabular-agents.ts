// The tabular TD learners as demo agents, shared by the gridworld demos: each maps the demo's common keys
// (epsilon, alpha, gamma, and where offered exploration, temperature, planningSteps) to its settings.
import { createQLearning } from '../core/agents/tabular/q-learning.ts';
import { createSarsa } from '../core/agents/tabular/sarsa.ts';
import { createExpectedSarsa } from '../core/agents/tabular/expected-sarsa.ts';
import { createDynaQ } from '../core/agents/tabular/dyna-q.ts';
import type { TabularSettings } from '../core/agents/tabular/tabular-action-values.ts';
import type { ExplorationKind } from '../core/algorithms/exploration-policies.ts';
import { defineAgent, type AgentSpec } from './demo-spec.ts';

export interface TabularParams {
  readonly epsilon: number;
  readonly alpha: number;
  readonly gamma: number;
  readonly exploration?: ExplorationKind;
  readonly temperature?: number;
  readonly planningSteps?: number;
}

const tabularSettings = (p: TabularParams): TabularSettings => ({
  epsilon: p.epsilon, alpha: p.alpha, gamma: p.gamma, exploration: p.exploration, temperature: p.temperature,
});

export function qLearningAgent<P extends TabularParams>(): AgentSpec<P> {
  return defineAgent({
    id: 'q-learning', label: 'Q-learning', description: 'Off-policy: learns the value of acting greedily, whatever it actually does.',
    rule: "Q(s,a) \\leftarrow Q(s,a) + \\alpha\\,[\\,r + \\gamma \\max_{a'} Q(s',a') - Q(s,a)\\,]",
    settings: (p: P) => tabularSettings(p),
    create: createQLearning,
  });
}

export function sarsaAgent<P extends TabularParams>(): AgentSpec<P> {
  return defineAgent({
    id: 'sarsa', label: 'SARSA', description: 'On-policy: learns the value of the exploring policy it follows, risks included.',
    rule: "Q(s,a) \\leftarrow Q(s,a) + \\alpha\\,[\\,r + \\gamma\\, Q(s',a') - Q(s,a)\\,]",
    settings: (p: P) => tabularSettings(p),
    create: createSarsa,
  });
}

export function expectedSarsaAgent<P extends TabularParams>(): AgentSpec<P> {
  return defineAgent({
    id: 'expected-sarsa', label: 'Expected SARSA', description: 'SARSA with the next action averaged out: same target, less noise.',
    rule: "Q(s,a) \\leftarrow Q(s,a) + \\alpha\\,[\\,r + \\gamma \\textstyle\\sum_{a'} \\pi(a'|s') Q(s',a') - Q(s,a)\\,]",
    settings: (p: P) => tabularSettings(p),
    create: createExpectedSarsa,
  });
}

export function dynaQAgent<P extends TabularParams>(): AgentSpec<P> {
  return defineAgent({
    id: 'dyna-q', label: 'Dyna-Q', description: 'Q-learning plus n replayed steps from a learned model after every real step.',
    rule: "\\text{real and } n \\text{ simulated: } Q(s,a) \\leftarrow Q(s,a) + \\alpha\\,[\\,r + \\gamma \\max_{a'} Q(s',a') - Q(s,a)\\,]",
    settings: (p: P) => ({ ...tabularSettings(p), planningSteps: p.planningSteps ?? 0 }),
    create: createDynaQ,
  });
}
