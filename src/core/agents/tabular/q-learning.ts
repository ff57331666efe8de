// Q-learning (Watkins 1989; S&B eq. 6.8): off-policy TD control, Q(s,a) ← Q(s,a) + α[r + γ·max_a' Q(s',a') − Q(s,a)].
import type { AgentContext, Learner, Transition } from '../agent.ts';
import { discountFor, qLearningTdError } from '../../algorithms/td-errors.ts';
import { spaceSize } from '../../spaces/space.ts';
import { TabularActionValues, type TabularSettings } from './tabular-action-values.ts';

export function createQLearning(ctx: AgentContext, settings: TabularSettings): Learner<TabularSettings> {
  const table = new TabularActionValues(spaceSize(ctx.observationSpace), spaceSize(ctx.actionSpace), settings, ctx.rng);
  const { q, visits, nActions } = table;
  return {
    kind: 'learner',
    act: (s) => table.select(s),
    learn(t: Transition) {
      const i = t.obs * nActions + t.action;
      const delta = qLearningTdError(q, nActions, t.obs, t.action, t.reward, discountFor(t.terminated, table.settings.gamma), t.nextObs);
      q[i] += table.settings.alpha * delta;
      visits[i]++;
    },
    setParams(next) { table.settings = next; },
    stateValue: (s) => table.maxValue(s),
    view: () => table.view(false),
  };
}
