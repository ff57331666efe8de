// Agents whose code loads on demand, learn() metrics charted per episode, and a diverging loss that stops the run
// with an explanation while keeping the curves: checked with a small test demo built on cliff walking.
import { describe, expect, it } from 'vitest';
import { defineDemo, defineLoadedAgent } from '../../src/demos/demo-spec.ts';
import { createGridEnv } from '../../src/demos/grid-env.ts';
import { CLIFF_WALKING } from '../../src/core/envs/gridworld/grid-presets.ts';
import { createQLearning } from '../../src/core/agents/tabular/q-learning.ts';
import type { Learner, AgentContext } from '../../src/core/agents/agent.ts';
import type { TabularSettings } from '../../src/core/agents/tabular/tabular-action-values.ts';
import { agentFactory, loadAgentFactories, needsLoading } from '../../src/engine/agent-factories.ts';
import { createRun } from '../../src/engine/run.ts';
import { DivergenceError } from '../../src/engine/lane.ts';

/** Q-learning that reports a made-up loss (its step count, or NaN after `divergeAt` learn calls). */
function lossyQLearning(divergeAt: number) {
  return (ctx: AgentContext, settings: TabularSettings): Learner<TabularSettings> => {
    const inner = createQLearning(ctx, settings);
    let calls = 0;
    return {
      ...inner,
      learn(t) {
        inner.learn(t);
        calls++;
        // Every other step "updates": episodes then have a loss equal to the mean of their odd call counts.
        if (calls >= divergeAt) return { 'loss/td': NaN };
        return calls % 2 === 1 ? { 'loss/td': calls } : {};
      },
    };
  };
}

let loads = 0;
function testDemo(divergeAt = Infinity) {
  return defineDemo({
    id: 'loaded-test', title: 'Test', theme: 'Foundations', summary: 'test', lesson: ['test'],
    controls: [{ key: 'alpha', label: 'α', kind: 'slider', min: 0.1, max: 1, step: 0.1, default: 0.5, live: true, help: 'step size here' }] as const,
    env: (_p, rng) => createGridEnv(CLIFF_WALKING, rng),
    agents: [defineLoadedAgent({
      id: 'lossy', label: 'Lossy', description: 'test agent', rule: 'x',
      settings: (p: { alpha: number }) => ({ alpha: p.alpha, gamma: 1, epsilon: 0.1 }),
      load: async () => { loads++; return lossyQLearning(divergeAt); },
    })],
    x: 'episode', stepMetrics: [], learnMetrics: ['loss/td'],
    charts: [{ id: 'loss', title: 'Loss', metric: 'loss/td', smoothing: 1 }],
    presets: [], papers: ['mex'], defaultLength: { episodes: 3 },
  });
}

describe('agents loaded on demand', () => {
  it('must be loaded before a run is built, and load once', async () => {
    const demo = testDemo();
    expect(needsLoading(demo)).toBe(true);
    expect(() => createRun(demo, {}, 1)).toThrow(/not loaded yet/);
    const before = loads;
    await loadAgentFactories(demo);
    await loadAgentFactories(demo);
    expect(loads - before).toBe(1);
    expect(needsLoading(demo)).toBe(false);
    expect(typeof agentFactory(demo.agents[0])).toBe('function');
  });
});

describe('learn() metrics', () => {
  it('are charted as their mean over each episode', async () => {
    const demo = testDemo();
    await loadAgentFactories(demo);
    const run = createRun(demo, {}, 3);
    run.runEpisodes(2);
    const lengths = run.series('lossy', 'episode/length').mean;
    const losses = run.series('lossy', 'loss/td').mean;
    // Episode 1 covers calls 1..L1; its odd calls are 1, 3, 5, ...: their mean is computed here by hand.
    const oddMean = (from: number, to: number) => {
      const odd = [];
      for (let c = from; c <= to; c++) if (c % 2 === 1) odd.push(c);
      return odd.reduce((a, b) => a + b, 0) / odd.length;
    };
    expect(losses[0]).toBeCloseTo(oddMean(1, lengths[0]), 9);
    expect(losses[1]).toBeCloseTo(oddMean(lengths[0] + 1, lengths[0] + lengths[1]), 9);
  });

  it('stop the run with a DivergenceError when a value is not finite, keeping the finished episodes', async () => {
    const demo = testDemo(300);
    await loadAgentFactories(demo);
    const run = createRun(demo, {}, 3);
    let error: unknown;
    try { run.step(10_000); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(DivergenceError);
    expect((error as DivergenceError).metric).toBe('loss/td');
    expect((error as Error).message).toMatch(/loss\/td became NaN during episode \d+/);
    expect(run.series('lossy', 'episode/length').mean.length).toBe((error as DivergenceError).episode);
  });
});
