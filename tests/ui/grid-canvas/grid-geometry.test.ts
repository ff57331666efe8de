// Sizing (square cells that fit a desktop column or a 390 px phone), pixel → cell, drag lines, the trail.
import { describe, expect, it } from 'vitest';
import { cellAtPoint, cellsOnLine, fitGrid, stepCell } from '../../../src/ui/grid-canvas/grid-geometry.ts';
import { extendTrail, TRAIL_LENGTH } from '../../../src/ui/grid-canvas/agent-trail.ts';
import { previewLayout } from '../../../src/ui/grid-canvas/preview-layout.ts';
import { Cell, parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';

describe('fitGrid', () => {
  it('fills a desktop column with square cells, at most 640 px tall', () => {
    const g = fitGrid(25, 25, false, 900, 640);
    expect(g.cell).toBe(25);
    expect(g.height).toBeLessThanOrEqual(640);
    expect(g.width).toBe(25 * g.cell);
  });

  it('fits the width of a 390 px phone', () => {
    const g = fitGrid(12, 4, false, 358, 640);
    expect(g.width).toBeLessThanOrEqual(358);
    expect(g.cell).toBe(29);
    expect(fitGrid(25, 25, false, 358, 640).cell).toBe(14);
  });

  it('keeps room for the wind band under the grid', () => {
    const g = fitGrid(10, 7, true, 2000, 640);
    expect(g.windBand).toBeGreaterThan(0);
    expect(g.height).toBeLessThanOrEqual(640);
    expect(g.height).toBe(7 * g.cell + g.windBand);
  });

  it('maps points to cells and rejects points outside the grid (the wind band included)', () => {
    const g = fitGrid(4, 3, true, 160, 1000);
    expect(g.cell).toBe(40);
    expect(cellAtPoint(g, 0, 0)).toBe(0);
    expect(cellAtPoint(g, 159, 119)).toBe(11);
    expect(cellAtPoint(g, 45, 85)).toBe(9);
    expect(cellAtPoint(g, 160, 10)).toBe(-1);
    expect(cellAtPoint(g, 10, 125)).toBe(-1);
    expect(cellAtPoint(g, -1, 10)).toBe(-1);
  });
});

describe('cellsOnLine and stepCell', () => {
  it('leaves no gap along a fast drag', () => {
    expect(cellsOnLine(0, 3, 10)).toEqual([0, 1, 2, 3]);
    expect(cellsOnLine(0, 30, 10)).toEqual([0, 10, 20, 30]);
    expect(cellsOnLine(0, 22, 10)).toEqual([0, 11, 22]);
    expect(cellsOnLine(5, 5, 10)).toEqual([5]);
  });

  it('moves the cursor one cell and stops at the edges', () => {
    expect(stepCell(5, 0, 4, 3)).toBe(1);
    expect(stepCell(1, 0, 4, 3)).toBe(1);
    expect(stepCell(3, 1, 4, 3)).toBe(3);
    expect(stepCell(5, 2, 4, 3)).toBe(9);
    expect(stepCell(4, 3, 4, 3)).toBe(4);
  });
});

describe('extendTrail', () => {
  const layout = parseGridSpec({ rows: ['S...', '....', 'C..G'], stepReward: 0, goalReward: 1, cliffReward: -1, holeReward: 0, slip: 0 });

  it('keeps the last cells in order, without repeats of a standing agent', () => {
    let trail: readonly number[] = [];
    for (const cell of [0, 1, 1, 2, 6]) trail = extendTrail(trail, cell, layout);
    expect(trail).toEqual([0, 1, 2, 6]);
  });

  it('keeps at most TRAIL_LENGTH cells', () => {
    let trail: readonly number[] = [];
    for (let i = 0; i < 100; i++) trail = extendTrail(trail, i % 2 === 0 ? 1 : 2, layout);
    expect(trail).toHaveLength(TRAIL_LENGTH);
    expect(trail[TRAIL_LENGTH - 1]).toBe(2);
  });

  it('starts again when the agent is sent back to the start, not when it steps onto it', () => {
    expect(extendTrail([1, 2, 6, 7, 11], 0, layout)).toEqual([0]);
    expect(extendTrail([4, 8], 0, layout)).toEqual([0]);
    expect(extendTrail([2, 1], 0, layout)).toEqual([2, 1, 0]);
  });
});

describe('previewLayout', () => {
  it('shows edited cells and the moved start before the run confirms them', () => {
    const layout = parseGridSpec({ rows: ['S..', '..G'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 });
    const preview = previewLayout(layout, ['.#S', 'G.G']);
    expect(preview.start).toBe(2);
    expect(preview.cells[1]).toBe(Cell.wall);
    expect(preview.cells[3]).toBe(Cell.goal);
    expect(Number.isNaN(preview.enterReward[3])).toBe(true);
    expect(preview.enterReward[5]).toBe(1);
    expect(previewLayout(layout, ['S..'])).toBe(layout);
  });
});
