// Scripted routes in the two corridors: a noiseless route walks its shortest path
// from its own start, and noise adds detours (and, rarely, a random move into the other goal).
import { describe, expect, it } from 'vitest';
import { routeEpisodes } from '../../../src/core/data/route-datasets.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { CORRIDOR_CELLS, PRIZE_REWARD, TWO_CORRIDORS } from '../../../src/demos/stitching-world.ts';

const model = buildGridModel(parseGridSpec(TWO_CORRIDORS));
const { start, prize, goal, sideStart } = CORRIDOR_CELLS;

describe('route datasets', () => {
  it('walks each route’s shortest path from its own start when there is no noise', () => {
    const episodes = routeEpisodes(model, [{ start, target: prize, episodes: 2 }, { start: sideStart, target: goal, episodes: 1 }], 0, 50, createRng(1));
    expect(episodes).toHaveLength(3);
    expect(episodes[0]!.observations).toEqual([44, 45, 46, 47, 36, 25, 26, 27, 28, 29, 30, 31, 32]);
    expect(episodes[0]!.rewards.at(-1)).toBe(PRIZE_REWARD);
    expect(episodes[2]!.observations).toEqual([95, 84, 73, 62, 51, 40, 29, 18, 7]);
    expect(episodes.every((e) => e.terminated && !e.truncated)).toBe(true);
  });

  it('detours with noise, ending at its target unless a random move enters the other goal', () => {
    const episodes = routeEpisodes(model, [{ start, target: prize, episodes: 50 }], 0.3, 200, createRng(2));
    expect(episodes.some((e) => e.actions.length > 12)).toBe(true);
    expect(episodes.every((e) => e.terminated && [prize, goal].includes(e.observations.at(-1)!))).toBe(true);
    expect(episodes.filter((e) => e.observations.at(-1) === prize).length).toBeGreaterThan(40);
  });

  it('refuses a noise outside [0, 1] and a route with a broken count of episodes', () => {
    expect(() => routeEpisodes(model, [], 1.5, 50, createRng(1))).toThrow(/noise must lie in \[0, 1\]/);
    expect(() => routeEpisodes(model, [{ start, target: goal, episodes: 2.5 }], 0, 50, createRng(1))).toThrow(/whole number of episodes/);
  });
});
