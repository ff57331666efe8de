// The Go-Explore demo's quality-diversity tab through the engine, as its presets' figures were measured: over 10
// runs SERENE's best reward after 2,000 evaluations beats novelty search's; the planner charts best reward and
// coverage against evaluations and its view lists what the map draws; an agent run in the other tab's world is
// refused with a sentence naming the right world; the learned descriptor's autoencoder leaks no tensors.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { createRun } from '../../src/engine/run.ts';
import { defaultExperiment, presetExperiment } from '../../src/state/experiment-url.ts';
import type { QdView } from '../../src/core/agents/planning/quality-diversity-planner.ts';
import { DECEPTIVE_MAZE } from '../../src/core/envs/deceptive-maze/deceptive-maze.ts';

const demo = findDemo('go-explore')!;
beforeAll(async () => { await loadAgentFactories(demo); });

const presetParams = (id: string) => presetExperiment(demo, id, defaultExperiment(demo)).params;

describe('go-explore quality-diversity tab', () => {
  it('serene: emitters lift the mean best reward after 2,000 evaluations above novelty search’s (10 runs)', () => {
    const run = createRun(demo, presetParams('serene'), 1, { runs: 10, agents: ['novelty-search', 'serene'] });
    run.runEpisodes(40); // 40 sweeps of 50 evaluations
    const at2000 = (id: string) => {
      const evaluations = run.series(id, 'explore/evaluations').mean;
      return run.series(id, 'explore/best-reward').mean[evaluations.findIndex((e) => e >= 2000)]!;
    };
    // Measured: 0.59 against 0.46.
    expect(at2000('serene')).toBeGreaterThan(at2000('novelty-search') + 0.05);
    run.dispose();
  });

  it('charts against evaluations and draws the archive, population, emitters and best path', () => {
    const run = createRun(demo, presetParams('serene'), 2, { runs: 1, agents: ['serene'] });
    run.runEpisodes(60);
    const evaluations = run.series('serene', 'explore/evaluations').mean;
    expect(evaluations[0]).toBe(100); // the first population, then one chunk
    expect(evaluations.at(-1)).toBe(3050);
    const coverage = run.series('serene', 'explore/coverage').mean;
    for (let i = 1; i < coverage.length; i++) expect(coverage[i]).toBeGreaterThanOrEqual(coverage[i - 1]!);
    const view = run.view('serene').agent as QdView;
    expect(view.mode).toBe('serene');
    expect(view.population).toHaveLength(50);
    expect(view.archiveSize).toBe(run.series('serene', 'explore/novelty-archive-size').mean.at(-1));
    expect(view.archive).toHaveLength(view.archiveSize);
    expect(view.bestPath[0]).toEqual(DECEPTIVE_MAZE.start);
    expect(view.bestPath).toHaveLength(101);
    expect(view.bestReward).toBe(run.series('serene', 'explore/best-reward').mean.at(-1));
    expect(view.emitters.length).toBeGreaterThan(0);
    run.dispose();
  });

  it('learned-behaviour: retrains its autoencoder as it goes, with a flat tensor count, and frees it on dispose', () => {
    const before = tf.memory().numTensors;
    const run = createRun(demo, presetParams('learned-behaviour'), 1, { runs: 1, agents: ['novelty-search'] });
    run.runEpisodes(5);
    const settled = tf.memory().numTensors;
    run.runEpisodes(45); // past two retrainings (every 20 exploring chunks)
    expect(tf.memory().numTensors).toBe(settled);
    const view = run.view('novelty-search').agent as QdView;
    expect(view.retrainings).toBe(3);
    expect(view.archiveSize).toBeGreaterThan(0);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses an agent in the other tab’s world, saying where it belongs', () => {
    expect(() => createRun(demo, { ...defaultExperiment(demo).params, world: 'deceptive-maze' }, 1, { agents: ['go-explore'] }))
      .toThrow(/Go-Explore explores Montezuma-lite: in the deceptive maze, compare novelty search/);
    expect(() => createRun(demo, defaultExperiment(demo).params, 1, { agents: ['novelty-search'] }))
      .toThrow(/Novelty search searches the deceptive maze: set World to deceptive-maze/);
  });

  it('hides each world’s agents and charts in the other', () => {
    const maze = presetParams('novelty-vs-reward');
    const cells = presetParams('default-cells');
    const offered = (params: typeof maze) => demo.agents.filter((a) => a.when?.(params) ?? true).map((a) => a.id);
    expect(offered(maze)).toEqual(['novelty-search', 'serene', 'reward-search']);
    expect(offered(cells)).toEqual(['go-explore', 'ppo-rnd']);
    expect(demo.charts.filter((c) => c.when?.(maze) ?? true).map((c) => c.id)).toEqual(['qd-best', 'qd-coverage', 'qd-archive']);
  });
});
