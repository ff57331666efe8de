// The exact model of a small restless bandit as a TabularModel (states = joint states, actions = feasible joint
// actions, one outcome per next joint state), for value iteration as the "best possible" reference. Arms move
// independently, so P(s′ | s, S) = Π_i P_i(s′_i | s_i, what arm i receives in S); the reward of an outcome is the number of good arms in
// s′ (as in the env). Dense in s′: 2^N · #actions · 2^N entries, so it is refused above MAX_MODEL_ARMS arms
// (N = 6, 'none', B = 2: 64 · 22 · 64 ≈ 90 000 outcomes).
import { createTabularModel, type TabularModel } from '../tabular-model.ts';
import { goodChance, interventionLevel, popcount, type RestlessProblem } from './restless-problem.ts';

export const MAX_MODEL_ARMS = 7;

export function restlessTabularModel(problem: RestlessProblem, start = 0): TabularModel {
  const { n, nStates, actions, arms } = problem;
  if (n > MAX_MODEL_ARMS) throw new RangeError(`the exact restless model is limited to ${MAX_MODEL_ARMS} arms, got ${n}`);
  const model = createTabularModel(nStates, actions.length, nStates, start);
  const pGood = new Float64Array(n);
  for (let s = 0; s < nStates; s++) {
    for (let a = 0; a < actions.length; a++) {
      for (let i = 0; i < n; i++) pGood[i] = goodChance(arms[i], (s >>> i) & 1, interventionLevel(problem, a, i));
      const base = (s * actions.length + a) * nStates;
      for (let next = 0; next < nStates; next++) {
        let p = 1;
        for (let i = 0; i < n; i++) p *= (next >>> i) & 1 ? pGood[i] : 1 - pGood[i];
        model.next[base + next] = next;
        model.prob[base + next] = p;
        model.reward[base + next] = popcount(next);
      }
    }
  }
  return model;
}
