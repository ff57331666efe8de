// Restless-bandit instances: the enumerated feasible joint actions of each constraint, presets and validation.
import { describe, expect, it } from 'vitest';
import {
  armsOfAction, createRestlessProblem, encodeState, feasibleActions, feasibleInterventions, immediateGain, interventionLevel,
  passiveGoodFraction, popcount, presetArms, CATALOGUE_ARM, FRAGILE_ARM, STURDY_ARM,
} from '../../../../src/core/envs/restless/restless-problem.ts';

describe('feasibleActions', () => {
  it('counts subsets of at most B arms, contiguous runs, and knapsack-feasible sets', () => {
    expect(feasibleActions('none', 6, 2).length).toBe(1 + 6 + 15);
    expect(feasibleActions('path', 6, 2).length).toBe(1 + 6 + 5);
    // Costs 2,1,2,1,2,1 and capacity 3: the three pairs of even arms (cost 4) are out.
    expect(feasibleActions('capacity', 6, 2).length).toBe(1 + 6 + 12);
    expect(feasibleActions('none', 10, 3).length).toBe(1 + 10 + 45 + 120);
    expect(feasibleActions('path', 10, 3).length).toBe(1 + 10 + 9 + 8);
    // B = 1: capacity 2 admits every single arm.
    expect(feasibleActions('capacity', 6, 1).length).toBe(7);
  });

  it('orders actions by size then mask, with the empty set first', () => {
    expect(Array.from(feasibleActions('path', 4, 2))).toEqual([0, 1, 2, 4, 8, 3, 6, 12]);
    expect(Array.from(feasibleActions('none', 3, 3))).toEqual([0, 1, 2, 4, 3, 5, 6, 7]);
  });

  it('keeps only contiguous sets for path and cost-feasible sets for capacity', () => {
    for (const mask of feasibleActions('path', 8, 3)) {
      const arms = armsOfAction(mask, 8);
      arms.forEach((a, k) => { if (k > 0) expect(a).toBe(arms[k - 1] + 1); });
    }
    const costs = [3, 1, 2, 1, 1];
    for (const mask of feasibleActions('capacity', 5, 3, costs, 4)) {
      expect(armsOfAction(mask, 5).reduce((c, i) => c + costs[i], 0)).toBeLessThanOrEqual(4);
      expect(popcount(mask)).toBeLessThanOrEqual(3);
    }
    // {1, 3, 4} costs 3 and {0, 1} costs 4: both in; {0, 2} costs 5: out.
    const masks = Array.from(feasibleActions('capacity', 5, 3, costs, 4));
    expect(masks).toContain(0b11010);
    expect(masks).toContain(0b00011);
    expect(masks).not.toContain(0b00101);
  });

  it('rejects bad sizes', () => {
    expect(() => feasibleActions('none', 11, 2)).toThrow(RangeError);
    expect(() => feasibleActions('none', 4, 5)).toThrow(RangeError);
    expect(() => feasibleActions('capacity', 4, 2, [1, 1])).toThrow(RangeError);
  });
});

describe('feasibleInterventions (multi-type)', () => {
  it('counts sets with each acted arm cheap (1 unit) or strong (2 units) within the capacity', () => {
    // Capacity 2 (= B, the default): nothing, one cheap, one strong, or two cheap.
    expect(feasibleInterventions(6, 2).acted.length).toBe(1 + 6 * 2 + 15);
    // Capacity 3: a pair may hold one strong intervention, not two.
    expect(feasibleInterventions(6, 2, 3).acted.length).toBe(1 + 6 * 2 + 15 * 3);
    // B = 1: a strong intervention never fits.
    const single = feasibleInterventions(6, 1);
    expect(single.acted.length).toBe(7);
    expect(Array.from(single.strong).every((m) => m === 0)).toBe(true);
  });

  it('orders by size, acted mask, strong mask; strong arms are acted arms; costs stay within the capacity', () => {
    const { acted, strong } = feasibleInterventions(2, 2);
    expect(Array.from(acted)).toEqual([0, 1, 1, 2, 2, 3]);
    expect(Array.from(strong)).toEqual([0, 0, 1, 0, 2, 0]);
    const big = feasibleInterventions(8, 3, 4);
    for (let a = 0; a < big.acted.length; a++) {
      expect(big.strong[a] & ~big.acted[a]).toBe(0);
      expect(popcount(big.acted[a]) + popcount(big.strong[a])).toBeLessThanOrEqual(4);
    }
  });

  it('gives each arm its intervention level, and problems without strong chains are refused', () => {
    const problem = createRestlessProblem({ n: 2, budget: 2, constraint: 'multi-type', preset: 'maintain-repair' });
    expect(problem.capacity).toBe(2);
    expect([0, 1].map((arm) => interventionLevel(problem, 2, arm))).toEqual([2, 0]);
    expect([0, 1].map((arm) => interventionLevel(problem, 5, arm))).toEqual([1, 1]);
    const noStrong = { active: CATALOGUE_ARM.active, passive: CATALOGUE_ARM.passive };
    expect(() => createRestlessProblem({ n: 2, budget: 1, constraint: 'multi-type', arms: [noStrong, noStrong] })).toThrow(/strong/);
    // Outside multi-type the strong masks are all empty.
    expect(Array.from(createRestlessProblem({ n: 4, budget: 2, constraint: 'none' }).strong).every((m) => m === 0)).toBe(true);
  });

  it('scores a strong intervention by its own one-step gain', () => {
    expect(immediateGain(FRAGILE_ARM, 0, 2)).toBeCloseTo(0.65, 12);
    expect(immediateGain(FRAGILE_ARM, 0, 1)).toBeCloseTo(0.1, 12);
    expect(immediateGain(STURDY_ARM, 1, 2)).toBeCloseTo(0.3, 12);
  });
});

describe('createRestlessProblem', () => {
  it('builds the catalogue instance and equal problems from equal specs', () => {
    const p = createRestlessProblem({ n: 6, budget: 2, constraint: 'none' });
    expect(p.arms).toEqual(Array(6).fill(CATALOGUE_ARM));
    expect(p.nStates).toBe(64);
    expect(p.actions.length).toBe(22);
    expect(p.costs).toEqual([2, 1, 2, 1, 2, 1]);
    expect(p.capacity).toBe(3);
    expect(createRestlessProblem({ n: 6, budget: 2, constraint: 'none' })).toEqual(p);
  });

  it('alternates sticky and volatile arms in the sticky-volatile preset', () => {
    const arms = presetArms('sticky-volatile', 4);
    expect(arms[0]).toEqual(arms[2]);
    expect(arms[1]).toEqual(arms[3]);
    // Myopic gain from bad: volatile 0.7 beats sticky 0.45.
    expect(immediateGain(arms[0], 0)).toBeCloseTo(0.45, 12);
    expect(immediateGain(arms[1], 0)).toBeCloseTo(0.7, 12);
  });

  it('alternates fragile and sturdy arms in the maintain-repair preset', () => {
    expect(presetArms('maintain-repair', 3)).toEqual([FRAGILE_ARM, STURDY_ARM, FRAGILE_ARM]);
  });

  it('validates probabilities and sizes', () => {
    const bad = { active: { fromBad: 1.2, fromGood: 0.5 }, passive: { fromBad: 0.1, fromGood: 0.5 } };
    expect(() => createRestlessProblem({ n: 1, budget: 1, constraint: 'none', arms: [bad] })).toThrow(RangeError);
    expect(() => createRestlessProblem({ n: 3, budget: 1, constraint: 'none', arms: [CATALOGUE_ARM] })).toThrow(RangeError);
  });

  it('encodes joint states with bit i = arm i and gives the passive stationary share', () => {
    expect(encodeState([1, 0, 1, 1])).toBe(0b1101);
    // Catalogue passive chain: 0.1 / (0.1 + 0.2) = 1/3 of the time good.
    expect(passiveGoodFraction(CATALOGUE_ARM)).toBeCloseTo(1 / 3, 12);
  });
});
