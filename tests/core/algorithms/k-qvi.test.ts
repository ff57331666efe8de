// k-QVI and min-k against hand-worked answers: a two-step choice where the random policy's values tie (min-k 2), a
// corridor where greedy on the random policy's values already walks to the goal (min-k 1), a deceptive corridor
// with a small reward next to the start (min-k > 1), and Q^k reaching Q* as k grows.
import { describe, expect, it } from 'vitest';
import {
  checkGreedy, minK, optimalValues, qviSequence, randomPolicyQ,
} from '../../../src/core/algorithms/k-qvi.ts';
import { createTabularModel, type TabularModel } from '../../../src/core/envs/tabular-model.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { horizonModel } from '../../../src/core/envs/gridworld/horizon-suite.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';

/** State 0: a0 ends with 0.5, a1 goes to state 1 (reward 0). State 1: a0 ends with 1, a1 ends with 0. */
function twoStep(): TabularModel {
  const model = createTabularModel(2, 2, 1, 0);
  const set = (s: number, a: number, next: number, reward: number, ends: boolean) => {
    const i = s * 2 + a;
    model.next[i] = next;
    model.prob[i] = 1;
    model.reward[i] = reward;
    model.ends[i] = ends ? 1 : 0;
  };
  set(0, 0, 0, 0.5, true);
  set(0, 1, 1, 0, false);
  set(1, 0, 1, 1, true);
  set(1, 1, 1, 0, true);
  return model;
}

const grid = (rows: string[], goalRewards: [number, number][] = []) => buildGridModel(parseGridSpec({
  rows, stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0, goalRewards,
}));

describe('k-QVI', () => {
  it('two-step choice: the random policy values both first actions at 0.5, so min-k is 2', () => {
    const model = twoStep();
    const q1 = randomPolicyQ(model, 1);
    // V_rand(1) = (1 + 0)/2 = 0.5; Q¹(0, a1) = 0 + 0.5.
    expect(Array.from(q1)).toEqual([0.5, 0.5, 1, 0]);
    const [, q2] = qviSequence(model, 1, 2);
    expect(Array.from(q2)).toEqual([0.5, 1, 1, 0]);
    const k1 = checkGreedy(model, q1, 1);
    // Greedy on Q¹ splits the tie: half the time it takes the 0.5 ending.
    expect([k1.optimal, k1.value, k1.optimalValue]).toEqual([false, 0.75, 1]);
    expect(checkGreedy(model, q2, 1).optimal).toBe(true);
    expect(minK(model, 1, 5)).toBe(2);
  });

  it('corridor: greedy on the random policy’s values already heads for the goal (min-k 1)', () => {
    const model = grid(['S...G', '#####']);
    expect(minK(model, 0.9, 5)).toBe(1);
  });

  it('deceptive corridor: a small reward beside the start misleads greedy-on-random; more backups fix it', () => {
    // Goal 0.5 one step left of the start, goal 1 seven steps right. With γ = 0.95 the far goal is worth more
    // (0.95^6 ≈ 0.74 > 0.5), but a random walk ends at the near goal far more often: Q¹(S, right) ≈ 0.26 < 0.5.
    const model = grid(['GS......G', '#########'], [[0, 0.5]]);
    const q1 = randomPolicyQ(model, 0.95);
    expect(q1[1 * 4 + 3]).toBeCloseTo(0.5, 12);
    expect(q1[1 * 4 + 1]).toBeLessThan(0.3);
    expect(checkGreedy(model, q1, 0.95).optimal).toBe(false);
    // Each backup lets greedy see one step further along the corridor; six are needed here (computed exactly).
    expect(minK(model, 0.95, 20)).toBe(6);
    expect(minK(model, 0.95, 5)).toBeNull();
  });

  it('Q^k approaches Q*: after enough backups greedy is optimal and V matches V*', () => {
    const model = grid(['S...', '.##.', '...G']);
    const vStar = optimalValues(model, 0.9);
    const sequence = qviSequence(model, 0.9, 30);
    const last = sequence[29];
    const v = Array.from({ length: model.nStates }, (_, s) => Math.max(...Array.from(last.subarray(s * 4, s * 4 + 4))));
    for (let s = 0; s < model.nStates; s++) if (!model.inert[s]) expect(v[s]).toBeCloseTo(vStar[s], 1);
    expect(checkGreedy(model, last, 0.9).optimal).toBe(true);
  });

  it('counts a tiny value gap as a miss unless a tolerance allows it (shaped and sticky empty-5: 7 exact, 1 within 0.1%)', () => {
    const model = horizonModel('empty-5', true, true);
    expect(minK(model, 0.95, 30)).toBe(7);
    expect(minK(model, 0.95, 30, 1e-3)).toBe(1);
    // Greedy on Q¹ is within 0.1% of V*, not within 10⁻⁶.
    const q1 = randomPolicyQ(model, 0.95);
    const check = checkGreedy(model, q1, 0.95, undefined, 1e-3);
    expect(check.optimal).toBe(true);
    expect(Math.abs(check.value - check.optimalValue)).toBeGreaterThan(1e-6 * check.optimalValue);
  });
});
