// The aliased 3×3 view of the two corridors: the cells of a straight corridor look alike, the junction and a dead
// end do not; off-map counts as wall; the bits unpack as features.
import { describe, expect, it } from 'vitest';
import { localView, writeLocalView } from '../../../../src/core/envs/gridworld/local-view.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { CORRIDOR_CELLS, TWO_CORRIDORS } from '../../../../src/demos/stitching-world.ts';

const layout = parseGridSpec(TWO_CORRIDORS);
const at = (row: number, col: number) => localView(layout, row * 11 + col);

describe('local view', () => {
  it('gives the cells of a straight corridor the same view', () => {
    // The vertical corridor below the junction: walls left and right, open above and below.
    expect(at(5, 7)).toBe(at(6, 7));
    expect(at(6, 7)).toBe(at(7, 7));
    // Bits 0, 2, 3, 5, 6, 8: the corners and the left and right neighbours are walls.
    expect(at(6, 7)).toBe(0b101_101_101);
  });

  it('tells the junction and the corridor ends apart, and counts off-map cells as walls', () => {
    expect(localView(layout, CORRIDOR_CELLS.junction)).not.toBe(at(2, 5));
    // The bottom of the climb (row 8) has the map's edge below it.
    expect(localView(layout, CORRIDOR_CELLS.sideStart)).toBe(0b111_101_101);
  });

  it('unpacks into 0/1 features', () => {
    const out = new Float32Array(10).fill(7);
    writeLocalView(0b101_101_101, out, 1);
    expect(Array.from(out)).toEqual([7, 1, 0, 1, 1, 0, 1, 1, 0, 1]);
  });
});
