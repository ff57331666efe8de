// Goal reliability: an episode counts when it ends at the best-paying goal (not the small one, not cut by a time
// limit); the first episode by which 18 of the last 20 did is reported once and kept; the view is the grid's.
import { describe, expect, it } from 'vitest';
import { GoalReliability } from '../../../../src/core/envs/gridworld/goal-reliability.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

// A small goal (0.3) left of the start, the goal worth 1 two steps right.
const LAYOUT = parseGridSpec({
  rows: ['GS.G', '####'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0, goalRewards: [[0, 0.3]],
});
const LEFT = 3; const RIGHT = 1;

function episode(env: GoalReliability, moves: number[]): void {
  env.reset();
  for (const m of moves) env.step(m);
}

describe('GoalReliability', () => {
  it('reports the episode by which 18 of the last 20 ended at the best goal', () => {
    const env = new GoalReliability(new GridworldEnv(LAYOUT, createRng(1)));
    expect(env.view()).toMatchObject({ kind: 'grid', firstSuccess: null, recentShare: 0 });
    // Five episodes at the small goal, one cut short (never ends), then the big goal every time.
    for (let i = 0; i < 5; i++) episode(env, [LEFT]);
    episode(env, [RIGHT]);
    for (let i = 0; i < 17; i++) episode(env, [RIGHT, RIGHT]);
    // Each reset records the episode before it. Starting episode 24 records 23: of episodes 4–23, 17 at the big goal.
    episode(env, [RIGHT, RIGHT]);
    expect(env.view().firstSuccess).toBeNull();
    expect(env.view().recentShare).toBeCloseTo(17 / 20, 12);
    // Starting episode 25 records 24: 18 of episodes 5–24.
    episode(env, [LEFT]);
    expect(env.view().firstSuccess).toBe(24);
    for (let i = 0; i < 21; i++) episode(env, [LEFT]);
    expect(env.view()).toMatchObject({ firstSuccess: 24, recentShare: 0 });
  });

  it('passes the model and layout through, so planners and encoders see the grid', () => {
    const inner = new GridworldEnv(LAYOUT, createRng(1));
    const env = new GoalReliability(inner);
    expect(env.model).toBe(inner.model);
    expect(env.layout).toBe(inner.layout);
    expect(env.observationSpace).toBe(inner.observationSpace);
  });
});
