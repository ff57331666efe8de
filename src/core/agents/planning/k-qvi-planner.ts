// k-QVI as a planner to step through (catalogue D19): sweep 1 computes Q¹ = Q^{π_rand}, the values of the random
// policy; each further sweep is one Bellman optimality backup, Q^{k+1} = R + γ P max Q^k. The view shows the greedy
// policy of the current Q^k (ties split), so a student sees from which k the arrows are optimal: that k is min-k.
//
// Metrics per sweep: 'value/start' = the value of acting greedily on Q^k (evaluated exactly), next to
// 'planner/optimal' (1 when that greedy policy is optimal wherever it goes), 'planner/delta' (largest change of Q)
// and 'planner/policy-changes' (states whose greedy action set changed).
import type { AgentContext, AgentView, Planner } from '../agent.ts';
import {
  checkGreedy, greedyPolicy, greedyValues, optimalValues, qFromValues, randomPolicyQ, type GreedyCheck,
} from '../../algorithms/k-qvi.ts';
import { requireModel, CONVERGENCE_THRESHOLD } from './planner-support.ts';
import type { PlannerSettings } from './value-iteration.ts';

export interface KQviView extends AgentView {
  /** How many sweeps have run: the k of Q^k (0 before the first). */
  readonly k: number;
  /** Is greedy on Q^k optimal, and per state whether its greedy actions are all optimal. */
  readonly greedyOptimal?: boolean;
  readonly stateOptimal?: Uint8Array;
}

export function createKQviPlanner(ctx: AgentContext, initial: PlannerSettings): Planner<PlannerSettings> {
  const model = requireModel(ctx, 'k-QVI');
  let settings = initial;
  let vStar = optimalValues(model, settings.gamma);
  let q: Float64Array | null = null;
  let check: GreedyCheck | null = null;
  let k = 0;
  let delta = Infinity;

  const changedStates = (before: Float64Array, after: Float64Array): number => {
    let changed = 0;
    for (let s = 0; s < model.nStates; s++) {
      for (let a = 0; a < model.nActions; a++) {
        if (before[s * model.nActions + a] !== after[s * model.nActions + a]) { changed++; break; }
      }
    }
    return changed;
  };

  return {
    kind: 'planner',
    sweep() {
      const previous = q;
      q = previous ? qFromValues(model, greedyValues(model, previous), settings.gamma) : randomPolicyQ(model, settings.gamma);
      k++;
      check = checkGreedy(model, q, settings.gamma, vStar);
      // The first sweep has nothing to compare with: it changes everything (and the run cannot stop there).
      let changes = model.nStates;
      delta = Infinity;
      if (previous) {
        delta = 0;
        for (let i = 0; i < q.length; i++) delta = Math.max(delta, Math.abs(q[i] - previous[i]));
        changes = changedStates(greedyPolicy(model, previous), greedyPolicy(model, q));
      }
      return {
        'value/start': check.value, 'planner/delta': Number.isFinite(delta) ? delta : 0, 'planner/policy-changes': changes,
        'planner/optimal': check.optimal ? 1 : 0,
      };
    },
    get converged() { return delta < CONVERGENCE_THRESHOLD; },
    setParams(next) {
      if (next.gamma !== settings.gamma) {
        // A new γ changes every Q^k: start again from Q¹.
        vStar = optimalValues(model, next.gamma);
        q = null;
        check = null;
        k = 0;
        delta = Infinity;
      }
      settings = next;
    },
    stateValue: (s) => (q ? greedyValues(model, q)[s] : 0),
    view: (): KQviView => {
      const values = q ? greedyValues(model, q) : new Float64Array(model.nStates);
      return {
        kind: 'tabular', nStates: model.nStates, nActions: model.nActions, values,
        actionValues: q ? q.slice() : new Float64Array(model.nStates * model.nActions),
        policy: q ? greedyPolicy(model, q) : new Float64Array(model.nStates * model.nActions).fill(1 / model.nActions),
        k, greedyOptimal: check?.optimal, stateOptimal: check?.stateOptimal,
      };
    },
  };
}
