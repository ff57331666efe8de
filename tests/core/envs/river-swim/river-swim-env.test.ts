// RiverSwim as defined by Osband et al. (2013): left always works (0.005 at the bank), right moves up 0.35 / stays
// 0.6 / slips 0.05 inside (0.4 / 0.6 at the bank, 0.6 stay / 0.4 back at the top, paying 1); H = 5N steps per
// episode, truncated; the best expected return by backward induction; the episode-end info.
import { describe, expect, it } from 'vitest';
import {
  BANK_REWARD, LEFT, RIGHT, RiverSwimEnv, riverSwimModel, riverSwimOptimalReturn,
} from '../../../../src/core/envs/river-swim/river-swim-env.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { describeEnvContract } from '../env-contract.ts';

describeEnvContract('RiverSwimEnv (N 6)', (seed) => new RiverSwimEnv(6, createRng(seed)));

describe('RiverSwimEnv', () => {
  it('has N states, two actions and 5N-step truncated episodes', () => {
    const env = new RiverSwimEnv(4, createRng(1));
    expect([env.observationSpace, env.actionSpace, env.horizon]).toEqual([discrete(4), discrete(2), 20]);
    env.reset();
    for (let t = 1; t <= 20; t++) {
      const r = env.step(LEFT);
      expect([r.obs, r.reward, r.terminated, r.truncated]).toEqual([0, BANK_REWARD, false, t === 20]);
    }
    expect(() => env.step(LEFT)).toThrow();
  });

  it('moves right against the current with the textbook probabilities', () => {
    // A long river (H = 200 steps), so getting to state 2 never runs out of episode.
    const env = new RiverSwimEnv(40, createRng(2));
    const counts = { up: 0, stay: 0, down: 0 };
    const trials = 20_000;
    for (let i = 0; i < trials; i++) {
      env.reset();
      // Swim to state 2 first by the model's own moves: count only the step taken from state 2.
      let obs = 0;
      while (obs !== 2) obs = env.step(obs < 2 ? RIGHT : LEFT).obs;
      const next = env.step(RIGHT).obs;
      if (next === 3) counts.up++;
      else if (next === 2) counts.stay++;
      else counts.down++;
    }
    expect(counts.up / trials).toBeCloseTo(0.35, 1);
    expect(counts.stay / trials).toBeCloseTo(0.6, 1);
    expect(counts.down / trials).toBeCloseTo(0.05, 1);
  });

  it('pays 1 for right at the top, which is reached only by swimming', () => {
    const model = riverSwimModel(3);
    const at = (s: number, a: number, k: number) => (s * 2 + a) * 3 + k;
    expect([model.next[at(2, RIGHT, 0)], model.prob[at(2, RIGHT, 0)], model.reward[at(2, RIGHT, 0)]]).toEqual([2, 0.6, 1]);
    expect([model.next[at(2, RIGHT, 1)], model.prob[at(2, RIGHT, 1)]]).toEqual([1, 0.4]);
    expect([model.next[at(0, RIGHT, 0)], model.prob[at(0, RIGHT, 0)], model.prob[at(0, RIGHT, 1)]]).toEqual([1, 0.4, 0.6]);
    for (let sa = 0; sa < 6; sa++) {
      let total = 0;
      for (let k = 0; k < 3; k++) total += model.prob[sa * 3 + k];
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it('computes the best H-step return by backward induction', () => {
    // With H = 1 the only reward reachable is the bank's.
    expect(riverSwimOptimalReturn(riverSwimModel(4), 1)).toBeCloseTo(BANK_REWARD, 12);
    // N = 2, H = 2: swim right (reaching state 1 with 0.4), then right there pays 1; if still at the bank, left pays
    // 0.005: 0.4·1 + 0.6·0.005.
    expect(riverSwimOptimalReturn(riverSwimModel(2), 2)).toBeCloseTo(0.4 + 0.6 * BANK_REWARD, 12);
    expect(new RiverSwimEnv(6, createRng(1)).optimalReturn).toBeGreaterThan(7);
  });

  it('reports success and the first success at the end of each episode', () => {
    const env = new RiverSwimEnv(2, createRng(3));
    let info: Record<string, number | undefined> = {};
    for (let e = 0; e < 20 && info['explore/first-success-episode'] === undefined; e++) {
      env.reset();
      for (let t = 0; t < env.horizon; t++) {
        const r = env.step(RIGHT);
        if (r.truncated) info = { ...r.info };
      }
    }
    expect(info['explore/success']).toBe(1);
    expect(info['explore/first-success-episode']).toBe(1);
    expect(env.view()).toMatchObject({ kind: 'river-swim', size: 2, firstSuccess: 1 });
  });
});
