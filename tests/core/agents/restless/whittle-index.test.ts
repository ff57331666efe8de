// The Whittle index of a two-state restless arm: hand-worked cases, γ = 0 (the myopic gain), indifference at the
// returned subsidy by plain value iteration, the 1/γ relation between reward timings, and the default arms' table.
import { describe, expect, it } from 'vitest';
import { passiveAdvantage, whittleIndex, whittleIndexTable, type RewardTiming } from '../../../../src/core/agents/restless/whittle-index.ts';
import {
  CATALOGUE_ARM, STICKY_ARM, VOLATILE_ARM, createRestlessProblem, immediateGain, type ArmDynamics,
} from '../../../../src/core/envs/restless/restless-problem.ts';

const arm = (a0: number, a1: number, p0: number, p1: number): ArmDynamics =>
  ({ active: { fromBad: a0, fromGood: a1 }, passive: { fromBad: p0, fromGood: p1 } });

/** Q_λ by value iteration (independent of the closed-form solve): returns Q[s][passive | active]. */
function bruteForceQ(a: ArmDynamics, gamma: number, lambda: number, timing: RewardTiming): number[][] {
  let v = [0, 0];
  const q = (s: number, active: boolean, vv: number[]) => {
    const chain = active ? a.active : a.passive;
    const g = s ? chain.fromGood : chain.fromBad;
    const r = (timing === 'after' ? g : s) + (active ? 0 : lambda);
    return r + gamma * ((1 - g) * vv[0] + g * vv[1]);
  };
  for (let k = 0; k < 20_000; k++) v = [0, 1].map((s) => Math.max(q(s, false, v), q(s, true, v)));
  return [0, 1].map((s) => [q(s, false, v), q(s, true, v)]);
}

describe('whittleIndex', () => {
  it('is 0 in both states when acting changes nothing', () => {
    const r = whittleIndex(arm(0.3, 0.7, 0.3, 0.7), 0.9);
    expect(r.indices[0]).toBeCloseTo(0, 9);
    expect(r.indices[1]).toBeCloseTo(0, 9);
    expect(r.indexable).toBe(true);
  });

  it('is 1 (after) or γ (before) when acting makes the arm good and passivity bad, from either state', () => {
    // Next state does not depend on the current one, so both states share the index.
    const a = arm(1, 1, 0, 0);
    for (const s of [0, 1]) {
      expect(whittleIndex(a, 0.9).indices[s]).toBeCloseTo(1, 9);
      expect(whittleIndex(a, 0.9, { timing: 'before' }).indices[s]).toBeCloseTo(0.9, 9);
    }
  });

  it('is 1/(1−γ) for a bad arm that one action makes good forever, 0 once good', () => {
    // Active: good for sure; passive: bad stays bad, good stays good. Acting once in the bad state is worth a good arm
    // every step from then on; in the good state acting changes nothing. By hand: V1 = (1+λ)/(1−γ), indifference in
    // state 0 at V0 = λ/(1−γ) = 1 + γV1, so λ = 1/(1−γ) (timing 'before': γ/(1−γ)).
    const a = arm(1, 1, 0, 1);
    const after = whittleIndex(a, 0.95);
    expect(after.indices[0]).toBeCloseTo(20, 8);
    expect(after.indices[1]).toBeCloseTo(0, 9);
    expect(whittleIndex(a, 0.95, { timing: 'before' }).indices[0]).toBeCloseTo(19, 8);
  });

  it('equals the myopic gain P1(good|s) − P0(good|s) at γ = 0', () => {
    for (const a of [CATALOGUE_ARM, STICKY_ARM, VOLATILE_ARM]) {
      const { indices } = whittleIndex(a, 0);
      expect(indices[0]).toBeCloseTo(immediateGain(a, 0), 9);
      expect(indices[1]).toBeCloseTo(immediateGain(a, 1), 9);
    }
  });

  it('makes passive and active equally good at the returned subsidy (value iteration check), active better below, passive above', () => {
    const arms = [CATALOGUE_ARM, STICKY_ARM, VOLATILE_ARM, arm(0.9, 0.4, 0.2, 0.3), arm(0.35, 0.99, 0.3, 0.5)];
    for (const a of arms) {
      for (const timing of ['after', 'before'] as const) {
        const gamma = 0.9;
        const { indices, indexable } = whittleIndex(a, gamma, { timing });
        expect(indexable).toBe(true);
        for (const s of [0, 1]) {
          const at = bruteForceQ(a, gamma, indices[s], timing)[s];
          expect(at[0] - at[1]).toBeCloseTo(0, 6);
          const below = bruteForceQ(a, gamma, indices[s] - 0.01, timing)[s];
          const above = bruteForceQ(a, gamma, indices[s] + 0.01, timing)[s];
          expect(below[0]).toBeLessThan(below[1]);
          expect(above[0]).toBeGreaterThan(above[1]);
        }
      }
    }
  });

  it('relates the two reward timings by W_after = W_before / γ', () => {
    for (const a of [CATALOGUE_ARM, STICKY_ARM, VOLATILE_ARM]) {
      for (const gamma of [0.5, 0.95, 0.99]) {
        const after = whittleIndex(a, gamma).indices;
        const before = whittleIndex(a, gamma, { timing: 'before' }).indices;
        expect(after[0]).toBeCloseTo(before[0] / gamma, 7);
        expect(after[1]).toBeCloseTo(before[1] / gamma, 7);
      }
    }
  });

  it('has a passive advantage that never decreases with the subsidy (indexability) for the presets', () => {
    for (const a of [CATALOGUE_ARM, STICKY_ARM, VOLATILE_ARM]) {
      for (const s of [0, 1]) {
        let prev = -Infinity;
        for (let lambda = -5; lambda <= 25; lambda += 0.05) {
          const f = passiveAdvantage(a, 0.95, lambda, s);
          expect(f).toBeGreaterThanOrEqual(prev - 1e-9);
          prev = f;
        }
      }
    }
  });
});

describe('whittleIndexTable', () => {
  it('gives the default arms’ indices at γ = 0.95 (reward after the step)', () => {
    // Catalogue arm: W(bad) = 100/67 ≈ 1.4925, W(good) = 20/89 ≈ 0.2247: a bad arm first, as myopic (0.5 vs 0.15).
    // Sticky arm: W(bad) = 90/29 ≈ 3.1034, W(good) ≈ 0.0748. Volatile arm: W(bad) = 70/81 ≈ 0.8642, W(good) = 0.5.
    const catalogue = whittleIndexTable(createRestlessProblem({ n: 3, budget: 1, constraint: 'none' }), 0.95);
    expect(catalogue.indexable).toEqual([true, true, true]);
    catalogue.indices.forEach(([bad, good]) => {
      expect(bad).toBeCloseTo(100 / 67, 8);
      expect(good).toBeCloseTo(20 / 89, 8);
    });
    const mixed = whittleIndexTable(createRestlessProblem({ n: 2, budget: 1, constraint: 'none', preset: 'sticky-volatile' }), 0.95);
    expect(mixed.indices[0][0]).toBeCloseTo(90 / 29, 8);
    expect(mixed.indices[0][1]).toBeCloseTo(0.0748362956, 8);
    expect(mixed.indices[1][0]).toBeCloseTo(70 / 81, 8);
    expect(mixed.indices[1][1]).toBeCloseTo(0.5, 8);
    expect(mixed.gamma).toBe(0.95);
  });

  it('rejects γ outside [0, 1)', () => {
    expect(() => whittleIndex(CATALOGUE_ARM, 1)).toThrow(RangeError);
  });
});
