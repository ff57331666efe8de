// Deep Sea against bsuite's definition: the per-cell action mapping, one row per step, the move cost 0.01/N, +1 for
// "right" in the bottom-right cell, N-step episodes, optimal return 0.99; windy moves; the exact model agrees with
// the env; the episode-end info (success, first success, cells visited, regret).
import { describe, expect, it } from 'vitest';
import { DeepSeaEnv, drawActionMapping, type DeepSeaSpec } from '../../../../src/core/envs/deep-sea/deep-sea-env.ts';
import { deepSeaModel, deepSeaOptimalReturn } from '../../../../src/core/envs/deep-sea/deep-sea-model.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { describeEnvContract } from '../env-contract.ts';

const spec = (size: number, extra: Partial<DeepSeaSpec> = {}): DeepSeaSpec => ({ size, randomize: true, windy: false, ...extra });

describeEnvContract('DeepSeaEnv (N 6, random mapping)', (seed) => new DeepSeaEnv(spec(6), createRng(seed)));
describeEnvContract('DeepSeaEnv (N 5, windy)', (seed) => new DeepSeaEnv(spec(5, { windy: true }), createRng(seed)));

/** Press "right" (or "left") in every cell, whatever the mapping; returns the rewards and observations. */
function walk(env: DeepSeaEnv, rightEvery: (step: number) => boolean) {
  const n = env.spec.size;
  let obs = env.reset();
  const rewards: number[] = [];
  const cells: number[] = [obs];
  for (let t = 0; t < n; t++) {
    const right = env.rightAction[obs];
    const r = env.step(rightEvery(t) ? right : 1 - right);
    rewards.push(r.reward);
    obs = r.obs;
    cells.push(obs);
    expect(r.terminated).toBe(t === n - 1);
    expect(r.truncated).toBe(false);
  }
  return { rewards, cells };
}

describe('DeepSeaEnv', () => {
  it('has N²+1 states and two actions, and falls one row per step', () => {
    const env = new DeepSeaEnv(spec(5), createRng(1));
    expect(env.observationSpace).toEqual(discrete(26));
    expect(env.actionSpace).toEqual(discrete(2));
    const { cells } = walk(env, () => false);
    // Always left: column 0 all the way down, then the end state.
    expect(cells).toEqual([0, 5, 10, 15, 20, 25]);
  });

  it('pays −0.01/N per right move and +1 for right in the bottom-right cell: the all-right return is 0.99', () => {
    const env = new DeepSeaEnv(spec(8), createRng(2));
    const { rewards, cells } = walk(env, () => true);
    expect(cells.slice(0, 8)).toEqual([0, 9, 18, 27, 36, 45, 54, 63]);
    rewards.slice(0, 7).forEach((r) => expect(r).toBeCloseTo(-0.01 / 8, 12));
    expect(rewards[7]).toBeCloseTo(1 - 0.01 / 8, 12);
    expect(rewards.reduce((a, b) => a + b, 0)).toBeCloseTo(0.99, 12);
    expect(env.optimalReturn).toBeCloseTo(0.99, 12);
  });

  it('one left move anywhere loses the treasure; left at column 0 stays at column 0', () => {
    const env = new DeepSeaEnv(spec(6), createRng(3));
    const { rewards } = walk(env, (t) => t !== 2);
    expect(rewards.some((r) => r > 0)).toBe(false);
  });

  it('draws the mapping per cell, about half each way, and uses action 1 as right without randomisation', () => {
    const mapping = drawActionMapping(spec(40), createRng(4));
    const ones = mapping.reduce((a, b) => a + b, 0);
    expect(ones / 1600).toBeGreaterThan(0.45);
    expect(ones / 1600).toBeLessThan(0.55);
    expect(Array.from(drawActionMapping(spec(4, { randomize: false }), createRng(4))).every((a) => a === 1)).toBe(true);
    // The mapping is the env's own stream: the same seed gives the same mapping.
    expect(Array.from(new DeepSeaEnv(spec(7), createRng(9)).rightAction)).toEqual(Array.from(new DeepSeaEnv(spec(7), createRng(9)).rightAction));
  });

  it('reports success, the first success, cells visited and the regret at each episode’s end', () => {
    const env = new DeepSeaEnv(spec(4), createRng(5));
    const episode = (right: boolean) => {
      let obs = env.reset();
      let info: Record<string, number | undefined> = {};
      for (let t = 0; t < 4; t++) {
        const r = env.step(right ? env.rightAction[obs] : 1 - env.rightAction[obs]);
        obs = r.obs;
        if (r.terminated) info = { ...r.info };
      }
      return info;
    };
    const first = episode(false);
    expect(first['explore/success']).toBe(0);
    expect(first['explore/first-success-episode']).toBeUndefined();
    expect(first['explore/states-visited']).toBe(4);
    expect(first['explore/cumulative-regret']).toBeCloseTo(0.99, 12);
    const second = episode(true);
    expect(second['explore/success']).toBe(1);
    expect(second['explore/first-success-episode']).toBe(2);
    // The diagonal adds 3 new cells (the start is shared).
    expect(second['explore/states-visited']).toBe(7);
    expect(second['explore/cumulative-regret']).toBeCloseTo(0.99, 12);
    expect(episode(false)['explore/first-success-episode']).toBe(2);
    expect(env.view()).toMatchObject({ kind: 'deep-sea', size: 4, episodes: 3, firstSuccess: 2, row: 4 });
  });

  it('windy: a right move fails with probability 1/N, and the optimal return falls below 0.99', () => {
    const env = new DeepSeaEnv(spec(5, { windy: true }), createRng(6));
    let moved = 0;
    let tries = 0;
    for (let e = 0; e < 4000; e++) {
      env.reset();
      const r = env.step(env.rightAction[0]);
      tries++;
      if (r.obs === 6) moved++;
      for (let t = 1; t < 5; t++) env.step(0);
    }
    expect(moved / tries).toBeGreaterThan(0.78);
    expect(moved / tries).toBeLessThan(0.82);
    expect(env.optimalReturn).toBeLessThan(0.99);
    // The corner is reached only if none of the 4 moves fails: (4/5)^4. The optimal agent presses right only while
    // still on the diagonal (after a failure the treasure is out of reach), so it pays 0.002 per press for
    // 1 + 0.8 + 0.8² + 0.8³ + 0.8⁴ expected presses.
    const presses = [0, 1, 2, 3, 4].reduce((sum, k) => sum + 0.8 ** k, 0);
    expect(env.optimalReturn).toBeCloseTo(0.8 ** 4 - 0.002 * presses, 12);
  });

  it('refuses a size outside 2–40 and a step after the end', () => {
    expect(() => new DeepSeaEnv(spec(1), createRng(1))).toThrow(RangeError);
    expect(() => new DeepSeaEnv(spec(41), createRng(1))).toThrow(RangeError);
    const env = new DeepSeaEnv(spec(2), createRng(1));
    env.reset();
    env.step(0);
    env.step(0);
    expect(() => env.step(0)).toThrow();
  });
});

describe('deepSeaModel', () => {
  it('matches the env transition by transition and gives V* = 0.99 by backward induction', () => {
    const env = new DeepSeaEnv(spec(6), createRng(7));
    const model = deepSeaModel(spec(6), env.rightAction);
    expect(deepSeaOptimalReturn(model)).toBeCloseTo(0.99, 12);
    const rng = createRng(8);
    let obs = env.reset();
    for (let t = 0; t < 600; t++) {
      const a = rng.int(2);
      const base = (obs * 2 + a) * 2;
      const r = env.step(a);
      expect(model.prob[base]).toBe(1);
      expect(model.next[base]).toBe(r.obs);
      expect(model.reward[base]).toBeCloseTo(r.reward, 12);
      expect(model.ends[base]).toBe(r.terminated ? 1 : 0);
      obs = r.terminated ? env.reset() : r.obs;
    }
  });
});
