// Where the grid sits on the canvas: the cell size that fits the space, the wind band under the grid, pixel → cell,
// and the cells a fast drag passes over (Bresenham's line).

export const MIN_CELL = 8;
export const MAX_CELL = 96;

export interface GridGeometry {
  readonly columns: number;
  readonly rows: number;
  /** Side of a square cell, in CSS pixels. */
  readonly cell: number;
  /** Height of the band under the grid that shows the wind per column (0 without wind). */
  readonly windBand: number;
  /** Whole drawing, in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

export function windBandHeight(cell: number, hasWind: boolean): number {
  return hasWind ? Math.round(Math.min(26, Math.max(14, cell * 0.5))) : 0;
}

/** The largest whole-pixel square cell that fits `available` × `maxHeight` (wind band included). */
export function fitGrid(columns: number, rows: number, hasWind: boolean, available: number, maxHeight: number): GridGeometry {
  let cell = Math.floor(Math.min(available / columns, maxHeight / rows, MAX_CELL));
  // The wind band takes a little height: shrink until everything fits.
  while (cell > MIN_CELL && rows * cell + windBandHeight(cell, hasWind) > maxHeight) cell--;
  cell = Math.max(MIN_CELL, cell);
  const windBand = windBandHeight(cell, hasWind);
  return { columns, rows, cell, windBand, width: columns * cell, height: rows * cell + windBand };
}

/** The cell under a point given in CSS pixels from the canvas' top-left corner, or -1. */
export function cellAtPoint(g: GridGeometry, x: number, y: number): number {
  if (!(x >= 0 && y >= 0)) return -1;
  const col = Math.floor(x / g.cell);
  const row = Math.floor(y / g.cell);
  if (col >= g.columns || row >= g.rows) return -1;
  return row * g.columns + col;
}

/** The cells from `from` to `to` (both included) along a straight line, so a fast drag leaves no gaps. */
export function cellsOnLine(from: number, to: number, columns: number): number[] {
  let x0 = from % columns;
  let y0 = Math.floor(from / columns);
  const x1 = to % columns;
  const y1 = Math.floor(to / columns);
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  const cells = [y0 * columns + x0];
  while (x0 !== x1 || y0 !== y1) {
    const e2 = 2 * err;
    if (e2 >= dy) { err += dy; x0 += sx; }
    if (e2 <= dx) { err += dx; y0 += sy; }
    cells.push(y0 * columns + x0);
  }
  return cells;
}

/** The cell one step in a direction (0 up, 1 right, 2 down, 3 left), staying inside the map. */
export function stepCell(cell: number, direction: number, columns: number, rows: number): number {
  const col = cell % columns;
  const row = Math.floor(cell / columns);
  if (direction === 0) return row > 0 ? cell - columns : cell;
  if (direction === 1) return col < columns - 1 ? cell + 1 : cell;
  if (direction === 2) return row < rows - 1 ? cell + columns : cell;
  return col > 0 ? cell - 1 : cell;
}
