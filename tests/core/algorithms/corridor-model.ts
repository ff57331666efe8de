// Test fixture: a 3-state corridor MDP built by hand with createTabularModel (start 0, goal 2 is inert).
// Actions: 0 = back, 1 = forward. (0,back)→0, (0,fwd)→1, (1,back)→0, all r = 0;
// (1,fwd) → goal with r = 1 and the episode ends with probability 1 − slip, else slips back to 0 with r = 0.
import { createTabularModel, type TabularModel } from '../../../src/core/envs/tabular-model.ts';

export const BACK = 0;
export const FORWARD = 1;

export function corridorModel(slip: number): TabularModel {
  const model = createTabularModel(3, 2, 2, 0);
  const outcome = (s: number, a: number, k: number, next: number, p: number, r: number, ends: boolean) => {
    const i = (s * model.nActions + a) * model.maxOutcomes + k;
    model.next[i] = next;
    model.prob[i] = p;
    model.reward[i] = r;
    model.ends[i] = ends ? 1 : 0;
  };
  outcome(0, BACK, 0, 0, 1, 0, false);
  outcome(0, FORWARD, 0, 1, 1, 0, false);
  outcome(1, BACK, 0, 0, 1, 0, false);
  outcome(1, FORWARD, 0, 2, 1 - slip, 1, true);
  if (slip > 0) outcome(1, FORWARD, 1, 0, slip, 0, false);
  model.inert[2] = 1;
  return model;
}
