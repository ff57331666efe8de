// The bandit lab's lessons, through the engine as the page runs them (50 runs, seed 1, the page's defaults; 1,000
// pulls, or 16,000 to see the shape of the regret curves): greedy's regret grows linearly and it gets stuck, UCB1's and Thompson's grow logarithmically,
// Thompson beats UCB1 on Bernoulli arms, and MEX with a constant η explores less than with a decaying one.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { presetExperiment, defaultExperiment } from '../../src/state/experiment-url.ts';

const demo = findDemo('bandit-lab')!;
const T = 1000;

function runPreset(presetId: string, overrides: Record<string, unknown> = {}, steps = T) {
  const experiment = presetExperiment(demo, presetId, defaultExperiment(demo));
  const run = createRun(demo, { ...experiment.params, ...overrides }, 1, { runs: 50, agents: experiment.agents });
  run.step(steps);
  const at = (agent: string, metric: 'bandit/regret' | 'bandit/suffix-failure', t: number) => run.series(agent, metric).mean[t - 1];
  return { run, at };
}

// Agents whose code loads on demand, loaded as the worker loads them.
beforeAll(async () => { await loadAgentFactories(demo); });

describe('bandit-lab lessons', () => {
  it('greedy trap: greedy’s regret is linear and most runs get stuck; UCB1’s and Thompson’s grow logarithmically', () => {
    const { run, at } = runPreset('greedy-trap', {}, 16 * T);
    // Regret added over the doubling from k·T to 2k·T pulls: twice as much each time for linear growth, the same
    // amount for logarithmic growth. Measured (1k→2k, 8k→16k): greedy 160 → 1280, UCB1 42 → 47, Thompson 4.8 → 4.8.
    const added = (agent: string, k: number) => at(agent, 'bandit/regret', 2 * k * T) - at(agent, 'bandit/regret', k * T);
    expect(added('greedy', 8) / added('greedy', 1)).toBeGreaterThan(6);
    expect(added('ucb1', 8) / added('ucb1', 1)).toBeLessThan(1.5);
    expect(added('thompson', 8) / added('thompson', 1)).toBeLessThan(1.5);
    expect(at('greedy', 'bandit/suffix-failure', T)).toBeGreaterThan(0.5);
    expect(at('ucb1', 'bandit/suffix-failure', T)).toBe(0);
    expect(at('thompson', 'bandit/suffix-failure', T)).toBe(0);
    expect(at('thompson', 'bandit/regret', T)).toBeLessThan(at('ucb1', 'bandit/regret', T));
    run.dispose();
  });

  it('Thompson ≤ UCB1 in mean regret on the large gap too', () => {
    const { run, at } = runPreset('small-vs-large-gap');
    expect(at('thompson', 'bandit/regret', T)).toBeLessThan(at('ucb1', 'bandit/regret', T));
    run.dispose();
  });

  it('MEX: a constant η leaves runs stuck that the √t-decaying schedule frees', () => {
    const constant = runPreset('mex-eta');
    const decaying = runPreset('mex-eta', { mexSchedule: 'sqrt-decay' });
    expect(constant.at('mex', 'bandit/suffix-failure', T)).toBeGreaterThan(0.05);
    expect(decaying.at('mex', 'bandit/suffix-failure', T)).toBe(0);
    expect(decaying.at('mex', 'bandit/regret', T)).toBeLessThan(constant.at('mex', 'bandit/regret', T));
    constant.run.dispose();
    decaying.run.dispose();
  });

  it('drifting arms: Thompson, best on fixed arms, loses the most when the means wander', () => {
    const drifting = runPreset('drifting-means', {}, 2 * T);
    const fixed = runPreset('drifting-means', { drift: 0 }, 2 * T);
    // Measured at 2,000 pulls: Thompson 18.5 → 74, UCB1 85 → 101.
    const growth = (agent: string) => drifting.at(agent, 'bandit/regret', 2 * T) / fixed.at(agent, 'bandit/regret', 2 * T);
    expect(growth('thompson')).toBeGreaterThan(2.5);
    expect(growth('ucb1')).toBeLessThan(growth('thompson'));
    drifting.run.dispose();
    fixed.run.dispose();
  });
});
