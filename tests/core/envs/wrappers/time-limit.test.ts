// TimeLimit: truncates (never terminates) after maxSteps, unless the inner env terminated on that very step.
import { describe, it, expect } from 'vitest';
import { TimeLimit } from '../../../../src/core/envs/wrappers/time-limit.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { OPEN_ROOM } from '../../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

const UP = 0, RIGHT = 1;
const flags = (r: { terminated: boolean; truncated: boolean }) => [r.terminated, r.truncated];
const corridor = () => parseGridSpec({ stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0, rows: ['S.G', '...'] });

describe('TimeLimit', () => {
  it('truncates on step maxSteps and not before', () => {
    const env = new TimeLimit(new GridworldEnv(parseGridSpec(OPEN_ROOM), createRng(1)), 3);
    env.reset();
    expect(flags(env.step(UP))).toEqual([false, false]);
    expect(flags(env.step(UP))).toEqual([false, false]);
    expect(flags(env.step(UP))).toEqual([false, true]);
  });

  it('restarts the count on reset', () => {
    const env = new TimeLimit(new GridworldEnv(parseGridSpec(OPEN_ROOM), createRng(2)), 2);
    env.reset();
    env.step(UP);
    expect(env.step(UP).truncated).toBe(true);
    env.reset();
    expect(env.step(UP).truncated).toBe(false);
    expect(env.step(UP).truncated).toBe(true);
  });

  it('reports termination, not truncation, when the goal is reached on the last allowed step', () => {
    const env = new TimeLimit(new GridworldEnv(corridor(), createRng(3)), 3);
    env.reset();
    env.step(UP); // bumps the border
    env.step(RIGHT);
    const last = env.step(RIGHT);
    expect([last.obs, last.reward]).toEqual([2, 1]);
    expect(flags(last)).toEqual([true, false]);
  });

  it('passes spaces and view through, and follows a changed maxSteps', () => {
    const inner = new GridworldEnv(parseGridSpec(OPEN_ROOM), createRng(4));
    const env = new TimeLimit(inner, 10);
    expect(env.observationSpace).toBe(inner.observationSpace);
    expect(env.actionSpace).toBe(inner.actionSpace);
    expect(env.reset()).toBe(0);
    env.step(RIGHT);
    expect(env.view()).toEqual(inner.view());
    env.maxSteps = 2;
    expect(env.step(RIGHT).truncated).toBe(true);
  });
});
