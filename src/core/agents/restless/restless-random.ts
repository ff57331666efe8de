// The baseline restless-bandit policy: a joint action drawn uniformly from the feasible ones (the empty set included).
import type { AgentContext, Learner } from '../agent.ts';
import { actionLevels, checkRestlessContext, type RestlessAgentSettings, type RestlessAgentView } from './restless-agent-kit.ts';

export function createRandomRestless(ctx: AgentContext, initial: RestlessAgentSettings): Learner<RestlessAgentSettings> {
  checkRestlessContext(ctx, initial.problem, 'the random restless agent');
  const { problem } = initial;
  let last = 0;
  return {
    kind: 'learner',
    act() {
      last = ctx.rng.int(problem.actions.length);
      return last;
    },
    learn() {},
    setParams(next) { checkRestlessContext(ctx, next.problem, 'the random restless agent'); },
    view: (): RestlessAgentView => ({ kind: 'bandit', nActions: problem.actions.length, lastArms: actionLevels(problem, last) }),
  };
}
