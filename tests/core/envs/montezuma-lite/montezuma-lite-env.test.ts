// Montezuma-lite: the three rooms, the locked door, the key, coins paid once, the treasure ending the episode,
// restoring a saved state, the cell description Go-Explore uses, and the env contract.
import { describe, expect, it } from 'vitest';
import {
  COIN_REWARD, MontezumaLiteEnv, montezumaCell, parseMontezumaMap,
} from '../../../../src/core/envs/montezuma-lite/montezuma-lite-env.ts';
import { describeEnvContract } from '../env-contract.ts';

describeEnvContract('MontezumaLiteEnv', () => new MontezumaLiteEnv());

const UP = 0; const RIGHT = 1; const DOWN = 2; const LEFT = 3;

function walk(env: MontezumaLiteEnv, moves: number[]): { reward: number; terminated: boolean } {
  let reward = 0;
  let terminated = false;
  for (const m of moves) {
    const r = env.step(m);
    reward += r.reward;
    terminated = r.terminated;
  }
  return { reward, terminated };
}

describe('MontezumaLiteEnv', () => {
  it('splits the map into three rooms: start and key left, coins and door middle, treasure right', () => {
    const env = new MontezumaLiteEnv();
    const { room, width, cells } = env.layout;
    expect(new Set(room).size).toBe(3);
    expect(room[env.layout.start]).toBe(0);
    expect(room[cells.indexOf('K')]).toBe(0);
    env.layout.coins.forEach((c) => expect(room[c]).toBe(1));
    expect(room[cells.indexOf('D')]).toBe(1);
    expect(room[cells.indexOf('T')]).toBe(2);
    expect(width).toBe(23);
    expect(env.view()).toMatchObject({ kind: 'montezuma-lite', room: 0, hasKey: false });
    expect(() => parseMontezumaMap(['####', '#S.#', '####'])).toThrow(RangeError);
  });

  it('keeps the door shut without the key and opens it with the key; the treasure pays 1 and ends', () => {
    const env = new MontezumaLiteEnv();
    env.reset();
    // From S (row 2, col 2): down to the doorway row, east through the doorway to the door at column 14.
    walk(env, [DOWN, ...Array(11).fill(RIGHT)]);
    expect(env.view().agent).toBe(3 * 23 + 13);
    walk(env, [RIGHT]);
    expect(env.view().agent).toBe(3 * 23 + 13);
    // Fetch the key (row 5, col 1), come back and pass.
    env.reset();
    const toKey = [DOWN, DOWN, DOWN, LEFT];
    walk(env, toKey);
    expect(env.view().hasKey).toBe(true);
    const back = [UP, UP, ...Array(12).fill(RIGHT)];
    walk(env, back);
    expect(env.view().agent).toBe(3 * 23 + 13);
    const through = walk(env, Array(7).fill(RIGHT));
    expect(through).toEqual({ reward: 1, terminated: true });
  });

  it('pays each coin once, and restores a saved state exactly', () => {
    const env = new MontezumaLiteEnv();
    env.reset();
    // The coin at row 3, column 12 lies on the way east.
    const first = walk(env, [DOWN, ...Array(10).fill(RIGHT)]);
    expect(first.reward).toBeCloseTo(COIN_REWARD, 12);
    const saved = env.step(LEFT).obs;
    expect(walk(env, [RIGHT, LEFT, RIGHT]).reward).toBe(0);
    env.restore(saved);
    expect(env.view().coinsLeft).not.toContain(3 * 23 + 12);
    expect(env.step(RIGHT).reward).toBe(0);
    expect(() => env.restore(-1)).toThrow(RangeError);
  });

  it('describes a state as room, downscaled position and key', () => {
    const env = new MontezumaLiteEnv();
    const start = env.reset();
    expect(montezumaCell(env, start, 2, true)).toBe('0:1,1:-');
    expect(montezumaCell(env, start, 1, false)).toBe('0:2,2');
    const withKey = env.encode(env.decode(start).cell, true, 0);
    expect(montezumaCell(env, withKey, 2, true)).toBe('0:1,1:key');
  });
});
