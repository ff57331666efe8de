// An aliased observation (catalogue D8's histories tab): the agent sees only which of the 3×3 cells around it are
// walls (or off the map), not where it is. Written as a 9-bit code, bit 3·(dy + 1) + (dx + 1) for the cell at
// (row + dy, col + dx): two cells with the same surroundings give the same code, so along a corridor every cell
// looks alike and only a history of observations tells them apart.
import { Cell, type GridLayout } from './grid-layout.ts';

export const LOCAL_VIEW_BITS = 9;

export function localView(layout: GridLayout, cell: number): number {
  const { width, height, cells } = layout;
  const row0 = Math.floor(cell / width);
  const col0 = cell % width;
  let code = 0;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const row = row0 + dy;
      const col = col0 + dx;
      const wall = row < 0 || col < 0 || row >= height || col >= width || cells[row * width + col] === Cell.wall;
      if (wall) code |= 1 << (3 * (dy + 1) + (dx + 1));
    }
  }
  return code;
}

/** The view's bits as 0/1 features, written into out[offset .. offset + 9). */
export function writeLocalView(code: number, out: Float32Array, offset: number): void {
  for (let bit = 0; bit < LOCAL_VIEW_BITS; bit++) out[offset + bit] = (code >> bit) & 1;
}
