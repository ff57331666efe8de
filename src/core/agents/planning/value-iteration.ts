// Value iteration (S&B §4.4, eq. 4.10) over the exact model: each step is one synchronous sweep
// V(s) ← max_a Σ p(s',r|s,a)[r + γV(s')], so the values can be watched spreading from the goal.
import type { AgentContext, Planner, AgentView } from '../agent.ts';
import { actionValuesFrom, greedyImprovement, valueIterationSweep } from '../../algorithms/bellman.ts';
import { requireModel, CONVERGENCE_THRESHOLD, greedyPolicyMatrix } from './planner-support.ts';

export interface PlannerSettings {
  readonly gamma: number;
}

export function createValueIteration(ctx: AgentContext, initial: PlannerSettings): Planner<PlannerSettings> {
  const model = requireModel(ctx, 'value iteration');
  let settings = initial;
  let values = new Float64Array(model.nStates);
  let scratch = new Float64Array(model.nStates);
  const greedy = new Int32Array(model.nStates);
  let delta = Infinity;
  return {
    kind: 'planner',
    sweep() {
      delta = valueIterationSweep(model, values, scratch, settings.gamma);
      [values, scratch] = [scratch, values];
      const changes = greedyImprovement(model, values, greedy, settings.gamma);
      return { 'value/start': values[model.start], 'planner/delta': delta, 'planner/policy-changes': changes };
    },
    get converged() { return delta < CONVERGENCE_THRESHOLD; },
    setParams(next) {
      if (next.gamma !== settings.gamma) delta = Infinity;
      settings = next;
    },
    stateValue: (s) => values[s],
    view: (): AgentView => ({
      kind: 'tabular', nStates: model.nStates, nActions: model.nActions, values: values.slice(),
      actionValues: actionValuesFrom(model, values, settings.gamma), policy: greedyPolicyMatrix(model, greedy),
    }),
  };
}
