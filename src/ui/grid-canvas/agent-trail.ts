// The agent's recent cells, oldest first, for the fading trail. A jump back to the start (a new episode, or a fall
// off a cliff) starts a new trail; the caller also clears it when the run is rebuilt (a new generation).
import { Cell, type GridLayout } from '../../core/envs/gridworld/grid-layout.ts';

/** How many recent cells the trail keeps. */
export const TRAIL_LENGTH = 30;

function adjacent(a: number, b: number, width: number): boolean {
  const d = Math.abs((a % width) - (b % width)) + Math.abs(Math.floor(a / width) - Math.floor(b / width));
  return d === 1;
}

/** True when moving from `previous` to `cell` means the episode restarted rather than a step onto the start. */
export function isRestart(previous: number, cell: number, layout: GridLayout): boolean {
  if (cell !== layout.start || previous === cell) return false;
  const kind = layout.cells[previous];
  return kind === Cell.goal || kind === Cell.hole || kind === Cell.cliff || !adjacent(previous, cell, layout.width);
}

/** The trail after the agent is seen at `cell` (unchanged if it did not move). */
export function extendTrail(trail: readonly number[], cell: number, layout: GridLayout, max = TRAIL_LENGTH): readonly number[] {
  if (!(cell >= 0 && cell < layout.cells.length)) return trail;
  if (trail.length === 0) return [cell];
  const previous = trail[trail.length - 1];
  if (previous === cell) return trail;
  if (!(previous < layout.cells.length) || isRestart(previous, cell, layout)) return [cell];
  const next = trail.length >= max ? trail.slice(trail.length - max + 1) : trail.slice();
  next.push(cell);
  return next;
}
