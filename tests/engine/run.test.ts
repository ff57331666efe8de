// The run engine: reproducible from a seed, common random numbers across agents, live vs rebuilding params,
// markers, incremental updates that add up to the full series.
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { ParamsError } from '../../src/demos/control-spec.ts';
import type { BanditView } from '../../src/core/envs/bandits/bandit-env.ts';

const testbed = findDemo('ten-armed-testbed')!;
const cliff = findDemo('cliff-walking')!;

describe('createRun', () => {
  it('gives identical series for the same seed and different ones for another seed', () => {
    const a = createRun(testbed, {}, 7, { runs: 3 });
    const b = createRun(testbed, {}, 7, { runs: 3 });
    const c = createRun(testbed, {}, 8, { runs: 3 });
    [a, b, c].forEach((r) => r.step(200));
    expect(a.series('ucb1', 'bandit/reward')).toEqual(b.series('ucb1', 'bandit/reward'));
    expect(a.series('ucb1', 'bandit/reward').mean).not.toEqual(c.series('ucb1', 'bandit/reward').mean);
  });

  it('gives every agent of a run the same bandit problem (common random numbers), and each run its own', () => {
    const run = createRun(testbed, {}, 3, { runs: 2 });
    const means = (agent: string, r: number) => (run.view(agent, r).env as BanditView).means;
    expect(means('greedy', 0)).toEqual(means('thompson', 0));
    expect(means('greedy', 0)).not.toEqual(means('greedy', 1));
  });

  it('keeps an agent’s curve when other agents join the comparison', () => {
    const alone = createRun(testbed, {}, 5, { agents: ['epsilon-greedy'] });
    const together = createRun(testbed, {}, 5, { agents: ['greedy', 'epsilon-greedy', 'thompson'] });
    alone.step(300);
    together.step(300);
    expect(together.series('epsilon-greedy', 'bandit/regret')).toEqual(alone.series('epsilon-greedy', 'bandit/regret'));
  });

  it('refuses unknown agents and impossible run counts with the valid choices', () => {
    expect(() => createRun(testbed, {}, 1, { agents: ['sarsa'] })).toThrow(/unknown agent 'sarsa'.*valid: greedy, epsilon-greedy/);
    expect(() => createRun(testbed, {}, 1, { runs: 0 })).toThrow(ParamsError);
    expect(() => createRun(testbed, { epsilon: 2 }, 1)).toThrow(/epsilon must lie between 0 and 0.5/);
  });
});

describe('Run.setParams', () => {
  it('applies live controls without losing what was learned, and leaves a marker', () => {
    const run = createRun(cliff, {}, 1, { agents: ['q-learning'] });
    run.step(500);
    const before = run.view('q-learning').agent.actionValues!;
    expect(run.setParams({ epsilon: 0.05 })).toEqual({ rebuilt: false });
    expect(run.view('q-learning').agent.actionValues).toEqual(before);
    expect(run.ticks).toBe(500);
    expect(run.markers).toEqual([{ tick: 500, episodes: { 'q-learning': run.progress()[0].episodes }, key: 'epsilon', value: 0.05 }]);
    expect(run.params.epsilon).toBe(0.05);
  });

  it('rebuilds the run from its seed when a non-live control changes', () => {
    const run = createRun(testbed, {}, 1, { agents: ['greedy'] });
    run.step(100);
    expect(run.setParams({ arms: 5 })).toEqual({ rebuilt: true });
    expect(run.ticks).toBe(0);
    expect((run.view('greedy').env as BanditView).means).toHaveLength(5);
    expect(run.series('greedy', 'bandit/reward').mean).toEqual([]);
  });

  it('does nothing for an unchanged value and refuses a bad one', () => {
    const run = createRun(cliff, {}, 1);
    expect(run.setParams({ epsilon: 0.1 })).toEqual({ rebuilt: false });
    expect(run.markers).toEqual([]);
    expect(() => run.setParams({ alpha: -1 })).toThrow(ParamsError);
    expect(run.params.alpha).toBe(0.5);
  });
});

describe('Run series and updates', () => {
  it('streams batches that add up to the full series', () => {
    const run = createRun(testbed, {}, 2, { runs: 2, agents: ['ucb1'] });
    const streamed: number[] = [];
    for (let i = 0; i < 5; i++) {
      run.step(37);
      for (const u of run.takeUpdates()) {
        if (u.metric !== 'bandit/reward') continue;
        expect(u.start).toBe(streamed.length);
        streamed.push(...u.summary.mean);
      }
    }
    expect(streamed).toEqual(run.series('ucb1', 'bandit/reward').mean);
    expect(streamed).toHaveLength(185);
    expect(run.takeUpdates()).toEqual([]);
  });

  it('runs episodic demos to an episode count and reports one point per episode', () => {
    const run = createRun(cliff, {}, 4, { runs: 3, agents: ['sarsa'] });
    expect(run.runEpisodes(20)).toBe(true);
    const returns = run.series('sarsa', 'episode/return');
    expect(returns.mean.length).toBeGreaterThanOrEqual(20);
    expect(run.progress()[0]).toMatchObject({ id: 'sarsa', kind: 'learner' });
    expect(run.progress()[0].episodes).toBeGreaterThanOrEqual(20);
    // Every cliff episode pays at least 13 steps of −1.
    returns.mean.forEach((r, i) => {
      expect(r).toBeLessThanOrEqual(-13);
      expect(returns.lo[i]).toBeLessThanOrEqual(r);
      expect(returns.hi[i]).toBeGreaterThanOrEqual(r);
    });
  });

  it('summarises itself in a serialisable snapshot', () => {
    const run = createRun(cliff, {}, 9, { runs: 2, agents: ['q-learning'] });
    run.step(120);
    run.setParams({ alpha: 0.3 });
    const snapshot = run.snapshot();
    expect(structuredClone(snapshot)).toEqual(snapshot);
    expect(snapshot).toMatchObject({
      demoId: 'cliff-walking', seed: 9, runs: 2, ticks: 120, params: { alpha: 0.3, epsilon: 0.1 },
      markers: [{ tick: 120, key: 'alpha', value: 0.3, episodes: { 'q-learning': run.progress()[0].episodes } }],
      agents: [{ id: 'q-learning', kind: 'learner', steps: 120, metrics: ['episode/return', 'episode/length', 'value/start'] }],
    });
  });

  it('reports a step cap that stops episodes from finishing', () => {
    const run = createRun(cliff, { epsilon: 0 }, 1, { agents: ['q-learning'] });
    expect(run.runEpisodes(1000, 50)).toBe(false);
  });
});
