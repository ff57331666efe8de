// Evaluation in the true world: the optimal policy's mean discounted return equals V*(start) in a deterministic
// world, and the normalised score puts random at 0 and expert at 100. An actor with a memory (RCSL's return-to-go)
// sees every reward of its episode; success counts the best goal only; with an action delay a learner that sees only
// its cell turns too late; episodes that enter a hazard are counted.
import { describe, expect, it } from 'vitest';
import { bestTerminalReward, evaluateActor, evaluatePolicy, normalizedScore } from '../../../src/core/data/offline-evaluation.ts';
import { routePolicy } from '../../../src/core/data/route-policy.ts';
import { CORRIDOR_CELLS, PRIZE_REWARD, TWO_CORRIDORS } from '../../../src/demos/stitching-world.ts';
import { expertPolicy, referenceReturns } from '../../../src/core/data/dataset-generators.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

const model = buildGridModel(parseGridSpec(FOUR_ROOMS));

describe('offline evaluation', () => {
  it('scores the optimal policy at V*(start), i.e. 100, and a random one near 0', () => {
    const refs = referenceReturns(model, 0.95);
    const rng = createRng(1);
    const expert = evaluatePolicy(model, expertPolicy(model, 0.95, 0, rng), 0.95, 100, 10, rng);
    expect(expert).toBeCloseTo(refs.expert, 12);
    expect(normalizedScore(expert, refs)).toBeCloseTo(100, 9);
    expect(normalizedScore(refs.random, refs)).toBe(0);
    const random = evaluatePolicy(model, () => rng.int(4), 0.95, 1000, 2000, rng);
    expect(Math.abs(normalizedScore(random, refs))).toBeLessThan(10);
  });
});

describe('evaluating an actor that remembers the episode', () => {
  const corridors = buildGridModel(parseGridSpec(TWO_CORRIDORS));
  const toGoal = routePolicy(corridors, CORRIDOR_CELLS.goal, 0, createRng(1));
  const toPrize = routePolicy(corridors, CORRIDOR_CELLS.prize, 0, createRng(1));

  it('counts success only at the best goal, and reports both returns and the first path', () => {
    const goal = evaluateActor(corridors, () => ({ act: toGoal }), 0.9, 50, 3, createRng(2));
    // Eleven moves to the goal: reward 1 on the eleventh, discounted by 0.9¹⁰.
    expect(goal.success).toBe(1);
    expect(goal.meanReturn).toBe(1);
    expect(goal.value).toBeCloseTo(0.9 ** 10, 12);
    expect(Array.from(goal.path)).toEqual([44, 45, 46, 47, 36, 25, 26, 27, 28, 29, 18, 7]);
    const prize = evaluateActor(corridors, () => ({ act: toPrize }), 0.9, 50, 3, createRng(2));
    expect(prize.success).toBe(0);
    expect(prize.meanReturn).toBe(PRIZE_REWARD);
    expect(prize.value).toBeCloseTo(PRIZE_REWARD * 0.9 ** 11, 12);
  });

  it('gives each episode a fresh actor that sees every reward', () => {
    const seen: number[][] = [];
    evaluateActor(corridors, () => {
      const rewards: number[] = [];
      seen.push(rewards);
      return { act: toPrize, observe: (r) => rewards.push(r) };
    }, 0.9, 50, 2, createRng(3));
    const walk = [...Array<number>(11).fill(0), PRIZE_REWARD];
    expect(seen).toEqual([walk, walk]);
  });

  it('runs every given start equally often, rounding the episodes up to whole rounds', () => {
    const seen: number[] = [];
    const evaluation = evaluateActor(corridors, () => {
      let first = true;
      return { act: (s) => { if (first) { seen.push(s); first = false; } return toGoal(s); } };
    }, 0.9, 50, 3, createRng(4), { starts: [CORRIDOR_CELLS.start, CORRIDOR_CELLS.sideStart] });
    expect(seen).toEqual([CORRIDOR_CELLS.start, CORRIDOR_CELLS.sideStart, CORRIDOR_CELLS.start, CORRIDOR_CELLS.sideStart]);
    // Eleven moves from the start, eight from the side entrance.
    expect(evaluation.value).toBeCloseTo((0.9 ** 10 + 0.9 ** 7) / 2, 12);
    expect(evaluation.path[0]).toBe(CORRIDOR_CELLS.start);
  });

  it('with an action delay, waits for the first move and carries out each choice that many steps late', () => {
    // A straight corridor, always RIGHT: two waiting steps, then the three moves to the goal.
    const straight = buildGridModel(parseGridSpec({ rows: ['.S..G', '#####'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 }));
    const right = evaluateActor(straight, () => ({ act: () => 1 }), 0.9, 50, 2, createRng(5), { delay: 2 });
    expect(Array.from(right.path)).toEqual([1, 1, 1, 2, 3, 4]);
    expect(right.value).toBeCloseTo(0.9 ** 4, 12);
    // The winding corridor, choosing by the cell it is in: each turn arrives two cells late. At the junction (29)
    // the turn up to the goal comes when it has already walked on to 31, and it paces the prize's corridor for ever.
    const late = evaluateActor(corridors, () => ({ act: toGoal }), 0.9, 50, 2, createRng(5), { delay: 2 });
    expect(Array.from(late.path.slice(0, 18))).toEqual([44, 44, 44, 45, 46, 47, 47, 47, 36, 25, 25, 25, 26, 27, 28, 29, 30, 31]);
    expect(late.value).toBe(0);
    expect(late.success).toBe(0);
  });

  it('counts the episodes that enter a hazard cell, without changing their return', () => {
    // The corridor from the start passes cell 46; the side entrance's path does not.
    const crossing = evaluateActor(corridors, () => ({ act: toGoal }), 0.9, 50, 4, createRng(6), { hazards: [46] });
    expect(crossing.hazard).toBe(1);
    expect(crossing.value).toBeCloseTo(0.9 ** 10, 12);
    const half = evaluateActor(corridors, () => ({ act: toGoal }), 0.9, 50, 4, createRng(6),
      { hazards: [46], starts: [CORRIDOR_CELLS.start, CORRIDOR_CELLS.sideStart] });
    expect(half.hazard).toBe(0.5);
    expect(evaluateActor(corridors, () => ({ act: toGoal }), 0.9, 50, 4, createRng(6)).hazard).toBe(0);
  });

  it('finds the best terminal reward of a world', () => {
    expect(bestTerminalReward(corridors)).toBe(1);
    expect(bestTerminalReward(model)).toBe(1);
  });
});
