// The Whittle index policy with greedy repair (catalogue D6): each arm's index W_i(s_i) for its current state (from
// whittle-index.ts, for the discount γ), and the feasible joint action with the largest sum of the acted arms'
// indices (ties at random). Without coupling that is the classic rule, the B arms with the largest indices (only those
// with a positive index: acting on an arm that even an unpaid passivity beats would not help). Under 'path' or
// 'capacity' the top-B set may be infeasible; the argmax over the enumerated feasible sets is then the repair: the
// feasible set that best matches the ranking, by index sum.
//
// Under 'multi-type' a strong intervention on arm i is scored by the index of the strong chain against resting
// (strongInterventionArms), a cheap one by the usual index, and the cost cap is handled by the same feasible argmax.
//
// learn() returns 'restless/repair' = 1 for a decision that needed repair: the best feasible index sum fell short of
// the best unconstrained one (the B largest positive indices), i.e. the constraint forced a different choice; else 0.
// The view counts repairs and decisions.
import type { AgentContext, Learner } from '../agent.ts';
import type { Metrics } from '../../metrics/metric-key.ts';
import {
  argmaxNearTies, actionLevels, checkRestlessContext, jointScores, unconstrainedBest, type RestlessAgentSettings, type RestlessAgentView,
} from './restless-agent-kit.ts';
import { strongInterventionArms, whittleIndexTable, type WhittleTable } from './whittle-index.ts';
import type { RestlessProblem } from '../../envs/restless/restless-problem.ts';

export interface WhittleAgentSettings extends RestlessAgentSettings {
  /** The discount the indices are computed for, in [0, 1) (demo 0.9–0.99, default 0.95); γ = 0 gives myopic. */
  readonly gamma: number;
}

function flatIndices(table: WhittleTable): Float64Array {
  const out = new Float64Array(2 * table.indices.length);
  table.indices.forEach(([bad, good], i) => {
    out[2 * i] = bad;
    out[2 * i + 1] = good;
  });
  return out;
}

/** The strong-intervention indices, flat [2i + s], under 'multi-type'; undefined otherwise. */
function strongIndicesOf(problem: RestlessProblem, gamma: number): Float64Array | undefined {
  return problem.constraint === 'multi-type' ? flatIndices(whittleIndexTable(strongInterventionArms(problem.arms), gamma)) : undefined;
}

export function createWhittleRestless(ctx: AgentContext, initial: WhittleAgentSettings): Learner<WhittleAgentSettings> {
  checkRestlessContext(ctx, initial.problem, 'the Whittle agent');
  const { problem } = initial;
  let table = whittleIndexTable(problem, initial.gamma);
  let indices = flatIndices(table);
  let strongIndices = strongIndicesOf(problem, initial.gamma);
  const scores = new Float64Array(problem.actions.length);
  const metrics: Metrics = { 'restless/repair': 0 };
  let lastState = 0;
  let last = 0;
  let repaired = 0;
  let repairs = 0;
  let decisions = 0;
  return {
    kind: 'learner',
    act(obs: number) {
      lastState = obs;
      jointScores(problem, obs, indices, scores, strongIndices);
      last = argmaxNearTies(scores, ctx.rng);
      const best = unconstrainedBest(problem, obs, indices, strongIndices);
      repaired = scores[last] < best - 1e-9 * Math.max(1, Math.abs(best)) ? 1 : 0;
      repairs += repaired;
      decisions++;
      return last;
    },
    learn() {
      metrics['restless/repair'] = repaired;
      return metrics;
    },
    setParams(next) {
      checkRestlessContext(ctx, next.problem, 'the Whittle agent');
      if (next.gamma !== table.gamma) {
        table = whittleIndexTable(problem, next.gamma);
        indices = flatIndices(table);
        strongIndices = strongIndicesOf(problem, next.gamma);
      }
    },
    view: (): RestlessAgentView => ({
      kind: 'bandit', nActions: problem.actions.length, lastArms: actionLevels(problem, last),
      indices: Float64Array.from({ length: problem.n }, (_, i) => indices[2 * i + ((lastState >>> i) & 1)]),
      indexLabel: 'Whittle index W_i(s_i)', repairs, decisions,
    }),
  };
}
