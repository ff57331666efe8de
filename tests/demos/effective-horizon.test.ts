// The effective-horizon lessons through the engine: k-QVI's "greedy is optimal" flag turns on at sweep 1 in an empty
// room, at sweep 6 in the deceptive corridor and 5 in the lava gap (γ = 0.95), and shaping brings them down to 1
// and 3; the key and door at sweep 12; the min-k table's suite values; the key moves the agent to the key side;
// the planner's view is the greedy policy of Q^k.
import { beforeAll, describe, expect, it } from 'vitest';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { createRun } from '../../src/engine/run.ts';
import { defaultExperiment, presetExperiment } from '../../src/state/experiment-url.ts';
import { suiteMinK } from '../../src/core/algorithms/suite-min-k.ts';
import type { KQviView } from '../../src/core/agents/planning/k-qvi-planner.ts';
import { windowMean } from '../fidelity/fidelity-helpers.ts';
import { horizonEnv } from '../../src/demos/effective-horizon.ts';
import { HORIZON_WORLDS as HORIZON_ORDER, keyDoorWorld, KEY_DOOR_HALF } from '../../src/core/envs/gridworld/horizon-suite.ts';
import { minK } from '../../src/core/algorithms/k-qvi.ts';
import { buildGridModel } from '../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../src/core/envs/gridworld/grid-layout.ts';
import { createRng } from '../../src/core/rng/rng.ts';
import { sweepPoint } from '../../src/engine/first-success-sweep.ts';

const demo = findDemo('effective-horizon')!;
beforeAll(async () => { await loadAgentFactories(demo); });

/** The sweep at which k-QVI's greedy policy first becomes optimal, as the page's chart shows it. */
function firstOptimalSweep(params: Record<string, unknown>): number {
  const run = createRun(demo, params, 1, { runs: 1, agents: ['k-qvi'] });
  run.runEpisodes(15);
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
    ['key-door-needs-k', 12],
    ['sticky', 4],
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
    // The key and door: 12, against 6 with the door open; shaping (on the key side only, where the goal can be
    // reached) brings it to 8.
    expect([suiteMinK('key-door', false, 0.95), suiteMinK('key-door', true, 0.95)]).toEqual([12, 8]);
    // Sticky moves (p = 0.25, state = cell and last move).
    expect(HORIZON_ORDER.map((w) => suiteMinK(w, false, 0.95, true))).toEqual([1, 1, 1, 4, 5, 4, 12]);
    const open = keyDoorWorld(KEY_DOOR_HALF, false);
    expect(minK(buildGridModel(parseGridSpec(open.spec)), 0.95, 30)).toBe(6);
  });

  it('key-door: stepping on the key moves the agent to its copy on the key side, where the door is open', () => {
    const env = horizonEnv('key-door', false, createRng(1));
    const width = 23;
    expect(env.reset()).toBe(2 * width + 2);
    env.step(3); // left, to (2, 1)
    const r = env.step(0); // up, to (1, 1): next to the key
    expect(r.obs).toBe(1 * width + 1);
    const onKey = env.step(3); // left, onto the key at (1, 0)
    expect(onKey.obs).toBe(1 * width + 12); // the key's copy, on the right
    // On the right, the door (column 7 of the half: 19 overall) is open; the goal worth 1 is at column 22.
    let last = onKey;
    for (let i = 0; i < 10; i++) last = env.step(1);
    expect(last.reward).toBe(1);
    expect(last.terminated).toBe(true);
    // On the left the door is a wall: walking right along row 1 stops at column 6.
    env.reset();
    env.step(0);
    let blocked = env.step(1);
    for (let i = 0; i < 8; i++) blocked = env.step(1);
    expect(blocked.obs).toBe(1 * width + 6);
  });

  it('the suite sweep: Q-learning reaches the empty room reliably in tens of episodes, never the deceptive corridor’s big goal', () => {
    const params = defaultExperiment(demo).params;
    const options = { agents: ['q-learning'], sizes: [], seeds: 3, maxEpisodes: 300, sizeKey: 'world' };
    // Measured (npm run sim -- effective-horizon --sweep all --agent q-learning --runs 3): 20 and never.
    const empty = sweepPoint(demo, params, 1, 'q-learning', 'empty-5', options);
    expect(empty.median!).toBeGreaterThan(10);
    expect(empty.median!).toBeLessThan(40);
    expect(sweepPoint(demo, params, 1, 'q-learning', 'deceptive-corridor', options).median).toBeNull();
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
