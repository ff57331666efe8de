// The "Play yourself" bookkeeping: the human meets run 0's bandit (same means, same reward draws), and regret,
// % optimal, sample means and "start over" are checked by hand on fixed bandits.
import { describe, it, expect } from 'vitest';
import { findDemo } from '../../../src/demos/registry.ts';
import { createRun } from '../../../src/engine/run.ts';
import type { AnyDemo } from '../../../src/demos/demo-spec.ts';
import { BernoulliBandit, GaussianBandit, type BanditView } from '../../../src/core/envs/bandits/bandit-env.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { HumanPlayer, banditInstanceKey, createHumanPlayer } from '../../../src/ui/bandit/human-player.ts';

const testbed = findDemo('ten-armed-testbed')!;

describe('the human plays run 0’s bandit', () => {
  it.each([1, 7, 123456])('has the same true means as every agent’s run 0 (seed %i)', (seed) => {
    const run = createRun(testbed, {}, seed, { runs: 1 });
    const player = createHumanPlayer(testbed, {}, seed)!;
    for (const agentId of run.agentIds) {
      expect(player.truth.means).toEqual((run.view(agentId).env as BanditView).means);
    }
    expect(player.truth.optimalArm).toBe((run.view(run.agentIds[0]).env as BanditView).optimalArm);
    run.dispose();
  });

  it('follows non-default params (arms, qStarMean) like the run does', () => {
    const params = { arms: 25, qStarMean: 4 };
    const run = createRun(testbed, params, 9, { runs: 3 });
    const player = createHumanPlayer(testbed, params, 9)!;
    expect(player.arms).toBe(25);
    expect(player.truth.means).toEqual((run.view('greedy', 0).env as BanditView).means);
    expect(player.truth.means).not.toEqual((run.view('greedy', 1).env as BanditView).means);
    run.dispose();
  });

  it('meets the same reward draws as the agent, pull by pull', () => {
    // Gaussian rewards are q*(arm) + z_t with z_t from the env stream: the noise z_t must match step for step.
    const seed = 42;
    const steps = 30;
    const run = createRun(testbed, {}, seed, { runs: 1, agents: ['epsilon-greedy'] });
    run.step(steps);
    const reward = run.series('epsilon-greedy', 'bandit/reward').mean;
    const regret = run.series('epsilon-greedy', 'bandit/regret').mean;
    const player = createHumanPlayer(testbed, {}, seed)!;
    const means = player.truth.means;
    const best = Math.max(...means);
    for (let t = 0; t < steps; t++) {
      // The agent's pulled arm has mean best − (regret increase) at step t.
      const agentMean = best - (regret[t] - (t > 0 ? regret[t - 1] : 0));
      const arm = t % means.length;
      const humanReward = player.pull(arm);
      expect(humanReward - means[arm]).toBeCloseTo(reward[t] - agentMean, 9);
    }
    run.dispose();
  });

  it('keeps the instance key across a live control but not across arms or seed', () => {
    const base = banditInstanceKey(testbed, {}, 3);
    expect(base).not.toBeNull();
    expect(banditInstanceKey(testbed, { epsilon: 0.3, alpha: 0.5 }, 3)).toBe(base);
    expect(banditInstanceKey(testbed, { arms: 11 }, 3)).not.toBe(base);
    expect(banditInstanceKey(testbed, {}, 4)).not.toBe(base);
  });

  it('refuses demos whose env is not a bandit', () => {
    expect(createHumanPlayer(findDemo('cliff-walking')!, {}, 1)).toBeNull();
    expect(banditInstanceKey(findDemo('cliff-walking')!, {}, 1)).toBeNull();
  });
});

describe('HumanPlayer bookkeeping', () => {
  // Arms 1 and 3 tie for the best mean 2 (both count as optimal).
  const gaussian = () => new HumanPlayer(() => new GaussianBandit(Float64Array.from([1, 2, 0.5, 2]), createRng('hand')));

  it('adds up regret best − pulled mean and counts optimal pulls', () => {
    const player = gaussian();
    const pulls = [0, 2, 1, 3, 0];
    // Regret per pull: 1, 1.5, 0, 0, 1.
    const expectedRegret = [1, 2.5, 2.5, 2.5, 3.5];
    const expectedOptimal = [0, 0, 1, 2, 2];
    pulls.forEach((arm, t) => {
      player.pull(arm);
      const s = player.stats();
      expect(s.pulls).toBe(t + 1);
      expect(s.regret).toBeCloseTo(expectedRegret[t], 12);
      expect(s.optimalPulls).toBe(expectedOptimal[t]);
    });
    const s = player.stats();
    expect(s.optimalFraction).toBeCloseTo(2 / 5, 12);
    expect(s.pullsPerArm).toEqual([2, 1, 1, 1]);
  });

  it('sums rewards and keeps per-arm sample means (Bernoulli arms paying 0 and 1 for sure)', () => {
    // p = 0 never pays and p = 1 always pays (uniform draws lie in [0, 1)).
    const player = new HumanPlayer(() => new BernoulliBandit(Float64Array.from([0, 1, 0.5]), createRng('coin')));
    expect(player.stats()).toMatchObject({ pulls: 0, totalReward: 0, averageReward: 0, regret: 0, optimalFraction: 0, lastPull: null });
    expect(player.stats().sampleMeans).toEqual([null, null, null]);
    expect([1, 1, 0, 1].map((arm) => player.pull(arm))).toEqual([1, 1, 0, 1]);
    const s = player.stats();
    expect(s.totalReward).toBe(3);
    expect(s.averageReward).toBe(0.75);
    expect(s.regret).toBe(1);
    expect(s.optimalFraction).toBe(0.75);
    expect(s.sampleMeans).toEqual([0, 1, null]);
    expect(s.lastPull).toEqual({ arm: 1, reward: 1 });
  });

  it('refuses arms out of range', () => {
    const player = gaussian();
    expect(() => player.pull(4)).toThrow(RangeError);
    expect(() => player.pull(-1)).toThrow(RangeError);
    expect(() => player.pull(1.5)).toThrow(RangeError);
    expect(player.stats().pulls).toBe(0);
  });

  it('starts over on the same instance, with the same rewards again', () => {
    const player = createHumanPlayer(testbed, {}, 5)!;
    const sequence = [0, 3, 3, 7, 9, 1];
    const first = sequence.map((arm) => player.pull(arm));
    const means = [...player.truth.means];
    player.startOver();
    expect(player.stats()).toMatchObject({ pulls: 0, totalReward: 0, averageReward: 0, regret: 0, optimalPulls: 0, lastPull: null });
    expect(player.stats().pullsPerArm).toEqual(new Array(10).fill(0));
    expect(player.stats().sampleMeans).toEqual(new Array(10).fill(null));
    expect(player.truth.means).toEqual(means);
    expect(sequence.map((arm) => player.pull(arm))).toEqual(first);
    // Regret restarts from 0 too (the env's running total is rebuilt).
    const best = Math.max(...means);
    const expected = sequence.reduce((sum, arm) => sum + best - means[arm], 0);
    expect(player.stats().regret).toBeCloseTo(expected, 12);
  });
});

// A demo stand-in with a fixed bandit, to show createHumanPlayer only asks the demo for its env.
describe('createHumanPlayer with a custom bandit demo', () => {
  it('plays whatever bandit the demo builds from the run-0 stream', () => {
    const demo = { ...testbed, env: (_p: unknown, rng: Parameters<AnyDemo['env']>[1]) => BernoulliBandit.uniform(4, rng) } as AnyDemo;
    const player = createHumanPlayer(demo, {}, 11)!;
    const expected = BernoulliBandit.uniform(4, createRng(11).fork('run:0').fork('env')).view();
    expect(player.truth).toEqual(expected);
  });
});
