// Every gridworld preset map, named, for tests that must hold on all of them.
import type { GridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { CLIFF_WALKING, DYNA_MAZE, FOUR_ROOMS, OPEN_ROOM, WINDY_GRIDWORLD, frozenLake } from '../../../../src/core/envs/gridworld/grid-presets.ts';

export const ALL_GRID_PRESETS: [string, GridSpec][] = [
  ['cliff walking', CLIFF_WALKING],
  ['frozen lake 4x4', frozenLake('4x4', false)],
  ['frozen lake 4x4 slippery', frozenLake('4x4', true)],
  ['frozen lake 8x8', frozenLake('8x8', false)],
  ['frozen lake 8x8 slippery', frozenLake('8x8', true)],
  ['windy gridworld', WINDY_GRIDWORLD],
  ['dyna maze', DYNA_MAZE],
  ['four rooms', FOUR_ROOMS],
  ['open room', OPEN_ROOM],
];
