// The shared Q table: ε-greedy and softmax behaviour policies, state values, and the view's shapes.
import { describe, it, expect } from 'vitest';
import { TabularActionValues, type TabularSettings } from '../../../../src/core/agents/tabular/tabular-action-values.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

/** 3 states × 3 actions; Q(0,·) = [0, 2, 2] (a tie), Q(1,·) = [0, ln 2, ln 3], Q(2,·) = 0. */
function table(settings: TabularSettings = { alpha: 0.1, gamma: 0.9, epsilon: 0.3 }) {
  const t = new TabularActionValues(3, 3, settings, createRng('table'));
  t.q.set([0, 2, 2, 0, Math.log(2), Math.log(3), 0, 0, 0]);
  return t;
}

describe('TabularActionValues', () => {
  it('ε-greedy policy rows split 1 − ε among ties', () => {
    // ε = 0.3: ε/3 = 0.1; the two greedy actions share 0.7 → [0.1, 0.45, 0.45]
    const p = table().policyRow(0);
    [0.1, 0.45, 0.45].forEach((x, a) => expect(p[a]).toBeCloseTo(x, 12));
  });

  it('softmax policy rows are softmax(Q/τ), with τ = 1 when unset', () => {
    // Q(1,·) = [0, ln 2, ln 3], τ = 1 → [1, 2, 3]/6
    const t = table({ alpha: 0.1, gamma: 0.9, epsilon: 0.3, exploration: 'softmax' });
    const p = t.policyRow(1);
    [1 / 6, 2 / 6, 3 / 6].forEach((x, a) => expect(p[a]).toBeCloseTo(x, 12));
    // τ = 0.5 squares the weights: [1, 4, 9]/14
    t.settings = { alpha: 0.1, gamma: 0.9, epsilon: 0.3, exploration: 'softmax', temperature: 0.5 };
    const sharp = t.policyRow(1);
    [1 / 14, 4 / 14, 9 / 14].forEach((x, a) => expect(sharp[a]).toBeCloseTo(x, 12));
  });

  it('select() samples the softmax policy', () => {
    const t = table();
    t.settings = { alpha: 0.1, gamma: 0.9, epsilon: 0, exploration: 'softmax', temperature: 1 };
    const counts = [0, 0, 0];
    const samples = 20_000;
    for (let i = 0; i < samples; i++) counts[t.select(1)]++;
    // standard error ≤ 0.0035 per frequency
    [1 / 6, 2 / 6, 3 / 6].forEach((x, a) => expect(Math.abs(counts[a] / samples - x)).toBeLessThan(0.015));
  });

  it('select() under ε-greedy at ε = 0 takes both tied greedy actions and never the other', () => {
    const t = table({ alpha: 0.1, gamma: 0.9, epsilon: 0 });
    const seen = new Set(Array.from({ length: 200 }, () => t.select(0)));
    expect([...seen].sort()).toEqual([1, 2]);
  });

  it('maxValue and policyValue', () => {
    // state 0, ε = 0.3: max = 2; Σπ·Q = 0.1·0 + 0.45·2 + 0.45·2 = 1.8
    const t = table();
    expect(t.maxValue(0)).toBe(2);
    expect(t.policyValue(0)).toBeCloseTo(1.8, 12);
  });

  it('view() has per-state values, policy rows summing to 1, and copies of Q and visits', () => {
    const t = table();
    t.visits[4] = 3;
    const on = t.view(true);
    const off = t.view(false);
    expect(on.kind).toBe('tabular');
    expect(on.nStates).toBe(3);
    expect(on.nActions).toBe(3);
    expect(on.values!.length).toBe(3);
    expect(on.policy!.length).toBe(9);
    for (let s = 0; s < 3; s++) {
      expect(on.policy![s * 3] + on.policy![s * 3 + 1] + on.policy![s * 3 + 2]).toBeCloseTo(1, 12);
    }
    expect(on.values![0]).toBeCloseTo(1.8, 12);
    expect(off.values![0]).toBe(2);
    expect(Array.from(on.actionValues!)).toEqual(Array.from(t.q));
    expect(on.visits![4]).toBe(3);
    // snapshots do not alias the live table
    t.q[0] = 99;
    t.visits[4] = 7;
    expect(on.actionValues![0]).toBe(0);
    expect(on.visits![4]).toBe(3);
  });
});
