// A gridworld map written as ASCII text, parsed and checked into flat typed arrays.
// Legend: '.' floor, '#' wall, 'S' start, 'G' goal (+reward, ends the episode), 'C' cliff (penalty, back to start),
// 'H' hole/lava (penalty, ends the episode), '~' ice (moves may slip sideways), 's' start on ice.

export const Cell = { floor: 0, wall: 1, goal: 2, cliff: 3, hole: 4, ice: 5 } as const;
export type CellType = (typeof Cell)[keyof typeof Cell];

const CHAR_TO_CELL: Record<string, CellType> = {
  '.': Cell.floor, '#': Cell.wall, 'G': Cell.goal, 'C': Cell.cliff, 'H': Cell.hole, '~': Cell.ice, 'S': Cell.floor, 's': Cell.ice,
};
const CELL_TO_CHAR = ['.', '#', 'G', 'C', 'H', '~'] as const;

export const MIN_GRID_SIDE = 2;
export const MAX_GRID_SIDE = 25;

/** Everything that defines a gridworld, in plain serialisable form (this is what a shared link stores). */
export interface GridSpec {
  readonly rows: readonly string[];
  /** Reward of every move (added to the goal reward on the move into a goal). */
  readonly stepReward: number;
  /** Reward for entering a goal cell, on top of the step reward. */
  readonly goalReward: number;
  /** Reward for stepping into a cliff cell (replaces the step reward); the agent is sent back to the start. */
  readonly cliffReward: number;
  /** Reward for stepping into a hole (replaces the step reward); the episode ends. */
  readonly holeReward: number;
  /** Probability that a move made from an ice cell goes to one of the two perpendicular directions instead. */
  readonly slip: number;
  /** Upward push per column, applied after the move (S&B Example 6.5), using the column the move starts from. */
  readonly wind?: readonly number[];
  /** Goal cells whose reward differs from goalReward, as [cell index, reward]. */
  readonly goalRewards?: readonly (readonly [number, number])[];
}

export interface GridLayout {
  readonly width: number;
  readonly height: number;
  readonly cells: Uint8Array;
  readonly start: number;
  /** Reward for entering each cell: goal reward for goals, penalty for cliffs and holes, 0 elsewhere. */
  readonly enterReward: Float64Array;
  readonly stepReward: number;
  readonly slip: number;
  readonly wind: Int8Array;
}

export class GridSpecError extends Error {}

/** Parse and check a GridSpec; every problem is reported with its row and column, never silently fixed. */
export function parseGridSpec(spec: GridSpec): GridLayout {
  const rows = spec.rows;
  const height = rows.length;
  if (height < MIN_GRID_SIDE || height > MAX_GRID_SIDE) {
    throw new GridSpecError(`the map needs ${MIN_GRID_SIDE} to ${MAX_GRID_SIDE} rows, got ${height}`);
  }
  const width = rows[0].length;
  if (width < MIN_GRID_SIDE || width > MAX_GRID_SIDE) {
    throw new GridSpecError(`the map needs ${MIN_GRID_SIDE} to ${MAX_GRID_SIDE} columns, got ${width}`);
  }
  const cells = new Uint8Array(width * height);
  const enterReward = new Float64Array(width * height);
  let start = -1;
  let goals = 0;
  for (let row = 0; row < height; row++) {
    if (rows[row].length !== width) {
      throw new GridSpecError(`row ${row + 1} has ${rows[row].length} cells but row 1 has ${width}`);
    }
    for (let col = 0; col < width; col++) {
      const ch = rows[row][col];
      const cell = CHAR_TO_CELL[ch];
      if (cell === undefined) {
        throw new GridSpecError(`unknown cell '${ch}' at row ${row + 1}, column ${col + 1} (use . # S s G C H ~)`);
      }
      const index = row * width + col;
      cells[index] = cell;
      if (ch === 'S' || ch === 's') {
        if (start >= 0) throw new GridSpecError(`the map has more than one start (row ${row + 1}, column ${col + 1})`);
        start = index;
      }
      if (cell === Cell.goal) { enterReward[index] = spec.goalReward; goals++; }
      if (cell === Cell.cliff) enterReward[index] = spec.cliffReward;
      if (cell === Cell.hole) enterReward[index] = spec.holeReward;
    }
  }
  if (start < 0) throw new GridSpecError('the map has no start cell (S)');
  if (goals === 0) throw new GridSpecError('the map has no goal cell (G)');
  for (const [index, reward] of spec.goalRewards ?? []) {
    if (!(Number.isInteger(index) && index >= 0 && index < cells.length)) {
      throw new GridSpecError(`a goal reward is set for cell ${index}, which is outside the map`);
    }
    if (cells[index] !== Cell.goal) {
      const where = `row ${Math.floor(index / width) + 1}, column ${(index % width) + 1}`;
      throw new GridSpecError(`cell ${index} (${where}) has a goal reward but is not a goal`);
    }
    enterReward[index] = reward;
  }
  if (!(spec.slip >= 0 && spec.slip <= 1)) throw new GridSpecError(`slip must lie in [0, 1], got ${spec.slip}`);
  const wind = new Int8Array(width);
  if (spec.wind) {
    if (spec.wind.length !== width) throw new GridSpecError(`wind has ${spec.wind.length} columns, the map ${width}`);
    spec.wind.forEach((w, col) => {
      if (!Number.isInteger(w) || w < -3 || w > 3) throw new GridSpecError(`wind in column ${col + 1} must be an integer from -3 to 3`);
      wind[col] = w;
    });
  }
  return { width, height, cells, start, enterReward, stepReward: spec.stepReward, slip: spec.slip, wind };
}

/** The layout drawn back as ASCII rows (the inverse of parsing), e.g. for tests and shared links. */
export function layoutToRows(layout: GridLayout): string[] {
  const rows: string[] = [];
  for (let row = 0; row < layout.height; row++) {
    let line = '';
    for (let col = 0; col < layout.width; col++) {
      const index = row * layout.width + col;
      const cell = layout.cells[index];
      line += index === layout.start ? (cell === Cell.ice ? 's' : 'S') : CELL_TO_CHAR[cell];
    }
    rows.push(line);
  }
  return rows;
}
