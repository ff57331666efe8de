// What the restless-bandit agents share. AgentContext carries only the spaces and an rng, so each agent gets the
// env's structure (arms' matrices, N, B, constraint, feasible actions) as `settings.problem`: a RestlessProblem is a
// deterministic function of the demo's params, so the demo builds it for the env and again in each agent's settings.
// The agents check that the context's spaces match it.
//
// Per-arm scores: a Float64Array of length 2N, score of arm i in state s at [2i + s], and under 'multi-type' a second
// one for the strong intervention. A joint action's score is the sum of the scores of the arms it acts on (each at
// the intervention it gets); the agents pick the feasible action with the largest score, ties (within a relative
// 1e-9, so that sums taken in different orders still tie) broken uniformly at random.
import type { AgentContext, AgentView } from '../agent.ts';
import type { Rng } from '../../rng/rng.ts';
import { interventionLevel, type RestlessProblem } from '../../envs/restless/restless-problem.ts';

export interface RestlessAgentSettings {
  readonly problem: RestlessProblem;
}

/** An AgentView with per-arm detail for the arms × time raster and the index table. */
export interface RestlessAgentView extends AgentView {
  /** What each arm got in the last chosen joint action (0 nothing, 1 acted on, 2 strong intervention). */
  readonly lastArms?: number[];
  /** Whittle: how many decisions needed repair, and how many decisions were made. */
  readonly repairs?: number;
  readonly decisions?: number;
}

export function checkRestlessContext(ctx: AgentContext, problem: RestlessProblem, who: string): void {
  const { observationSpace: o, actionSpace: a } = ctx;
  if (o.kind !== 'discrete' || o.n !== problem.nStates || a.kind !== 'discrete' || a.n !== problem.actions.length) {
    throw new RangeError(
      `${who} needs the restless env's spaces: discrete(${problem.nStates}) observations and discrete(${problem.actions.length}) actions`);
  }
}

/**
 * out[a] = Σ_{arms i acted on by action a} score_i(state_i), where score is armScores[2i + s] for a cheap (or the only)
 * intervention and strongScores[2i + s] for a strong one; returns out.
 */
export function jointScores(
  problem: RestlessProblem, state: number, armScores: Float64Array, out: Float64Array, strongScores?: Float64Array,
): Float64Array {
  const { actions, strong, n } = problem;
  for (let a = 0; a < actions.length; a++) {
    const mask = actions[a];
    const strongMask = strong[a];
    if (strongMask !== 0 && !strongScores) throw new RangeError('a strong intervention needs strong scores');
    let score = 0;
    for (let i = 0; i < n; i++) {
      if (!(mask & (1 << i))) continue;
      const k = 2 * i + ((state >>> i) & 1);
      score += strongMask & (1 << i) ? strongScores![k] : armScores[k];
    }
    out[a] = score;
  }
  return out;
}

/** Index of the largest value, ties within a relative 1e-9 broken uniformly at random (one draw at most). */
export function argmaxNearTies(values: Float64Array, rng: Rng): number {
  let best = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > best) best = values[i];
  const cut = best - 1e-9 * Math.max(1, Math.abs(best));
  let ties = 0;
  for (let i = 0; i < values.length; i++) if (values[i] >= cut) ties++;
  let pick = ties > 1 ? rng.int(ties) : 0;
  for (let i = 0; i < values.length; i++) if (values[i] >= cut && pick-- === 0) return i;
  return 0;
}

/**
 * The best score sum over ALL sets of at most B arms (the constraint ignored): the sum of the B largest positive
 * per-arm scores in the current state, each arm at its better intervention when there are two. Acting on an arm with
 * a non-positive score never helps, so it is left out.
 */
export function unconstrainedBest(problem: RestlessProblem, state: number, armScores: Float64Array, strongScores?: Float64Array): number {
  const current: number[] = [];
  for (let i = 0; i < problem.n; i++) {
    const k = 2 * i + ((state >>> i) & 1);
    current.push(strongScores ? Math.max(armScores[k], strongScores[k]) : armScores[k]);
  }
  current.sort((x, y) => y - x);
  let sum = 0;
  for (let k = 0; k < problem.budget && k < current.length && current[k] > 0; k++) sum += current[k];
  return sum;
}

/** What each arm gets in joint action a: 0 nothing, 1 acted on, 2 strong intervention. */
export function actionLevels(problem: RestlessProblem, action: number): number[] {
  return Array.from({ length: problem.n }, (_, i) => interventionLevel(problem, action, i));
}
