// The "Deep RL on a grid" demo at its default settings, through the engine as the page runs it (slow): DQN finds
// the 20-move path through the four rooms within 150 episodes, and its value of the start matches γ^19.
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { defaultParams } from '../../src/demos/control-spec.ts';
import { windowMean } from '../fidelity/fidelity-helpers.ts';

const demo = findDemo('four-rooms-dqn')!;

describe('four-rooms-dqn at default settings (slow)', () => {
  it('DQN learns a near-shortest path and the right value of the start', async () => {
    await loadAgentFactories(demo, ['dqn']);
    const params = defaultParams(demo.controls);
    const run = createRun(demo, params, 1, { agents: ['dqn'] });
    run.runEpisodes(150);
    const lengths = run.series('dqn', 'episode/length').mean;
    // Random walks need about 1,100 steps on average, so the first episodes mostly hit the 500-step limit.
    expect(windowMean(lengths, 0, 5)).toBeGreaterThan(200);
    // 20 moves is optimal; ε = 0.05 at the end adds a few.
    expect(windowMean(lengths, 140, 150)).toBeLessThan(35);
    const v = run.series('dqn', 'value/start').mean;
    expect(v[v.length - 1]).toBeCloseTo(0.95 ** 19, 1);
    run.dispose();
  }, 120_000);
});
