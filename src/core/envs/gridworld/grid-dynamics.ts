// Pure gridworld dynamics: where a move from a cell lands, and the exact transition model built from it.
// Actions: 0 up, 1 right, 2 down, 3 left. Walls and the border block a move (the agent stays put).
import { Cell, type GridLayout } from './grid-layout.ts';
import { createTabularModel, type TabularModel } from '../tabular-model.ts';

export const GRID_ACTIONS = 4;
export const ACTION_NAMES = ['up', 'right', 'down', 'left'] as const;
const DROW = [-1, 0, 1, 0];
const DCOL = [0, 1, 0, -1];

function blocked(layout: GridLayout, row: number, col: number): boolean {
  return row < 0 || col < 0 || row >= layout.height || col >= layout.width
    || layout.cells[row * layout.width + col] === Cell.wall;
}

/** The cell reached by moving one step in `direction` from `cell`, then pushed up by the wind of the start column. */
export function moveTarget(layout: GridLayout, cell: number, direction: number): number {
  let row = Math.floor(cell / layout.width);
  let col = cell % layout.width;
  const wind = layout.wind[col];
  if (!blocked(layout, row + DROW[direction], col + DCOL[direction])) {
    row += DROW[direction];
    col += DCOL[direction];
  }
  // The wind pushes cell by cell and stops at walls and the border.
  const push = wind > 0 ? -1 : 1;
  for (let k = 0; k < Math.abs(wind); k++) {
    if (blocked(layout, row + push, col)) break;
    row += push;
  }
  return row * layout.width + col;
}

/** True for cells where an episode ends on arrival (goals and holes): their value is 0. */
export function isTerminalCell(layout: GridLayout, cell: number): boolean {
  const type = layout.cells[cell];
  return type === Cell.goal || type === Cell.hole;
}

/** Outcome of arriving in `target`: [next state, reward, ends]. Cliffs send the agent back to the start. */
function arrive(layout: GridLayout, target: number): [number, number, boolean] {
  switch (layout.cells[target]) {
    case Cell.goal: return [target, layout.stepReward + layout.enterReward[target], true];
    case Cell.hole: return [target, layout.enterReward[target], true];
    case Cell.cliff: return [layout.start, layout.enterReward[target], false];
    default: return [target, layout.stepReward, false];
  }
}

/**
 * The exact model of a layout: up to 3 outcomes per (cell, action) — the intended move, and on ice the two
 * perpendicular slips with probability slip/2 each (FrozenLake: slip = 2/3 gives 1/3 each).
 */
export function buildGridModel(layout: GridLayout): TabularModel {
  const nStates = layout.width * layout.height;
  const model = createTabularModel(nStates, GRID_ACTIONS, 3, layout.start);
  for (let s = 0; s < nStates; s++) {
    const type = layout.cells[s];
    const inert = type === Cell.wall || type === Cell.cliff || isTerminalCell(layout, s);
    model.inert[s] = inert ? 1 : 0;
    for (let a = 0; a < GRID_ACTIONS; a++) {
      const base = (s * GRID_ACTIONS + a) * 3;
      if (inert) {
        // Never acted from: a zero-reward self-loop that ends, so its value stays 0.
        model.next[base] = s; model.prob[base] = 1; model.ends[base] = 1;
        continue;
      }
      const slip = type === Cell.ice ? layout.slip : 0;
      const directions = [a, (a + 1) % 4, (a + 3) % 4];
      const probs = [1 - slip, slip / 2, slip / 2];
      for (let k = 0; k < 3; k++) {
        const [next, reward, ends] = arrive(layout, moveTarget(layout, s, directions[k]));
        model.next[base + k] = next;
        model.prob[base + k] = probs[k];
        model.reward[base + k] = reward;
        model.ends[base + k] = ends ? 1 : 0;
      }
    }
  }
  return model;
}
