// The best possible policy of a small restless bandit, as a reference line: value iteration on the exact model
// (restless-model.ts) for the discount γ at build time, then the greedy action in every state (ties at random). It
// knows the whole model and plans over joint states, so it handles any coupling; it is limited to MAX_MODEL_ARMS arms.
import type { AgentContext, Learner } from '../agent.ts';
import { actionValuesFrom, valueIterationSweep } from '../../algorithms/bellman.ts';
import { restlessTabularModel } from '../../envs/restless/restless-model.ts';
import type { RestlessProblem } from '../../envs/restless/restless-problem.ts';
import { argmaxNearTies, actionLevels, checkRestlessContext, type RestlessAgentView } from './restless-agent-kit.ts';
import type { WhittleAgentSettings } from './restless-whittle.ts';

/** Optimal action values Q*(s, a) of the problem for γ, flat [s · #actions + a] (value iteration to 1e−10). */
export function optimalRestlessActionValues(problem: RestlessProblem, gamma: number): Float64Array {
  const model = restlessTabularModel(problem);
  let values = new Float64Array(model.nStates);
  let scratch = new Float64Array(model.nStates);
  for (let sweep = 0; sweep < 100_000; sweep++) {
    const delta = valueIterationSweep(model, values, scratch, gamma);
    [values, scratch] = [scratch, values];
    if (delta < 1e-10) break;
  }
  return actionValuesFrom(model, values, gamma);
}

export function createOptimalRestless(ctx: AgentContext, initial: WhittleAgentSettings): Learner<WhittleAgentSettings> {
  checkRestlessContext(ctx, initial.problem, 'the optimal restless agent');
  const { problem } = initial;
  const nActions = problem.actions.length;
  let gamma = initial.gamma;
  let q = optimalRestlessActionValues(problem, gamma);
  let last = 0;
  return {
    kind: 'learner',
    act(obs: number) {
      last = argmaxNearTies(q.subarray(obs * nActions, (obs + 1) * nActions), ctx.rng);
      return last;
    },
    learn() {},
    setParams(next) {
      if (next.gamma !== gamma) {
        gamma = next.gamma;
        q = optimalRestlessActionValues(problem, gamma);
      }
    },
    stateValue(obs: number) {
      let best = -Infinity;
      for (let a = 0; a < nActions; a++) best = Math.max(best, q[obs * nActions + a]);
      return best;
    },
    view: (): RestlessAgentView => ({ kind: 'bandit', nActions, lastArms: actionLevels(problem, last) }),
  };
}
