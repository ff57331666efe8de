// The goal-conditioned return: the all-goals Q update by hand, greedy acting on it, and Go-Explore returning by
// policy on Montezuma-lite (seeded): the returns arrive more often as the policy learns, and the treasure is found.
import { describe, expect, it } from 'vitest';
import { GoalConditionedReturn } from '../../../../src/core/algorithms/go-explore/goal-conditioned-return.ts';
import { GoExplorePhase1 } from '../../../../src/core/algorithms/go-explore/go-explore-phase1.ts';
import { DEFAULT_SELECTION } from '../../../../src/core/algorithms/go-explore/cell-archive.ts';
import { MontezumaLiteEnv, montezumaCell } from '../../../../src/core/envs/montezuma-lite/montezuma-lite-env.ts';
import { spaceSize } from '../../../../src/core/spaces/space.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

describe('goal-conditioned return', () => {
  it('updates every goal from one transition: reward 1 for the goal reached, a bootstrap for the others', () => {
    // Three states in a row, each its own cell; two actions.
    const policy = new GoalConditionedReturn(3, 2, (s) => `c${s}`, { alpha: 0.5, gamma: 0.9, epsilon: 0 });
    policy.addGoal('c1');
    policy.addGoal('c2');
    policy.observe(1, 1, 2, false); // Q(1, c2, 1) = 0.5·1; Q(1, c1, 1) = 0.5·(0 + 0.9·0)
    expect(policy.values('c2', 1)![1]).toBeCloseTo(0.5, 6);
    expect(policy.values('c1', 1)![1]).toBe(0);
    policy.observe(0, 1, 1, false); // Q(0, c2, 1) = 0.5·(0 + 0.9·max Q(1, c2, ·)) = 0.5·0.45
    expect(policy.values('c2', 0)![1]).toBeCloseTo(0.225, 6);
    expect(policy.values('c1', 0)![1]).toBeCloseTo(0.5, 6);
    // An episode that ends at s′ is not bootstrapped for any goal.
    policy.observe(0, 0, 1, true);
    expect(policy.values('c2', 0)![0]).toBe(0);
    expect(policy.act(0, 'c2', createRng(1))).toBe(1);
    expect(policy.values('c9', 0)).toBeNull();
  });

  it('lets Go-Explore walk back by policy on Montezuma-lite: returns arrive more often, and the treasure is found (seed 1)', () => {
    const world = new MontezumaLiteEnv();
    const go = new GoExplorePhase1(
      world, (s) => montezumaCell(world, s, 2, true), 4, createRng(1),
      { exploreSteps: 50, meanRepeat: 4, returnMode: 'policy', weights: DEFAULT_SELECTION }, undefined, spaceSize(world.observationSpace),
    );
    for (let i = 0; i < 200; i++) go.iterate();
    const early = go.returnsReached / go.returnsTried;
    const [tried, reached] = [go.returnsTried, go.returnsReached];
    for (let i = 0; i < 1000 && !(go.archive.best()?.terminal); i++) go.iterate();
    for (let i = 0; i < 800; i++) go.iterate();
    const late = (go.returnsReached - reached) / (go.returnsTried - tried);
    expect(go.archive.best()?.terminal).toBe(true);
    expect(late).toBeGreaterThan(early);
    expect(late).toBeGreaterThan(0.8);
  });
});
