// The myopic restless-bandit policy: the feasible joint action with the largest immediate expected gain, i.e. the most
// expected good arms next step. Acting on arm i in state s raises P(good next) by
//   g_i(s) = P1_i(good | s) − P0_i(good | s),
// so the action maximises Σ_{i∈S} g_i(s_i) over the feasible sets S (ties at random); under 'multi-type' a strong
// intervention is scored by its own gain, P2_i(good | s) − P0_i(good | s). It ignores how long an arm
// stays good afterwards, which is what the Whittle index adds.
import type { AgentContext, Learner } from '../agent.ts';
import { immediateGain, type RestlessProblem } from '../../envs/restless/restless-problem.ts';
import {
  argmaxNearTies, actionLevels, checkRestlessContext, jointScores, type RestlessAgentSettings, type RestlessAgentView,
} from './restless-agent-kit.ts';

/** Per-arm myopic gains, [2i + s] = g_i(s), of the cheap (level 1) or strong (level 2) intervention. */
export function myopicGains(problem: RestlessProblem, level: 1 | 2 = 1): Float64Array {
  const out = new Float64Array(2 * problem.n);
  problem.arms.forEach((arm, i) => {
    out[2 * i] = immediateGain(arm, 0, level);
    out[2 * i + 1] = immediateGain(arm, 1, level);
  });
  return out;
}

export function createMyopicRestless(ctx: AgentContext, initial: RestlessAgentSettings): Learner<RestlessAgentSettings> {
  checkRestlessContext(ctx, initial.problem, 'the myopic restless agent');
  const { problem } = initial;
  const gains = myopicGains(problem);
  const strongGains = problem.constraint === 'multi-type' ? myopicGains(problem, 2) : undefined;
  const scores = new Float64Array(problem.actions.length);
  let lastState = 0;
  let last = 0;
  return {
    kind: 'learner',
    act(obs: number) {
      lastState = obs;
      last = argmaxNearTies(jointScores(problem, obs, gains, scores, strongGains), ctx.rng);
      return last;
    },
    learn() {},
    setParams(next) { checkRestlessContext(ctx, next.problem, 'the myopic restless agent'); },
    view: (): RestlessAgentView => ({
      kind: 'bandit', nActions: problem.actions.length, lastArms: actionLevels(problem, last),
      indices: Float64Array.from({ length: problem.n }, (_, i) => gains[2 * i + ((lastState >>> i) & 1)]),
      indexLabel: 'immediate gain P₁(good|s) − P₀(good|s)',
    }),
  };
}
