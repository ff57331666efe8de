// Policy iteration planner (S&B §4.3) on the hand-built corridor: evaluation/improvement trace, agreement with VI.
import { describe, it, expect } from 'vitest';
import { createPolicyIteration } from '../../../../src/core/agents/planning/policy-iteration.ts';
import { createValueIteration } from '../../../../src/core/agents/planning/value-iteration.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import type { TabularModel } from '../../../../src/core/envs/tabular-model.ts';
import { corridorModel } from '../../algorithms/corridor-model.ts';

const ctx = (model?: TabularModel) => ({ observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(0), model });

describe('policy iteration', () => {
  it('alternates evaluation sweeps and improvement steps until the policy is stable', () => {
    // deterministic corridor, γ = 0.9, π0 = back everywhere:
    //  1 eval: V = [0, 0] (δ 0)              2 improve: s1 → fwd (0 + 1 > 0), s0 ties, stays back: 1 change
    //  3 eval: V = [0, 1] (δ 1)              4 eval: δ 0
    //  5 improve: s0 → fwd (0.9 > 0): 1 change
    //  6 eval: V = [0.9, 1] (δ 0.9)          7 eval: δ 0          8 improve: no change → stable
    const pi = createPolicyIteration(ctx(corridorModel(0)), { gamma: 0.9 });
    const trace = Array.from({ length: 8 }, (_, i) => {
      const m = pi.sweep();
      return [m['planner/delta'], m['planner/policy-changes'], i < 7 ? pi.converged : null];
    });
    expect(trace.map((t) => t[1])).toEqual([0, 1, 0, 0, 1, 0, 0, 0]);
    expect(trace.map((t) => t[0])).toEqual([0, 0, 1, 0, 0, expect.closeTo(0.9, 12), 0, 0]);
    expect(trace.slice(0, 7).every((t) => t[2] === false)).toBe(true);
    expect(pi.converged).toBe(true);
    expect(pi.stateValue(0)).toBeCloseTo(0.9, 12);
    expect(Array.from(pi.view().policy!)).toEqual([0, 1, 0, 1, 0, 0]);
  });

  it('reaches the same values and greedy policy as value iteration on the slippery corridor', () => {
    // both must give V*(1) = 400/419 ≈ 0.954654, V*(0) = 360/419 ≈ 0.859189, forward in states 0 and 1
    const model = corridorModel(0.2);
    const pi = createPolicyIteration(ctx(model), { gamma: 0.9 });
    const vi = createValueIteration(ctx(model), { gamma: 0.9 });
    for (let i = 0; i < 2000 && !pi.converged; i++) pi.sweep();
    for (let i = 0; i < 2000 && !vi.converged; i++) vi.sweep();
    expect(pi.converged).toBe(true);
    expect(vi.converged).toBe(true);
    expect(pi.stateValue(1)).toBeCloseTo(400 / 419, 6);
    expect(pi.stateValue(0)).toBeCloseTo(360 / 419, 6);
    for (let s = 0; s < 3; s++) expect(pi.stateValue(s)).toBeCloseTo(vi.stateValue(s), 6);
    expect(Array.from(pi.view().policy!)).toEqual(Array.from(vi.view().policy!));
    expect(Array.from(pi.view().policy!)).toEqual([0, 1, 0, 1, 0, 0]);
  });

  it('a new γ unsets converged and re-plans', () => {
    const pi = createPolicyIteration(ctx(corridorModel(0)), { gamma: 0.9 });
    for (let i = 0; i < 8; i++) pi.sweep();
    expect(pi.converged).toBe(true);
    pi.setParams({ gamma: 0.5 });
    expect(pi.converged).toBe(false);
    for (let i = 0; i < 50 && !pi.converged; i++) pi.sweep();
    expect(pi.converged).toBe(true);
    expect(pi.stateValue(0)).toBeCloseTo(0.5, 12); // V* = [0.5·1, 1]
  });

  it('needs an exact model', () => {
    expect(() => createPolicyIteration(ctx(), { gamma: 0.9 })).toThrow(/policy iteration needs an environment with an exact model/);
  });
});
