// Pure map edits over ASCII rows (legend of grid-layout.ts): cycle a cell's type, paint cells, move the start.
// Every edit returns new rows, or a refusal { error } that the canvas shows; the input rows are never changed.

/** The rows of a map, one string per row ('.', '#', 'S', 's', 'G', 'C', 'H', '~'). */
export type Rows = readonly string[];

export interface EditRefusal {
  readonly error: string;
}

export type EditResult = string[] | EditRefusal;

/** The cell types a click cycles through, in order (floor → wall → goal → cliff → hole → ice → floor). */
export const CELL_CYCLE = ['.', '#', 'G', 'C', 'H', '~'] as const;
export type PaintChar = (typeof CELL_CYCLE)[number];

const START_CHARS = new Set(['S', 's']);

export function isRefusal(result: EditResult): result is EditRefusal {
  return !Array.isArray(result);
}

export function isStart(ch: string): boolean {
  return START_CHARS.has(ch);
}

export function isPaintChar(ch: string): ch is PaintChar {
  return (CELL_CYCLE as readonly string[]).includes(ch);
}

export function goalCount(rows: Rows): number {
  let n = 0;
  for (const row of rows) for (const ch of row) if (ch === 'G') n++;
  return n;
}

/** The character at a cell index (row × width + column), or undefined outside the map. */
export function charAt(rows: Rows, cell: number): string | undefined {
  const width = rows[0]?.length ?? 0;
  if (!Number.isInteger(cell) || cell < 0 || width === 0 || cell >= width * rows.length) return undefined;
  return rows[Math.floor(cell / width)][cell % width];
}

/** The next type in CELL_CYCLE. */
export function nextInCycle(ch: PaintChar): PaintChar {
  return CELL_CYCLE[(CELL_CYCLE.indexOf(ch) + 1) % CELL_CYCLE.length];
}

function setChars(rows: Rows, changes: ReadonlyMap<number, string>): string[] {
  const width = rows[0].length;
  const out = rows.map((row) => row.split(''));
  for (const [cell, ch] of changes) out[Math.floor(cell / width)][cell % width] = ch;
  return out.map((chars) => chars.join(''));
}

const outside = (cell: number): EditRefusal => ({ error: `Cell ${cell} is outside the map.` });
const LAST_GOAL: EditRefusal = { error: 'The map needs at least one goal: add another goal first.' };

/** One click: the cell's type moves one step along CELL_CYCLE. The start cannot be cycled; the last goal stays. */
export function cycleCell(rows: Rows, cell: number): EditResult {
  const ch = charAt(rows, cell);
  if (ch === undefined) return outside(cell);
  if (isStart(ch)) return { error: 'That is the start: Shift+click (Shift+Enter) another cell to move it.' };
  if (!isPaintChar(ch)) return { error: `Unknown cell '${ch}'.` };
  if (ch === 'G' && goalCount(rows) <= 1) return LAST_GOAL;
  return setChars(rows, new Map([[cell, nextInCycle(ch)]]));
}

/** A drag: every listed cell gets `char`; the start keeps its place. Refused if no goal would be left. */
export function paintCells(rows: Rows, cells: readonly number[], char: PaintChar): EditResult {
  if (!isPaintChar(char)) return { error: `Cannot paint '${char as string}'.` };
  const changes = new Map<number, string>();
  let goalsLeft = goalCount(rows);
  for (const cell of cells) {
    const ch = charAt(rows, cell);
    if (ch === undefined) return outside(cell);
    if (isStart(ch) || ch === char || changes.has(cell)) continue;
    if (ch === 'G') goalsLeft--;
    if (char === 'G') goalsLeft++;
    changes.set(cell, char);
  }
  if (goalsLeft < 1) return LAST_GOAL;
  return changes.size === 0 ? [...rows] : setChars(rows, changes);
}

/**
 * Move the start to `cell`. A start stands on floor or ice: a wall, cliff, hole or goal there is made floor first
 * (refused if it is the last goal). The old start keeps its ground (floor, or ice for 's').
 */
export function moveStart(rows: Rows, cell: number): EditResult {
  const ch = charAt(rows, cell);
  if (ch === undefined) return outside(cell);
  if (isStart(ch)) return [...rows];
  if (ch === 'G' && goalCount(rows) <= 1) return { error: 'The start cannot replace the last goal.' };
  const changes = new Map<number, string>([[cell, ch === '~' ? 's' : 'S']]);
  const width = rows[0].length;
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (row[c] === 'S') changes.set(r * width + c, '.');
      if (row[c] === 's') changes.set(r * width + c, '~');
    }
  });
  return setChars(rows, changes);
}
