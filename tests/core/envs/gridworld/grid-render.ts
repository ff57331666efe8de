// Test helper: draw a layout as ASCII rows (Minigrid pprint style) with marks, e.g. the agent 'A' or a path '*'.
import { layoutToRows, type GridLayout } from '../../../../src/core/envs/gridworld/grid-layout.ts';

/** The layout's rows with `marks[cell]` drawn over the given cells. */
export function renderGrid(layout: GridLayout, marks: Record<number, string>): string[] {
  return layoutToRows(layout).map((line, row) =>
    [...line].map((ch, col) => marks[row * layout.width + col] ?? ch).join(''));
}

/** The layout with '*' on every visited cell except the start and goal letters. */
export function renderPath(layout: GridLayout, cells: readonly number[]): string[] {
  const marks: Record<number, string> = {};
  const rows = layoutToRows(layout);
  for (const cell of cells) {
    const ch = rows[Math.floor(cell / layout.width)][cell % layout.width];
    if (ch !== 'S' && ch !== 's' && ch !== 'G') marks[cell] = '*';
  }
  return renderGrid(layout, marks);
}
