// Expected SARSA (van Seijen et al. 2009; S&B eq. 6.9): the target averages Q(s',·) under the behaviour policy,
// removing the variance of sampling a'.
import type { AgentContext, Learner, Transition } from '../agent.ts';
import { discountFor, expectedSarsaTdError } from '../../algorithms/td-errors.ts';
import { spaceSize } from '../../spaces/space.ts';
import { TabularActionValues, type TabularSettings } from './tabular-action-values.ts';

export function createExpectedSarsa(ctx: AgentContext, settings: TabularSettings): Learner<TabularSettings> {
  const table = new TabularActionValues(spaceSize(ctx.observationSpace), spaceSize(ctx.actionSpace), settings, ctx.rng);
  const { q, visits, nActions } = table;
  return {
    kind: 'learner',
    act: (s) => table.select(s),
    learn(t: Transition) {
      const i = t.obs * nActions + t.action;
      const nextPolicy = table.policyRow(t.nextObs);
      const delta = expectedSarsaTdError(q, nActions, t.obs, t.action, t.reward, discountFor(t.terminated, table.settings.gamma), t.nextObs, nextPolicy);
      q[i] += table.settings.alpha * delta;
      visits[i]++;
    },
    setParams(next) { table.settings = next; },
    stateValue: (s) => table.policyValue(s),
    view: () => table.view(true),
  };
}
