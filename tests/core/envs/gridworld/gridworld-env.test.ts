// GridworldEnv: sampled slips match the exact model, deterministic maps are deterministic, map edits mid-run.
import { describe, it, expect } from 'vitest';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { CLIFF_WALKING, FOUR_ROOMS, OPEN_ROOM, frozenLake } from '../../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng, type Rng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { renderGrid } from './grid-render.ts';

const UP = 0, RIGHT = 1, DOWN = 2, LEFT = 3;

/** Frequency of each next cell over n one-step episodes from the start with one action. */
function nextCellFrequencies(env: GridworldEnv, action: number, n: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    env.reset();
    const obs = env.step(action).obs;
    counts.set(obs, (counts.get(obs) ?? 0) + 1);
  }
  return new Map([...counts].map(([cell, c]) => [cell, c / n]));
}

describe('GridworldEnv', () => {
  it('observes cell indices and acts in four directions', () => {
    const env = new GridworldEnv(parseGridSpec(CLIFF_WALKING), createRng(0));
    expect(env.observationSpace).toEqual(discrete(48));
    expect(env.actionSpace).toEqual(discrete(4));
    expect(env.reset()).toBe(36);
    expect(env.view()).toMatchObject({ kind: 'grid', agent: 36 });
  });

  it('slips from the FrozenLake start with the model frequencies (1/3 each)', () => {
    const env = new GridworldEnv(parseGridSpec(frozenLake('4x4', true)), createRng(1));
    // Action down from cell 0: down to 4, right to 1, left bumps the border and stays at 0.
    const f = nextCellFrequencies(env, DOWN, 30_000);
    expect([...f.keys()].sort((a, b) => a - b)).toEqual([0, 1, 4]);
    // Standard error of each frequency ≈ 0.0027.
    for (const p of f.values()) expect(Math.abs(p - 1 / 3)).toBeLessThan(0.015);
  });

  it('slips with probability slip/2 to each side for a custom slip', () => {
    const spec = { stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0.2,
      rows: ['.....', '..~..', '.~s~.', '..~..', '....G'] };
    const env = new GridworldEnv(parseGridSpec(spec), createRng(2));
    const f = nextCellFrequencies(env, UP, 30_000);
    // From 12 (row 2, column 2): up to 7 w.p. 0.8, right to 13 and left to 11 w.p. 0.1 each.
    expect(Math.abs((f.get(7) ?? 0) - 0.8)).toBeLessThan(0.012);
    expect(Math.abs((f.get(13) ?? 0) - 0.1)).toBeLessThan(0.01);
    expect(Math.abs((f.get(11) ?? 0) - 0.1)).toBeLessThan(0.01);
    expect(f.size).toBe(3);
  });

  it('is deterministic on maps without ice, whatever the seed, and never draws from its rng', () => {
    const actions = [RIGHT, RIGHT, DOWN, DOWN, LEFT, UP, RIGHT, DOWN, DOWN, DOWN, RIGHT, RIGHT, UP];
    const run = (rng: Rng) => {
      const env = new GridworldEnv(parseGridSpec(FOUR_ROOMS), rng);
      env.reset();
      return actions.map((a) => ({ ...env.step(a), info: undefined }));
    };
    const refuse = () => { throw new Error('a deterministic map drew a random number'); };
    const noRng: Rng = { path: 'none', uniform: refuse, int: refuse, normal: refuse, fork: refuse };
    expect(run(createRng(1))).toEqual(run(createRng(2)));
    expect(run(noRng)).toEqual(run(createRng(1)));
  });

  it('ends the episode on reaching the goal', () => {
    const env = new GridworldEnv(parseGridSpec(CLIFF_WALKING), createRng(3));
    env.reset();
    const rewards: number[] = [];
    let last = env.step(UP);
    rewards.push(last.reward);
    for (let i = 0; i < 11; i++) { last = env.step(RIGHT); rewards.push(last.reward); }
    expect(last.terminated).toBe(false);
    last = env.step(DOWN);
    expect([last.obs, last.reward, last.terminated, last.truncated]).toEqual([47, -1, true, false]);
    expect(rewards.every((r) => r === -1)).toBe(true);
  });
});

describe('GridworldEnv.setLayout', () => {
  const withWallAt = (row: number, col: number) => {
    const rows = [...OPEN_ROOM.rows];
    rows[row] = rows[row].slice(0, col) + '#' + rows[row].slice(col + 1);
    return parseGridSpec({ ...OPEN_ROOM, rows });
  };

  it('keeps the agent where it is when its cell stays open, with the new walls in force', () => {
    const env = new GridworldEnv(parseGridSpec(OPEN_ROOM), createRng(4));
    env.reset();
    env.step(RIGHT);
    env.step(RIGHT);
    env.setLayout(withWallAt(0, 3));
    expect(renderGrid(env.layout, { [env.agentCell]: 'A' }).slice(0, 2)).toEqual(['S.A#....', '........']);
    expect(env.step(RIGHT).obs).toBe(2);
  });

  it('moves the agent to the start when its cell became a wall', () => {
    const env = new GridworldEnv(parseGridSpec(OPEN_ROOM), createRng(5));
    env.reset();
    env.step(RIGHT);
    env.step(DOWN);
    expect(env.agentCell).toBe(9);
    env.setLayout(withWallAt(1, 1));
    expect(env.agentCell).toBe(0);
    expect(env.view().agent).toBe(0);
  });

  it('rejects a map of another size', () => {
    const env = new GridworldEnv(parseGridSpec(OPEN_ROOM), createRng(6));
    expect(() => env.setLayout(parseGridSpec(CLIFF_WALKING))).toThrow(RangeError);
    expect(env.layout.width).toBe(8);
  });
});
