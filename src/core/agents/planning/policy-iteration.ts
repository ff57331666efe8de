// Policy iteration (S&B §4.3): iterative policy evaluation of the current deterministic policy, one synchronous
// sweep per step (eq. 4.5); once the values stop changing, one greedy improvement step (eq. 4.9). Stable policy = done.
import type { AgentContext, Planner, AgentView } from '../agent.ts';
import { actionValuesFrom, greedyImprovement, policyEvaluationSweep } from '../../algorithms/bellman.ts';
import { requireModel, EVALUATION_THRESHOLD, greedyPolicyMatrix } from './planner-support.ts';
import type { PlannerSettings } from './value-iteration.ts';

export function createPolicyIteration(ctx: AgentContext, initial: PlannerSettings): Planner<PlannerSettings> {
  const model = requireModel(ctx, 'policy iteration');
  let settings = initial;
  let values = new Float64Array(model.nStates);
  let scratch = new Float64Array(model.nStates);
  // The initial policy: action 0 (up) everywhere, as arbitrary as S&B's.
  const policy = new Int32Array(model.nStates);
  let stable = false;
  let evaluationDelta = Infinity;
  return {
    kind: 'planner',
    sweep() {
      let changes = 0;
      let delta = 0;
      if (evaluationDelta >= EVALUATION_THRESHOLD) {
        delta = policyEvaluationSweep(model, policy, values, scratch, settings.gamma);
        [values, scratch] = [scratch, values];
        evaluationDelta = delta;
      } else if (!stable) {
        changes = greedyImprovement(model, values, policy, settings.gamma);
        stable = changes === 0;
        if (!stable) evaluationDelta = Infinity;
      }
      return { 'value/start': values[model.start], 'planner/delta': delta, 'planner/policy-changes': changes };
    },
    get converged() { return stable; },
    setParams(next) {
      if (next.gamma !== settings.gamma) { stable = false; evaluationDelta = Infinity; }
      settings = next;
    },
    stateValue: (s) => values[s],
    view: (): AgentView => ({
      kind: 'tabular', nStates: model.nStates, nActions: model.nActions, values: values.slice(),
      actionValues: actionValuesFrom(model, values, settings.gamma), policy: greedyPolicyMatrix(model, policy),
    }),
  };
}
