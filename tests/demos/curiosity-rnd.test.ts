// The curiosity lab's lessons through the engine, as the presets' figures were measured (seed 1): the tabular
// count bonus finds the maze's treasure within tens of episodes and then walks the 36-move path; PPO + RND sees more
// of the maze than plain PPO; the novelty bonus on successes spreads successes over more treasures; and the map
// shading leaves walls blank.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { createRun } from '../../src/engine/run.ts';
import { defaultExperiment, presetExperiment } from '../../src/state/experiment-url.ts';
import { cellMeasure } from '../../src/ui/curiosity/curiosity-stage.tsx';
import type { CuriosityMazeView } from '../../src/core/envs/curiosity-maze/curiosity-maze-env.ts';
import type { CuriousPpoView } from '../../src/core/agents/neural/curious-ppo.ts';

const demo = findDemo('curiosity-rnd')!;
beforeAll(async () => {
  await tf.setBackend('cpu');
  await loadAgentFactories(demo);
});

const mean = (xs: number[]) => {
  const finite = xs.filter(Number.isFinite);
  return finite.reduce((a, b) => a + b, 0) / finite.length;
};

/** A preset's run for `episodes` episodes, one run, seed 1; returns the series of `metric` per agent. */
function presetSeries(preset: string, episodes: number, metric: string, agents?: string[]): Record<string, number[]> {
  const experiment = presetExperiment(demo, preset, defaultExperiment(demo));
  const run = createRun(demo, experiment.params, 1, { runs: 1, agents: agents ?? experiment.agents });
  run.runEpisodes(episodes);
  const out = Object.fromEntries(run.progress().map((a) => [a.id, run.series(a.id, metric as never).mean.slice(0, episodes)]));
  run.dispose();
  return out;
}

describe('curiosity-rnd lessons', () => {
  it('rnd-frontier: the count bonus finds the treasure within 60 episodes and then takes the 36-move path', () => {
    const length = presetSeries('rnd-frontier', 100, 'episode/length', ['count-bonus'])['count-bonus'];
    const first = length.findIndex((l) => l < 200);
    expect(first).toBeGreaterThan(5);
    expect(first).toBeLessThan(60);
    expect(mean(length.slice(-10))).toBe(36);
  });

  it('rnd-frontier: PPO + RND has seen more of the maze than plain PPO after 100 episodes', () => {
    const visited = presetSeries('rnd-frontier', 100, 'explore/states-visited', ['ppo', 'ppo-rnd']);
    expect(visited['ppo-rnd'].at(-1)!).toBeGreaterThan(visited.ppo.at(-1)! + 10);
  }, 60_000);

  it('crt-diversity: the novelty bonus spreads the last successes over more treasures than plain PPO', () => {
    const recent = presetSeries('crt-diversity', 600, 'explore/recent-treasures');
    expect(mean(recent['ppo-novelty'].slice(-100))).toBeGreaterThan(mean(recent.ppo.slice(-100)) + 0.5);
  }, 60_000);

  it('shades floor cells only, by visits or by the agent’s bonus', () => {
    const run = createRun(demo, defaultExperiment(demo).params, 1, { runs: 1, agents: ['ppo-rnd'] });
    run.runEpisodes(3);
    const { env, agent } = run.view('ppo-rnd');
    const map = env as CuriosityMazeView;
    const bonus = cellMeasure(map, agent as CuriousPpoView, 'bonus');
    const visits = cellMeasure(map, agent as CuriousPpoView, 'visits');
    map.cells.forEach((ch, i) => {
      expect(Number.isNaN(bonus[i]), `cell ${i}`).toBe(ch === '#');
      expect(Number.isNaN(visits[i])).toBe(ch === '#');
    });
    expect(visits[map.agent]).toBeGreaterThan(0);
    run.dispose();
  });
});
