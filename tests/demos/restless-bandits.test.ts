// The restless-bandits lessons through the engine as the page runs them: on two kinds of arm the Whittle index
// beats myopic and matches the optimum; under coupling constraints its repaired choices stay feasible and near the
// optimum; the SEQUOIA-lite DQN only ever takes feasible joint actions.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { defaultExperiment, presetExperiment } from '../../src/state/experiment-url.ts';
import { RestlessEnv } from '../../src/core/envs/restless/restless-env.ts';
import { createRestlessProblem, popcount } from '../../src/core/envs/restless/restless-problem.ts';
import { createRng } from '../../src/core/rng/rng.ts';
import { windowMean } from '../fidelity/fidelity-helpers.ts';

const demo = findDemo('restless-bandits')!;

function runPreset(presetId: string, steps: number, agents?: string[]) {
  const experiment = presetExperiment(demo, presetId, defaultExperiment(demo));
  const run = createRun(demo, experiment.params, 1, { runs: 10, agents: agents ?? experiment.agents });
  run.step(steps);
  const mean = (agent: string) => windowMean(run.series(agent, 'restless/reward').mean, 0, steps);
  return { run, mean };
}

// Agents whose code loads on demand, loaded as the worker loads them.
beforeAll(async () => { await loadAgentFactories(demo); });

describe('restless-bandits lessons', () => {
  it('whittle-wins: Whittle matches the optimum and beats myopic and random', () => {
    const { run, mean } = runPreset('whittle-wins', 2000);
    // Measured (20 runs × 2000 steps): random 3.47, myopic 3.41, Whittle 4.45, optimal 4.45.
    expect(mean('whittle')).toBeGreaterThan(mean('myopic') + 0.7);
    expect(mean('whittle')).toBeGreaterThan(mean('random') + 0.7);
    expect(Math.abs(mean('whittle') - mean('optimal'))).toBeLessThan(0.05);
    run.dispose();
  });

  it('path-constraint: most index choices need repair, and the repaired policy stays near the optimum', () => {
    const { run, mean } = runPreset('path-constraint', 2000, ['whittle', 'optimal']);
    const repairs = windowMean(run.series('whittle', 'restless/repair').mean, 0, 2000);
    expect(repairs).toBeGreaterThan(0.5);
    expect(mean('optimal') - mean('whittle')).toBeLessThan(0.1);
    run.dispose();
  });

  it('intervention-types: index + repair and myopic fall well below the optimum; every joint action fits the budget', () => {
    const { run, mean } = runPreset('intervention-types', 2000, ['myopic', 'whittle', 'optimal']);
    // Measured (20 runs × 2000 steps): myopic 2.26, Whittle 2.24, optimal 2.63.
    expect(mean('whittle')).toBeLessThan(0.9 * mean('optimal'));
    expect(mean('myopic')).toBeLessThan(0.9 * mean('optimal'));
    run.dispose();
    const problem = createRestlessProblem({ n: 6, budget: 2, constraint: 'multi-type', preset: 'maintain-repair' });
    expect(problem.actions.length).toBe(28);
    problem.actions.forEach((mask, a) => expect(popcount(mask) + popcount(problem.strong[a])).toBeLessThanOrEqual(2));
  });

  it('SEQUOIA-lite takes only feasible joint actions and learns to beat random', async () => {
    await loadAgentFactories(demo, ['sequoia-dqn']);
    const experiment = presetExperiment(demo, 'path-constraint', defaultExperiment(demo));
    const run = createRun(demo, experiment.params, 1, { runs: 1, agents: ['random', 'sequoia-dqn'] });
    run.step(4000);
    const late = (agent: string) => windowMean(run.series(agent, 'restless/reward').mean, 3000, 4000);
    expect(late('sequoia-dqn')).toBeGreaterThan(late('random'));
    run.dispose();
    // Feasibility by construction: every action index the env accepts is one of the enumerated feasible sets.
    const problem = createRestlessProblem({ n: 6, budget: 2, constraint: 'path', preset: 'sticky-volatile' });
    const env = new RestlessEnv(problem, createRng(1));
    expect(env.actionSpace).toEqual({ kind: 'discrete', n: problem.actions.length });
    for (const mask of problem.actions) {
      expect(popcount(mask)).toBeLessThanOrEqual(2);
      // Contiguous: the set bits form one run.
      if (mask) expect(((mask >> Math.log2(mask & -mask)) + 1) & (mask >> Math.log2(mask & -mask))).toBe(0);
    }
  }, 120_000);
});

describe('restless-bandits defaults', () => {
  it('the default instance is one where the Whittle index beats myopic', () => {
    const run = createRun(demo, defaultExperiment(demo).params, 1, { runs: 10, agents: ['myopic', 'whittle'] });
    run.step(2000);
    const mean = (agent: string) => windowMean(run.series(agent, 'restless/reward').mean, 0, 2000);
    expect(mean('whittle')).toBeGreaterThan(mean('myopic') + 0.7);
    run.dispose();
  });
});
