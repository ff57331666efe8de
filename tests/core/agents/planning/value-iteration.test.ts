// Value iteration planner (S&B §4.4) on the hand-built 3-state corridor: sweep-by-sweep values, convergence, γ live.
import { describe, it, expect } from 'vitest';
import { createValueIteration } from '../../../../src/core/agents/planning/value-iteration.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import type { TabularModel } from '../../../../src/core/envs/tabular-model.ts';
import { FORWARD, corridorModel } from '../../algorithms/corridor-model.ts';

const ctx = (model?: TabularModel) => ({ observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(0), model });

describe('value iteration', () => {
  it('spreads value back from the goal one sweep at a time (deterministic corridor, γ = 0.9)', () => {
    // sweep 1: V = [max(0, 0.9·0), max(0.9·0, 1)] = [0, 1]; sweep 2: V(0) = 0.9·1 = 0.9; sweep 3: no change
    const vi = createValueIteration(ctx(corridorModel(0)), { gamma: 0.9 });
    expect(vi.converged).toBe(false);
    const m1 = vi.sweep();
    expect([vi.stateValue(0), vi.stateValue(1)]).toEqual([0, 1]);
    expect(m1['planner/delta']).toBe(1);
    expect(m1['value/start']).toBe(0);
    const m2 = vi.sweep();
    expect(vi.stateValue(0)).toBeCloseTo(0.9, 12);
    expect(m2['planner/delta']).toBeCloseTo(0.9, 12);
    expect(m2['value/start']).toBeCloseTo(0.9, 12);
    expect(vi.converged).toBe(false);
    vi.sweep();
    expect(vi.converged).toBe(true);
  });

  it('view() has the optimal values, Q and a one-hot greedy policy (inert goal row empty)', () => {
    // V* = [0.9, 1, 0]; Q(0,·) = [0.81, 0.9], Q(1,·) = [0.81, 1]; greedy = forward in 0 and 1
    const vi = createValueIteration(ctx(corridorModel(0)), { gamma: 0.9 });
    for (let i = 0; i < 3; i++) vi.sweep();
    const v = vi.view();
    [0.9, 1, 0].forEach((x, s) => expect(v.values![s]).toBeCloseTo(x, 12));
    [0.81, 0.9, 0.81, 1, 0, 0].forEach((x, i) => expect(v.actionValues![i]).toBeCloseTo(x, 12));
    expect(Array.from(v.policy!)).toEqual([0, 1, 0, 1, 0, 0]);
    expect(v.policy![0 * 2 + FORWARD]).toBe(1);
  });

  it('converges on the slippery corridor to V*(1) = 400/419, V*(0) = 360/419', () => {
    // V1 = 0.8 + 0.2·0.9·V0 and V0 = 0.9·V1 ⇒ V1 = 0.8/0.838 = 400/419
    const vi = createValueIteration(ctx(corridorModel(0.2)), { gamma: 0.9 });
    let sweeps = 0;
    while (!vi.converged && sweeps < 1000) { vi.sweep(); sweeps++; }
    expect(vi.converged).toBe(true);
    expect(vi.stateValue(1)).toBeCloseTo(400 / 419, 9);
    expect(vi.stateValue(0)).toBeCloseTo(360 / 419, 9);
  });

  it('a new γ unsets converged and leads to the new fixed point', () => {
    // deterministic corridor, γ = 0.5: V* = [0.5, 1]
    const vi = createValueIteration(ctx(corridorModel(0)), { gamma: 0.9 });
    for (let i = 0; i < 3; i++) vi.sweep();
    expect(vi.converged).toBe(true);
    vi.setParams({ gamma: 0.5 });
    expect(vi.converged).toBe(false);
    vi.sweep();
    vi.sweep();
    expect(vi.converged).toBe(true);
    expect(vi.stateValue(0)).toBeCloseTo(0.5, 12);
  });

  it('needs an exact model', () => {
    expect(() => createValueIteration(ctx(), { gamma: 0.9 })).toThrow(/value iteration needs an environment with an exact model/);
  });
});
