// The effective-horizon lessons through the engine: k-QVI's "greedy is optimal" flag turns on at sweep 1 in an empty
// room, at sweep 6 in the deceptive corridor and 5 in the lava gap (γ = 0.95), and shaping brings them down to 1
// and 3; the min-k table's suite values; the planner's view is the greedy policy of Q^k.
import { beforeAll, describe, expect, it } from 'vitest';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { createRun } from '../../src/engine/run.ts';
import { defaultExperiment, presetExperiment } from '../../src/state/experiment-url.ts';
import { suiteMinK } from '../../src/ui/effective-horizon/min-k-table.tsx';
import type { KQviView } from '../../src/core/agents/planning/k-qvi-planner.ts';
import { windowMean } from '../fidelity/fidelity-helpers.ts';

const demo = findDemo('effective-horizon')!;
beforeAll(async () => { await loadAgentFactories(demo); });

/** The sweep at which k-QVI's greedy policy first becomes optimal, as the page's chart shows it. */
function firstOptimalSweep(params: Record<string, unknown>): number {
  const run = createRun(demo, params, 1, { runs: 1, agents: ['k-qvi'] });
  run.runEpisodes(12);
  const flags = run.series('k-qvi', 'planner/optimal').mean;
  run.dispose();
  return flags.findIndex((f) => f === 1) + 1;
}

describe('effective-horizon lessons', () => {
  it.each([
    ['greedy-on-random-works', 1],
    ['distractor-needs-k', 6],
    ['lava-needs-k', 5],
    ['shaping-lowers-k', 1],
  ])('%s: greedy on Q^k is first optimal at sweep %i', (preset, k) => {
    expect(firstOptimalSweep(presetExperiment(demo, preset, defaultExperiment(demo)).params)).toBe(k);
  });

  it('sqirl-empty-room: SQIRL with k = 1 finds a near-shortest path stage by stage', () => {
    const params = presetExperiment(demo, 'sqirl-empty-room', defaultExperiment(demo)).params;
    const run = createRun(demo, params, 1, { runs: 5, agents: ['sqirl'] });
    run.runEpisodes(3000);
    const late = (metric: 'episode/return' | 'episode/length') => windowMean(run.series('sqirl', metric).mean, 2900, 3000);
    // Measured: 10.2 steps (shortest 8), every run reaching the goal.
    expect(late('episode/return')).toBe(1);
    expect(late('episode/length')).toBeLessThan(12);
    run.dispose();
  });

  it('the min-k table: 1 on the open maps, 6 and 5 on the hard ones, lowered by shaping', () => {
    for (const w of ['empty-5', 'empty-8', 'empty-12', 'four-rooms'] as const) expect(suiteMinK(w, false, 0.95)).toBe(1);
    expect([suiteMinK('deceptive-corridor', false, 0.95), suiteMinK('deceptive-corridor', true, 0.95)]).toEqual([6, 1]);
    expect([suiteMinK('lava-gap', false, 0.95), suiteMinK('lava-gap', true, 0.95)]).toEqual([5, 3]);
    // A longer view (γ = 0.99) makes the large goal worth the detour at once.
    expect(suiteMinK('deceptive-corridor', false, 0.99)).toBe(1);
  });

  it('shows the greedy policy of Q^k and says whether it is optimal', () => {
    const params = presetExperiment(demo, 'distractor-needs-k', defaultExperiment(demo)).params;
    const run = createRun(demo, params, 1, { runs: 1, agents: ['k-qvi'] });
    run.runEpisodes(3);
    const view = run.view('k-qvi').agent as KQviView;
    expect([view.k, view.greedyOptimal]).toEqual([3, false]);
    expect(Array.from(view.stateOptimal!).some((ok) => ok === 0)).toBe(true);
    // Each state's greedy policy is a distribution over its four moves.
    for (let s = 0; s < view.nStates!; s++) {
      const row = Array.from(view.policy!.subarray(4 * s, 4 * s + 4));
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    run.runEpisodes(6);
    expect((run.view('k-qvi').agent as KQviView).greedyOptimal).toBe(true);
    run.dispose();
  });
});
