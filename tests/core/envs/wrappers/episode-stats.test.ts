// EpisodeStats: 'episode/return' and 'episode/length' on the final step, hand-computed on cliff walking.
import { describe, it, expect } from 'vitest';
import { EpisodeStats } from '../../../../src/core/envs/wrappers/episode-stats.ts';
import { TimeLimit } from '../../../../src/core/envs/wrappers/time-limit.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { CLIFF_WALKING } from '../../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

const UP = 0, RIGHT = 1, DOWN = 2;
const SAFE_PATH = [UP, ...Array<number>(11).fill(RIGHT), DOWN];
const cliffEnv = () => new GridworldEnv(parseGridSpec(CLIFF_WALKING), createRng(0));

describe('EpisodeStats', () => {
  it('writes return −13 and length 13 on the last step of the safe cliff path, not before', () => {
    const env = new EpisodeStats(cliffEnv());
    env.reset();
    for (const a of SAFE_PATH.slice(0, -1)) {
      const r = env.step(a);
      expect(r.terminated).toBe(false);
      expect(r.info['episode/return']).toBeUndefined();
    }
    const last = env.step(DOWN);
    expect(last.terminated).toBe(true);
    expect(last.info['episode/return']).toBe(-13);
    expect(last.info['episode/length']).toBe(13);
    expect(env.episodes).toBe(1);
  });

  it('starts counting afresh after reset: a fall into the cliff first gives −100 − 13 over 14 steps', () => {
    const env = new EpisodeStats(cliffEnv());
    env.reset();
    for (const a of SAFE_PATH) env.step(a);
    env.reset();
    const fall = env.step(RIGHT);
    expect([fall.obs, fall.reward, fall.terminated]).toEqual([36, -100, false]);
    let last = fall;
    for (const a of SAFE_PATH) last = env.step(a);
    expect(last.info['episode/return']).toBe(-113);
    expect(last.info['episode/length']).toBe(14);
    expect(env.episodes).toBe(2);
  });

  it('also records truncated episodes', () => {
    const env = new EpisodeStats(new TimeLimit(cliffEnv(), 5));
    env.reset();
    let last = env.step(UP);
    for (let i = 0; i < 4; i++) last = env.step(UP);
    expect([last.terminated, last.truncated]).toEqual([false, true]);
    expect(last.info['episode/return']).toBe(-5);
    expect(last.info['episode/length']).toBe(5);
  });
});
