// An edit shown before the run confirms it: the layout with the cell types and start taken from edited rows.
// Rewards of cells that became goals are unknown until the run parses the map (NaN: the goal shows no number).
import { Cell, type CellType, type GridLayout } from '../../core/envs/gridworld/grid-layout.ts';
import type { Rows } from './grid-editing.ts';

const CHAR_TO_CELL: Readonly<Record<string, CellType>> = {
  '.': Cell.floor, '#': Cell.wall, 'G': Cell.goal, 'C': Cell.cliff, 'H': Cell.hole, '~': Cell.ice, 'S': Cell.floor, 's': Cell.ice,
};

/** `layout` with the cells of `rows` (same size), or `layout` itself if the rows do not fit it. */
export function previewLayout(layout: GridLayout, rows: Rows): GridLayout {
  const { width, height } = layout;
  if (rows.length !== height || rows.some((row) => row.length !== width)) return layout;
  const cells = new Uint8Array(width * height);
  const enterReward = Float64Array.from(layout.enterReward);
  let start = layout.start;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const i = r * width + c;
      const ch = rows[r][c];
      cells[i] = CHAR_TO_CELL[ch] ?? layout.cells[i];
      if (ch === 'S' || ch === 's') start = i;
      if (cells[i] !== layout.cells[i]) enterReward[i] = cells[i] === Cell.goal ? Number.NaN : 0;
    }
  }
  return { ...layout, cells, enterReward, start };
}
