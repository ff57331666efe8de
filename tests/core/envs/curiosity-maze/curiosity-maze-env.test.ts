// The curiosity lab's worlds: the maze's treasure 36 moves from the start (breadth-first search), walls stopping
// moves, the treasure paying 1 and ending the episode, the noisy TV's random pictures (and none with the TV off),
// the per-step exploration info, the treasure field's eight treasures, bad maps and options, and the env contract.
import { describe, expect, it } from 'vitest';
import {
  CuriosityMazeEnv, curiosityLayout, parseCuriosityMap, type CuriosityLayout, type CuriosityMazeOptions,
} from '../../../../src/core/envs/curiosity-maze/curiosity-maze-env.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { describeEnvContract } from '../env-contract.ts';

const MAZE: CuriosityMazeOptions = { world: 'maze', tv: false, tvPatterns: 8 };
const make = (options: Partial<CuriosityMazeOptions> = {}, seed = 1) => new CuriosityMazeEnv({ ...MAZE, ...options }, createRng(seed));

describeEnvContract('CuriosityMazeEnv (maze, TV on)', (seed) => make({ tv: true }, seed));
describeEnvContract('CuriosityMazeEnv (treasure field)', (seed) => make({ world: 'treasure-field' }, seed));

const UP = 0; const RIGHT = 1; const DOWN = 2; const LEFT = 3;

/** Moves from `from` to every reachable cell, by breadth-first search on the open cells. */
function distances(layout: CuriosityLayout, from: number): Map<number, number> {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const cell = queue.shift()!;
    const r = Math.floor(cell / layout.width);
    const c = cell % layout.width;
    for (const [dr, dc] of [[-1, 0], [0, 1], [1, 0], [0, -1]]) {
      const next = (r + dr) * layout.width + (c + dc);
      if (layout.cells[next] !== '#' && !dist.has(next)) {
        dist.set(next, dist.get(cell)! + 1);
        queue.push(next);
      }
    }
  }
  return dist;
}

describe('CuriosityMazeEnv', () => {
  it('puts the maze’s one treasure 36 moves from the start, far corner to far corner, with the TV in reach', () => {
    const layout = curiosityLayout('maze');
    expect([layout.width, layout.height]).toEqual([15, 15]);
    expect(layout.treasures).toHaveLength(1);
    const dist = distances(layout, layout.start);
    expect(dist.get(layout.treasures[0])).toBe(36);
    expect(dist.has(layout.tvCell)).toBe(true);
    expect(Math.floor(layout.start / 15)).toBe(13);
    expect(Math.floor(layout.treasures[0] / 15)).toBe(1);
    // The TV is a dead end: one open neighbour.
    const open = [-15, 1, 15, -1].filter((d) => layout.cells[layout.tvCell + d] !== '#');
    expect(open).toHaveLength(1);
  });

  it('gives the treasure field eight treasures, all reachable, and no treasure next to the start', () => {
    const layout = curiosityLayout('treasure-field');
    expect(layout.treasures).toHaveLength(8);
    const dist = distances(layout, layout.start);
    for (const t of layout.treasures) {
      expect(dist.has(t)).toBe(true);
      expect(dist.get(t)).toBeGreaterThan(5);
    }
  });

  it('stops moves at walls, pays 1 at the treasure and ends the episode there', () => {
    const env = make();
    const start = env.reset();
    expect(env.decode(start)).toEqual({ cell: 13 * 15 + 1, pattern: 0 });
    expect(env.step(DOWN).obs).toBe(start); // the outer wall
    expect(env.step(LEFT).obs).toBe(start);
    const r = env.step(RIGHT);
    expect(env.decode(r.obs).cell).toBe(13 * 15 + 2);
    expect(r.reward).toBe(0);
    expect(r.terminated).toBe(false);
    // Walk the shortest path found by BFS to the treasure.
    const layout = env.layout;
    const toGoal = distances(layout, layout.treasures[0]);
    let cell = env.decode(r.obs).cell;
    let last = r;
    let moves = 0;
    while (toGoal.get(cell)! > 0) {
      const move = [UP, RIGHT, DOWN, LEFT].find((m) => {
        const next = cell + [-15, 1, 15, -1][m];
        return layout.cells[next] !== '#' && toGoal.get(next) === toGoal.get(cell)! - 1;
      })!;
      last = env.step(move);
      cell = env.decode(last.obs).cell;
      moves++;
    }
    expect(moves).toBe(35); // 36 from the start, one already taken
    expect(last.reward).toBe(1);
    expect(last.terminated).toBe(true);
    expect(last.info['explore/success']).toBe(1);
    expect(last.info['explore/treasures-found']).toBe(1);
    expect(last.info['explore/first-success-episode']).toBe(1);
  });

  it('shows a random picture 1..K while the agent stands at the TV, and none elsewhere or with the TV off', () => {
    const reach = (env: CuriosityMazeEnv) => {
      env.reset();
      for (const m of [UP, UP, RIGHT, RIGHT]) env.step(m); // (13,1) → (11,1) → (11,3): the TV
      return env;
    };
    const on = reach(make({ tv: true, tvPatterns: 4 }));
    expect(on.view().agent).toBe(on.layout.tvCell);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const r = on.step(RIGHT); // into the wall: stays at the TV
      const { cell, pattern } = on.decode(r.obs);
      expect(cell).toBe(on.layout.tvCell);
      seen.add(pattern);
      // Four steps to get there (the last one onto the TV), then i + 1 more at it.
      expect(r.info['explore/tv-share']).toBeCloseTo((i + 2) / (i + 5), 12);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
    const left = on.step(LEFT);
    expect(on.decode(left.obs).pattern).toBe(0);
    const off = reach(make({ tv: false }));
    expect(off.view().agent).toBe(off.layout.tvCell);
    const r = off.step(RIGHT);
    expect(off.decode(r.obs).pattern).toBe(0);
    expect(r.info['explore/tv-share']).toBe(0);
  });

  it('counts distinct cells over the whole run and the first successful episode by resets', () => {
    const env = make({ world: 'treasure-field' });
    env.reset();
    const a = env.step(RIGHT);
    expect(a.info['explore/states-visited']).toBe(2);
    expect(a.info['explore/first-success-episode']).toBeUndefined();
    env.reset();
    expect(env.step(LEFT).info['explore/states-visited']).toBe(3);
    env.reset();
    // Row 7: start at column 7, treasure at column 13.
    let r = env.step(RIGHT);
    for (let i = 0; i < 5; i++) r = env.step(RIGHT);
    expect(r.terminated).toBe(true);
    expect(r.info['explore/first-success-episode']).toBe(3);
    expect(r.info['explore/recent-treasures']).toBe(1);
    expect(env.view()).toMatchObject({ kind: 'curiosity-maze', treasuresFound: [7 * 15 + 13], episodes: 3 });
    expect(env.view().visits[7 * 15 + 7]).toBe(3);
  });

  it('counts the distinct treasures of the last 20 successes only', () => {
    const env = make({ world: 'treasure-field' });
    const success = (moves: number[]) => {
      env.reset();
      let r = env.step(moves[0]);
      for (const m of moves.slice(1)) r = env.step(m);
      expect(r.terminated).toBe(true);
      return r.info['explore/recent-treasures'];
    };
    const east = Array(6).fill(RIGHT);
    const west = Array(6).fill(LEFT);
    expect(success(east)).toBe(1);
    expect(success(west)).toBe(2);
    for (let i = 0; i < 19; i++) expect(success(east)).toBe(2);
    expect(success(east)).toBe(1); // the west treasure has left the window of 20
    expect(env.view().treasuresFound).toHaveLength(2);
  });

  it('rejects bad maps, TV sizes and moves with a clear error', () => {
    expect(() => parseCuriosityMap(['#####', '#S.T#', '#####'])).toThrow(/TV/);
    expect(() => parseCuriosityMap(['#####', '#SVT#', '####'])).toThrow(/row 3/);
    expect(() => parseCuriosityMap(['#####', '#SVX#', '#####'])).toThrow(/unknown map cell 'X'/);
    expect(() => make({ tvPatterns: 0 })).toThrow(RangeError);
    expect(() => make({ tvPatterns: 257 })).toThrow(RangeError);
    expect(() => make({ tvPatterns: 2.5 })).toThrow(RangeError);
    const env = make();
    env.reset();
    expect(() => env.step(4)).toThrow(RangeError);
  });
});
