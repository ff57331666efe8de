// Parsing ASCII gridworld maps: errors name the row and column; layoutToRows inverts parsing for every preset.
import { describe, it, expect } from 'vitest';
import { Cell, GridSpecError, layoutToRows, parseGridSpec, type GridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { frozenLake } from '../../../../src/core/envs/gridworld/grid-presets.ts';
import { ALL_GRID_PRESETS } from './all-presets.ts';

const BASE = { stepReward: 0, goalReward: 1, cliffReward: -100, holeReward: -1, slip: 0 };
const spec = (rows: string[], extra: Partial<GridSpec> = {}): GridSpec => ({ ...BASE, rows, ...extra });

function parseError(s: GridSpec): string {
  try {
    parseGridSpec(s);
  } catch (e) {
    expect(e).toBeInstanceOf(GridSpecError);
    return (e as Error).message;
  }
  throw new Error('expected a GridSpecError');
}

describe('parseGridSpec', () => {
  it('reads cells, start, rewards and wind into flat arrays', () => {
    const layout = parseGridSpec(spec(['S.#', 'CHG', '~~.'], { wind: [0, 1, -2], goalReward: 5 }));
    expect(layout.width).toBe(3);
    expect(layout.height).toBe(3);
    expect(layout.start).toBe(0);
    expect([...layout.cells]).toEqual([
      Cell.floor, Cell.floor, Cell.wall,
      Cell.cliff, Cell.hole, Cell.goal,
      Cell.ice, Cell.ice, Cell.floor,
    ]);
    expect([...layout.enterReward]).toEqual([0, 0, 0, -100, -1, 5, 0, 0, 0]);
    expect([...layout.wind]).toEqual([0, 1, -2]);
  });

  it('applies per-goal rewards', () => {
    const layout = parseGridSpec(spec(['S.G', 'G..'], { goalRewards: [[3, 10]] }));
    expect(layout.enterReward[2]).toBe(1);
    expect(layout.enterReward[3]).toBe(10);
  });

  it('names the row of a ragged row', () => {
    expect(parseError(spec(['S..', '..', '..G']))).toMatch(/row 2 has 2 cells but row 1 has 3/);
  });

  it('names the row and column of an unknown character', () => {
    expect(parseError(spec(['S..', '.x.', '..G']))).toMatch(/'x' at row 2, column 2/);
  });

  it('names the row and column of a second start', () => {
    expect(parseError(spec(['S..', '..s', '..G']))).toMatch(/more than one start \(row 2, column 3\)/);
  });

  it('rejects a map without a start or without a goal', () => {
    expect(parseError(spec(['...', '..G']))).toMatch(/no start/);
    expect(parseError(spec(['S..', '...']))).toMatch(/no goal/);
  });

  it('rejects maps that are too small or too large', () => {
    expect(parseError(spec(['SG']))).toMatch(/rows, got 1/);
    expect(parseError(spec([]))).toMatch(/rows, got 0/);
    expect(parseError(spec(['S', 'G']))).toMatch(/columns, got 1/);
    const tall = ['S.', ...Array.from({ length: 24 }, () => '..'), '.G'];
    expect(parseError(spec(tall))).toMatch(/rows, got 26/);
    const wide = ['S' + '.'.repeat(25), '.'.repeat(25) + 'G'];
    expect(parseError(spec(wide))).toMatch(/columns, got 26/);
    const largest = ['S' + '.'.repeat(24), ...Array.from({ length: 23 }, () => '.'.repeat(25)), '.'.repeat(24) + 'G'];
    expect(parseGridSpec(spec(largest)).cells.length).toBe(25 * 25);
  });

  it('checks the wind length and names the column of a bad wind value', () => {
    expect(parseError(spec(['S.G', '...'], { wind: [0, 0] }))).toMatch(/wind has 2 columns, the map 3/);
    expect(parseError(spec(['S.G', '...'], { wind: [0, 4, 0] }))).toMatch(/column 2/);
    expect(parseError(spec(['S.G', '...'], { wind: [0, 0, -4] }))).toMatch(/column 3/);
    expect(parseError(spec(['S.G', '...'], { wind: [1.5, 0, 0] }))).toMatch(/column 1/);
  });

  it('names the row and column of a goal reward set on a non-goal cell', () => {
    expect(parseError(spec(['S.G', '...'], { goalRewards: [[4, 2]] }))).toMatch(/row 2, column 2/);
    expect(parseError(spec(['S.G', '...'], { goalRewards: [[6, 2]] }))).toMatch(/outside the map/);
  });

  it.each([-0.1, 1.5, NaN])('rejects slip %s', (slip) => {
    expect(parseError(spec(['S.G', '...'], { slip }))).toMatch(/slip must lie in \[0, 1\]/);
  });
});

describe('layoutToRows', () => {
  const presets = ALL_GRID_PRESETS;

  it.each(presets)('round-trips %s', (_, preset) => {
    expect(layoutToRows(parseGridSpec(preset))).toEqual(preset.rows);
  });

  it('writes a start on ice as s (slippery FrozenLake) and on floor as S', () => {
    expect(frozenLake('4x4', true).rows).toEqual(['s~~~', '~H~H', '~~~H', 'H~~G']);
    expect(layoutToRows(parseGridSpec(frozenLake('4x4', true)))[0]).toBe('s~~~');
    expect(layoutToRows(parseGridSpec(frozenLake('4x4', false)))[0]).toBe('S...');
  });
});
