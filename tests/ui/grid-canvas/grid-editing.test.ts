// Map edits over ASCII rows: cycling, painting, the start's rules, the last goal, and rows that still parse.
import { describe, expect, it } from 'vitest';
import {
  CELL_CYCLE, cycleCell, goalCount, isRefusal, moveStart, paintCells, type EditResult,
} from '../../../src/ui/grid-canvas/grid-editing.ts';
import { parseGridSpec, type GridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { goalRewardOf, parseGoalRewardInput, pruneGoalRewards } from '../../../src/ui/grid-canvas/goal-reward.ts';

const SPEC = { stepReward: 0, goalReward: 1, cliffReward: -100, holeReward: 0, slip: 0 } satisfies Omit<GridSpec, 'rows'>;
const parse = (rows: readonly string[]) => parseGridSpec({ ...SPEC, rows });

// 4 columns × 3 rows; cell = row × 4 + column.
const MAP = [
  'S...',
  '.#..',
  '...G',
];

function rowsOf(result: EditResult): string[] {
  if (isRefusal(result)) throw new Error(`refused: ${result.error}`);
  return result;
}

describe('cycleCell', () => {
  it('goes floor → wall → goal → cliff → hole → ice → floor and stays parseable', () => {
    let rows: readonly string[] = MAP;
    const seen: string[] = [];
    for (let i = 0; i < CELL_CYCLE.length; i++) {
      rows = rowsOf(cycleCell(rows, 1));
      seen.push(rows[0][1]);
      expect(() => parse(rows)).not.toThrow();
    }
    expect(seen).toEqual(['#', 'G', 'C', 'H', '~', '.']);
  });

  it('changes only the clicked cell and leaves the input untouched', () => {
    const input = [...MAP];
    const rows = rowsOf(cycleCell(input, 6));
    expect(rows).toEqual(['S...', '.##.', '...G']);
    expect(input).toEqual(MAP);
  });

  it('does nothing to the start', () => {
    const result = cycleCell(MAP, 0);
    expect(isRefusal(result)).toBe(true);
  });

  it('refuses to change the last goal away, with a message', () => {
    const result = cycleCell(MAP, 11);
    expect(isRefusal(result) && result.error).toMatch(/goal/);
  });

  it('lets a goal change when another goal remains', () => {
    const twoGoals = rowsOf(paintCells(MAP, [3], 'G'));
    expect(goalCount(twoGoals)).toBe(2);
    const rows = rowsOf(cycleCell(twoGoals, 11));
    expect(rows[2][3]).toBe('C');
    expect(goalCount(rows)).toBe(1);
    expect(() => parse(rows)).not.toThrow();
  });

  it('refuses cells outside the map', () => {
    expect(isRefusal(cycleCell(MAP, 12))).toBe(true);
    expect(isRefusal(cycleCell(MAP, -1))).toBe(true);
  });
});

describe('paintCells', () => {
  it('paints every listed cell but never the start', () => {
    const rows = rowsOf(paintCells(MAP, [0, 1, 2, 3], '#'));
    expect(rows[0]).toBe('S###');
    expect(() => parse(rows)).not.toThrow();
  });

  it('refuses a stroke that would leave no goal', () => {
    expect(isRefusal(paintCells(MAP, [10, 11], '.'))).toBe(true);
  });

  it('may paint over a goal when another one is left', () => {
    const rows = rowsOf(paintCells(MAP, [3, 11], 'G'));
    const after = rowsOf(paintCells(rows, [11], 'H'));
    expect(goalCount(after)).toBe(1);
    expect(() => parse(after)).not.toThrow();
  });

  it('returns equal rows when nothing changes', () => {
    expect(rowsOf(paintCells(MAP, [5], '#'))).toEqual(MAP);
  });
});

describe('moveStart', () => {
  it('moves the start, the old start becomes floor', () => {
    const rows = rowsOf(moveStart(MAP, 2));
    expect(rows[0]).toBe('..S.');
    expect(parse(rows).start).toBe(2);
  });

  it('makes a wall, cliff or hole floor first', () => {
    const rows = rowsOf(moveStart(MAP, 5));
    expect(rows[1]).toBe('.S..');
    expect(parse(rows).start).toBe(5);
    const withHole = rowsOf(paintCells(MAP, [7], 'H'));
    expect(rowsOf(moveStart(withHole, 7))[1]).toBe('.#.S');
  });

  it('keeps ice under the start, on both ends', () => {
    const icy = rowsOf(moveStart(rowsOf(paintCells(MAP, [9], '~')), 9));
    expect(icy[2]).toBe('.s.G');
    const back = rowsOf(moveStart(icy, 4));
    expect(back[1]).toBe('S#..');
    expect(back[2]).toBe('.~.G');
    expect(() => parse(back)).not.toThrow();
  });

  it('refuses to put the start on the last goal', () => {
    expect(isRefusal(moveStart(MAP, 11))).toBe(true);
  });

  it('may replace a goal when another one is left', () => {
    const rows = rowsOf(moveStart(rowsOf(paintCells(MAP, [3], 'G')), 3));
    expect(rows[0]).toBe('...S');
    expect(goalCount(rows)).toBe(1);
    expect(() => parse(rows)).not.toThrow();
  });

  it('keeps exactly one start', () => {
    const rows = rowsOf(moveStart(MAP, 10));
    expect(rows.join('').replace(/[^Ss]/g, '')).toBe('S');
  });
});

describe('goal rewards', () => {
  it('accepts numbers in [−100, 100] and refuses the rest', () => {
    expect(parseGoalRewardInput('5')).toBe(5);
    expect(parseGoalRewardInput(' -2.5 ')).toBe(-2.5);
    expect(parseGoalRewardInput('\u221210')).toBe(-10);
    expect(parseGoalRewardInput('100')).toBe(100);
    for (const bad of ['', 'abc', '101', '-100.5', 'Infinity', 'NaN']) {
      expect(typeof parseGoalRewardInput(bad)).toBe('object');
    }
  });

  it('reads the current reward of a cell from the demo text', () => {
    expect(goalRewardOf('11:5,3:-2', 3)).toBe(-2);
    expect(goalRewardOf('11:5', 3)).toBeUndefined();
    expect(goalRewardOf('', 3)).toBeUndefined();
    expect(goalRewardOf(undefined, 3)).toBeUndefined();
  });

  it('drops rewards of cells that are no longer goals', () => {
    const rows = rowsOf(paintCells(MAP, [3], 'G'));
    expect(pruneGoalRewards('3:5,11:2,7:1', rows)).toBe('3:5,11:2');
    expect(pruneGoalRewards('7:1', rows)).toBe('');
  });
});
