// Hand-worked Bellman sweeps (S&B ch. 4, eqs. 4.5, 4.9, 4.10) on the 3-state corridor with slip 0.2 and γ = 0.9.
import { describe, it, expect } from 'vitest';
import {
  actionValuesFrom, greedyImprovement, policyEvaluationSweep, valueIterationSweep,
} from '../../../src/core/algorithms/bellman.ts';
import { BACK, FORWARD, corridorModel } from './corridor-model.ts';

const gamma = 0.9;
const model = corridorModel(0.2);

describe('valueIterationSweep (eq. 4.10)', () => {
  it('backs up the max over actions, synchronously', () => {
    // From V = [1, 2, 0]:
    // s0: max(back 0.9·1 = 0.9, fwd 0.9·2 = 1.8) = 1.8
    // s1: max(back 0.9·1 = 0.9, fwd 0.8·1 + 0.2·(0 + 0.9·1) = 0.98) = 0.98   (uses the old V(s0) = 1, not 1.8)
    const next = new Float64Array(3);
    const delta = valueIterationSweep(model, Float64Array.from([1, 2, 0]), next, gamma);
    expect(next[0]).toBeCloseTo(1.8, 12);
    expect(next[1]).toBeCloseTo(0.98, 12);
    expect(next[2]).toBe(0);
    // delta = max(|1.8 − 1|, |0.98 − 2|) = 1.02
    expect(delta).toBeCloseTo(1.02, 12);
  });

  it('does not bootstrap through a transition that ends the episode', () => {
    // Even if V(goal) held 5, (1,fwd) = 0.8·1 + 0.2·0.9·V(s0) = 0.8 from V = 0 elsewhere.
    const next = new Float64Array(3);
    valueIterationSweep(model, Float64Array.from([0, 0, 5]), next, gamma);
    expect(next[1]).toBeCloseTo(0.8, 12);
    expect(next[2]).toBe(0);
  });

  it('reaches the optimal values V*(1) = 0.8/(1 − 0.2·0.9·0.9) = 400/419 and V*(0) = 0.9·V*(1) = 360/419', () => {
    // V1 = 0.8 + 0.2·0.9·V0 and V0 = 0.9·V1 ⇒ V1 = 0.8 + 0.162·V1 ⇒ V1 = 0.8/0.838
    let v = new Float64Array(3);
    let scratch = new Float64Array(3);
    for (let i = 0; i < 400; i++) {
      valueIterationSweep(model, v, scratch, gamma);
      [v, scratch] = [scratch, v];
    }
    expect(v[1]).toBeCloseTo(400 / 419, 10);
    expect(v[0]).toBeCloseTo(360 / 419, 10);
  });
});

describe('policyEvaluationSweep (eq. 4.5)', () => {
  it('backs up only the policy action', () => {
    // π = [fwd, back] from V = [1, 2, 0]: s0 → 0.9·V(1) = 1.8; s1 → 0.9·V(0) = 0.9; delta = max(0.8, 1.1) = 1.1
    const next = new Float64Array(3);
    const delta = policyEvaluationSweep(model, Int32Array.from([FORWARD, BACK, 0]), Float64Array.from([1, 2, 0]), next, gamma);
    expect(next[0]).toBeCloseTo(1.8, 12);
    expect(next[1]).toBeCloseTo(0.9, 12);
    expect(delta).toBeCloseTo(1.1, 12);
  });
});

describe('greedyImprovement (eq. 4.9)', () => {
  it('switches to the better action and counts the changed states', () => {
    // V = [0.72, 0.8, 0]: s0: back 0.648 < fwd 0.72; s1: back 0.648 < fwd 0.8 + 0.2·0.9·0.72 = 0.9296
    const policy = Int32Array.from([BACK, BACK, 0]);
    expect(greedyImprovement(model, Float64Array.from([0.72, 0.8, 0]), policy, gamma)).toBe(2);
    expect(Array.from(policy)).toEqual([FORWARD, FORWARD, 0]);
    expect(greedyImprovement(model, Float64Array.from([0.72, 0.8, 0]), policy, gamma)).toBe(0);
  });

  it('keeps the current action on a tie', () => {
    // V = 0: at s0 both actions are worth 0, so the current choice stays; s1 fwd (0.8) beats back (0).
    const policy = Int32Array.from([FORWARD, BACK, 0]);
    expect(greedyImprovement(model, new Float64Array(3), policy, gamma)).toBe(1);
    expect(Array.from(policy)).toEqual([FORWARD, FORWARD, 0]);
    policy[0] = BACK;
    expect(greedyImprovement(model, new Float64Array(3), policy, gamma)).toBe(0);
    expect(policy[0]).toBe(BACK);
  });
});

describe('actionValuesFrom', () => {
  it('lists Q(s,a) row by row, zero for inert states', () => {
    // V = [0.72, 0.8, 0]: Q(0,·) = [0.648, 0.72], Q(1,·) = [0.648, 0.9296], Q(2,·) = [0, 0]
    const q = actionValuesFrom(model, Float64Array.from([0.72, 0.8, 0]), gamma);
    [0.648, 0.72, 0.648, 0.9296, 0, 0].forEach((x, i) => expect(q[i]).toBeCloseTo(x, 12));
  });
});
