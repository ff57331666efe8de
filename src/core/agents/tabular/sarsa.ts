// SARSA (Rummery & Niranjan 1994; S&B eq. 6.7): on-policy TD control, Q(s,a) ← Q(s,a) + α[r + γ·Q(s',a') − Q(s,a)],
// where a' is the action the agent will really take next: learn() draws it and act() then returns it.
import type { AgentContext, Learner, Transition } from '../agent.ts';
import { discountFor, sarsaTdError } from '../../algorithms/td-errors.ts';
import { spaceSize } from '../../spaces/space.ts';
import { TabularActionValues, type TabularSettings } from './tabular-action-values.ts';

export function createSarsa(ctx: AgentContext, settings: TabularSettings): Learner<TabularSettings> {
  const table = new TabularActionValues(spaceSize(ctx.observationSpace), spaceSize(ctx.actionSpace), settings, ctx.rng);
  const { q, visits, nActions } = table;
  // The next action chosen during learn(), for the state it was chosen in (-1: none pending).
  let pendingState = -1;
  let pendingAction = 0;
  return {
    kind: 'learner',
    act(s) {
      if (s === pendingState) {
        pendingState = -1;
        return pendingAction;
      }
      return table.select(s);
    },
    learn(t: Transition) {
      const i = t.obs * nActions + t.action;
      let nextAction = 0;
      if (!t.terminated) nextAction = table.select(t.nextObs);
      const delta = sarsaTdError(q, nActions, t.obs, t.action, t.reward, discountFor(t.terminated, table.settings.gamma), t.nextObs, nextAction);
      q[i] += table.settings.alpha * delta;
      visits[i]++;
      // After a time limit the next act() starts a new episode, so the drawn a' is not used.
      pendingState = t.terminated || t.truncated ? -1 : t.nextObs;
      pendingAction = nextAction;
    },
    setParams(next) { table.settings = next; },
    stateValue: (s) => table.policyValue(s),
    view: () => table.view(true),
  };
}
