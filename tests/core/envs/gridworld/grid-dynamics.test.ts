// Gridworld dynamics (0 up, 1 right, 2 down, 3 left): blocking, wind (S&B Ex. 6.5), cliff (Ex. 6.6), FrozenLake slips.
import { describe, it, expect } from 'vitest';
import { parseGridSpec, type GridLayout } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { buildGridModel, isTerminalCell, moveTarget } from '../../../../src/core/envs/gridworld/grid-dynamics.ts';
import { CLIFF_WALKING, DYNA_MAZE, FOUR_ROOMS, OPEN_ROOM, WINDY_GRIDWORLD, frozenLake } from '../../../../src/core/envs/gridworld/grid-presets.ts';
import type { TabularModel } from '../../../../src/core/envs/tabular-model.ts';
import { renderGrid, renderPath } from './grid-render.ts';

const UP = 0, RIGHT = 1, DOWN = 2, LEFT = 3;
const cellOf = (layout: GridLayout, row: number, col: number) => row * layout.width + col;

/** The single outcome of a deterministic (s, a): [next, reward, ends]. */
function outcome(model: TabularModel, s: number, a: number): [number, number, boolean] {
  const base = (s * model.nActions + a) * model.maxOutcomes;
  expect(model.prob[base]).toBe(1);
  return [model.next[base], model.reward[base], model.ends[base] === 1];
}

/** Outcome probabilities of (s, a) summed by next state. */
function distribution(model: TabularModel, s: number, a: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let k = 0; k < model.maxOutcomes; k++) {
    const i = (s * model.nActions + a) * model.maxOutcomes + k;
    if (model.prob[i] > 0) out.set(model.next[i], (out.get(model.next[i]) ?? 0) + model.prob[i]);
  }
  return out;
}

/** Fewest moves from the start to an episode-ending transition (breadth-first over the model). */
function shortestEpisode(model: TabularModel): number {
  const depth = new Int32Array(model.nStates).fill(-1);
  depth[model.start] = 0;
  const queue = [model.start];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    for (let i = s * model.nActions * model.maxOutcomes; i < (s + 1) * model.nActions * model.maxOutcomes; i++) {
      if (model.prob[i] === 0) continue;
      if (model.ends[i]) return depth[s] + 1;
      if (depth[model.next[i]] < 0) { depth[model.next[i]] = depth[s] + 1; queue.push(model.next[i]); }
    }
  }
  return -1;
}

describe('moveTarget: border and walls', () => {
  const open = parseGridSpec(OPEN_ROOM);
  const maze = parseGridSpec(DYNA_MAZE);

  it('moves one cell in each direction on open floor', () => {
    const c = cellOf(open, 3, 3);
    expect([UP, RIGHT, DOWN, LEFT].map((a) => moveTarget(open, c, a)))
      .toEqual([cellOf(open, 2, 3), cellOf(open, 3, 4), cellOf(open, 4, 3), cellOf(open, 3, 2)]);
  });

  it('stays put at the border', () => {
    expect(moveTarget(open, 0, UP)).toBe(0);
    expect(moveTarget(open, 0, LEFT)).toBe(0);
    expect(moveTarget(open, 63, DOWN)).toBe(63);
    expect(moveTarget(open, 63, RIGHT)).toBe(63);
  });

  it('stays put against a wall', () => {
    // Row 2 of the Dyna maze is 'S.#....#.': moving right from column 1 hits the wall at column 2.
    const c = cellOf(maze, 2, 1);
    expect(moveTarget(maze, c, RIGHT)).toBe(c);
    expect(moveTarget(maze, cellOf(maze, 0, 6), RIGHT)).toBe(cellOf(maze, 0, 6));
    expect(moveTarget(maze, c, UP)).toBe(cellOf(maze, 1, 1));
  });
});

describe('windy gridworld (S&B Example 6.5)', () => {
  const windy = parseGridSpec(WINDY_GRIDWORLD);
  const at = (row: number, col: number) => cellOf(windy, row, col);

  it('starts at row 3, column 0 with the goal at row 3, column 7', () => {
    expect(windy.start).toBe(at(3, 0));
    expect(isTerminalCell(windy, at(3, 7))).toBe(true);
  });

  it('pushes up by the wind of the column the move starts from', () => {
    expect(moveTarget(windy, at(3, 0), RIGHT)).toBe(at(3, 1)); // wind 0
    expect(moveTarget(windy, at(3, 3), RIGHT)).toBe(at(2, 4)); // wind 1 in column 3
    expect(moveTarget(windy, at(3, 2), RIGHT)).toBe(at(3, 3)); // column 2 is calm, column 3 is not
    expect(moveTarget(windy, at(3, 6), RIGHT)).toBe(at(1, 7)); // wind 2
    expect(moveTarget(windy, at(3, 7), LEFT)).toBe(at(1, 6)); // wind 2 in column 7
    expect(moveTarget(windy, at(1, 7), DOWN)).toBe(at(0, 7)); // down 1, up 2, stopped by the border
    expect(moveTarget(windy, at(5, 8), UP)).toBe(at(3, 8)); // up 1, wind 1
  });

  it('stops the push at the top border', () => {
    expect(moveTarget(windy, at(0, 6), RIGHT)).toBe(at(0, 7));
    expect(moveTarget(windy, at(1, 6), UP)).toBe(at(0, 6));
  });

  it('follows the 15-step optimal path of the book', () => {
    const actions = [...Array(9).fill(RIGHT), DOWN, DOWN, DOWN, DOWN, LEFT, LEFT];
    const model = buildGridModel(windy);
    const path = [windy.start];
    let ended = false;
    for (const a of actions) {
      const [next, reward, ends] = outcome(model, path[path.length - 1], a);
      expect(reward).toBe(-1);
      path.push(next);
      ended = ends;
    }
    expect(ended).toBe(true);
    expect(renderPath(windy, path)).toEqual([
      '......****',
      '.....*...*',
      '....*....*',
      'S***...G.*',
      '........**',
      '..........',
      '..........',
    ]);
    expect(shortestEpisode(model)).toBe(15);
  });
});

describe('cliff walking (S&B Example 6.6)', () => {
  const cliff = parseGridSpec(CLIFF_WALKING);
  const model = buildGridModel(cliff);
  const start = cellOf(cliff, 3, 0);
  const goal = cellOf(cliff, 3, 11);

  it('sends a step into the cliff back to the start with −100, without ending', () => {
    expect(outcome(model, start, RIGHT)).toEqual([start, -100, false]);
    expect(outcome(model, cellOf(cliff, 2, 5), DOWN)).toEqual([start, -100, false]);
  });

  it('ends with −1 on stepping down into the goal from the cell above it', () => {
    expect(outcome(model, cellOf(cliff, 2, 11), DOWN)).toEqual([goal, -1, true]);
  });

  it('costs −1 for an ordinary move and for bumping the border', () => {
    expect(outcome(model, start, UP)).toEqual([cellOf(cliff, 2, 0), -1, false]);
    expect(outcome(model, start, LEFT)).toEqual([start, -1, false]);
  });

  it('has a 13-step shortest episode along the cliff edge', () => {
    expect(shortestEpisode(model)).toBe(13);
  });
});

describe('FrozenLake 4x4 slippery', () => {
  const lake = parseGridSpec(frozenLake('4x4', true));
  const model = buildGridModel(lake);

  it('moves the intended way or to either perpendicular side with probability 1/3 each', () => {
    for (let s = 0; s < model.nStates; s++) {
      if (model.inert[s]) continue;
      for (let a = 0; a < 4; a++) {
        const base = (s * 4 + a) * 3;
        const directions = [a, (a + 1) % 4, (a + 3) % 4];
        for (let k = 0; k < 3; k++) {
          expect(model.prob[base + k]).toBeCloseTo(1 / 3, 12);
          const target = moveTarget(lake, s, directions[k]);
          expect(model.next[base + k]).toBe(target);
          expect(model.ends[base + k]).toBe(isTerminalCell(lake, target) ? 1 : 0);
        }
      }
    }
  });

  it('matches hand-worked outcomes', () => {
    // Start, action down: down to 4, right to 1, left bumps the border.
    const down = distribution(model, 0, DOWN);
    expect([...down.keys()].sort((x, y) => x - y)).toEqual([0, 1, 4]);
    for (const p of down.values()) expect(p).toBeCloseTo(1 / 3, 12);
    // Start, action up: up and left both bump, right reaches 1.
    const up = distribution(model, 0, UP);
    expect(up.get(0)).toBeCloseTo(2 / 3, 12);
    expect(up.get(1)).toBeCloseTo(1 / 3, 12);
    // Cell 14 (row 3, column 2), action right: the goal (reward 1, ends), up to 10, down bumps.
    const base = (14 * 4 + RIGHT) * 3;
    expect([model.next[base], model.reward[base], model.ends[base]]).toEqual([15, 1, 1]);
    expect([...distribution(model, 14, RIGHT).keys()].sort((x, y) => x - y)).toEqual([10, 14, 15]);
  });

  it('makes holes and the goal inert: value-0 self-loops that end', () => {
    expect(renderGrid(lake, Object.fromEntries([...model.inert].map((v, s) => [s, v ? 'X' : '_']))))
      .toEqual(['____', '_X_X', '___X', 'X__X']);
    for (const s of [5, 7, 11, 12, 15]) {
      for (let a = 0; a < 4; a++) {
        const base = (s * 4 + a) * 3;
        expect([model.next[base], model.prob[base], model.reward[base], model.ends[base]]).toEqual([s, 1, 0, 1]);
        expect(model.prob[base + 1] + model.prob[base + 2]).toBe(0);
      }
    }
  });
});

describe('every preset model', () => {
  it.each([
    ['cliff', CLIFF_WALKING], ['frozen 4x4', frozenLake('4x4', true)], ['frozen 8x8', frozenLake('8x8', true)],
    ['frozen 8x8 still', frozenLake('8x8', false)], ['windy', WINDY_GRIDWORLD], ['dyna maze', DYNA_MAZE],
    ['four rooms', FOUR_ROOMS], ['open room', OPEN_ROOM],
  ] as const)('%s: probabilities of each (s, a) sum to 1', (_, spec) => {
    const model = buildGridModel(parseGridSpec(spec));
    for (let sa = 0; sa < model.nStates * model.nActions; sa++) {
      const p = model.prob[sa * 3] + model.prob[sa * 3 + 1] + model.prob[sa * 3 + 2];
      expect(Math.abs(p - 1)).toBeLessThan(1e-12);
    }
  });

  it('gives the Dyna maze its 14-step shortest path (S&B Figure 8.2)', () => {
    expect(shortestEpisode(buildGridModel(parseGridSpec(DYNA_MAZE)))).toBe(14);
  });
});
