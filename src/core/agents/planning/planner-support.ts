// Small pieces both planners need: the model check, the convergence threshold, a one-hot policy matrix.
import type { AgentContext } from '../agent.ts';
import type { TabularModel } from '../../envs/tabular-model.ts';

/** A sweep whose largest value change is below this counts as converged. */
export const CONVERGENCE_THRESHOLD = 1e-10;

/** Policy iteration ends an evaluation phase at this largest change: tight enough for exact greedy choices here. */
export const EVALUATION_THRESHOLD = 1e-8;

export function requireModel(ctx: AgentContext, name: string): TabularModel {
  if (!ctx.model) throw new Error(`${name} needs an environment with an exact model (a gridworld)`);
  return ctx.model;
}

/** π(a|s) = 1 for the policy's action (0 for inert states), as a flat nStates × nActions table. */
export function greedyPolicyMatrix(model: TabularModel, actions: Int32Array): Float64Array {
  const matrix = new Float64Array(model.nStates * model.nActions);
  for (let s = 0; s < model.nStates; s++) if (!model.inert[s]) matrix[s * model.nActions + actions[s]] = 1;
  return matrix;
}
