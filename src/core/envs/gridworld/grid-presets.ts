// Named gridworld maps from the textbooks and Gymnasium, as GridSpecs.
import type { GridSpec } from './grid-layout.ts';

const EPISODIC = { stepReward: 0, goalReward: 1, cliffReward: -100, holeReward: 0, slip: 0 } as const;

/** Cliff walking, S&B Example 6.6: −1 per step, −100 and back to the start for stepping into the cliff. */
export const CLIFF_WALKING: GridSpec = {
  ...EPISODIC, stepReward: -1, goalReward: 0,
  rows: [
    '............',
    '............',
    '............',
    'SCCCCCCCCCCG',
  ],
};

/** Gymnasium FrozenLake maps; 'F' frozen, 'H' hole. */
const FROZEN_LAKE_MAPS = {
  '4x4': ['SFFF', 'FHFH', 'FFFH', 'HFFG'],
  '8x8': ['SFFFFFFF', 'FFFFFFFF', 'FFFHFFFF', 'FFFFFHFF', 'FFFHFFFF', 'FHHFFFHF', 'FHFFHFHF', 'FFFHFFFG'],
} as const;
export type FrozenLakeMap = keyof typeof FROZEN_LAKE_MAPS;

/**
 * FrozenLake (Gymnasium): reward 1 at the goal, holes end the episode with 0. Slippery: every frozen cell is ice
 * and a move goes the intended way or to either perpendicular side with probability 1/3 each.
 */
export function frozenLake(map: FrozenLakeMap, slippery: boolean): GridSpec {
  const floor = slippery ? '~' : '.';
  return {
    ...EPISODIC, slip: slippery ? 2 / 3 : 0,
    rows: FROZEN_LAKE_MAPS[map].map((row) => row.replace(/F/g, floor).replace('S', slippery ? 's' : 'S')),
  };
}

/** Windy gridworld, S&B Example 6.5: −1 per step, upward wind 0 0 0 1 1 1 2 2 1 0 by column. */
export const WINDY_GRIDWORLD: GridSpec = {
  ...EPISODIC, stepReward: -1, goalReward: 0,
  rows: [
    '..........',
    '..........',
    '..........',
    'S......G..',
    '..........',
    '..........',
    '..........',
  ],
  wind: [0, 0, 0, 1, 1, 1, 2, 2, 1, 0],
};

/** The Dyna maze of S&B Figure 8.2: reward 1 at G, 0 elsewhere; the shortest path takes 14 steps. */
export const DYNA_MAZE: GridSpec = {
  ...EPISODIC,
  rows: [
    '.......#G',
    '..#....#.',
    'S.#....#.',
    '..#......',
    '.....#...',
    '.........',
  ],
};

/** Four rooms (Sutton, Precup & Singh 1999): four 5×5-ish rooms joined by one-cell doorways. */
export const FOUR_ROOMS: GridSpec = {
  ...EPISODIC,
  rows: [
    'S....#.....',
    '.....#.....',
    '...........',
    '.....#.....',
    '.....#.....',
    '#.####.....',
    '.....###.##',
    '.....#.....',
    '.....#.....',
    '...........',
    '.....#....G',
  ],
};

/** An open 8×8 room: the simplest place to watch values spread. */
export const OPEN_ROOM: GridSpec = {
  ...EPISODIC,
  rows: [
    'S.......',
    '........',
    '........',
    '........',
    '........',
    '........',
    '........',
    '.......G',
  ],
};

export const PLAYGROUND_MAPS = {
  'open-room': OPEN_ROOM,
  'four-rooms': FOUR_ROOMS,
  'dyna-maze': DYNA_MAZE,
  'windy': WINDY_GRIDWORLD,
  'cliff': CLIFF_WALKING,
  'frozen-lake': frozenLake('4x4', true),
} as const satisfies Record<string, GridSpec>;
export type PlaygroundMap = keyof typeof PLAYGROUND_MAPS;
