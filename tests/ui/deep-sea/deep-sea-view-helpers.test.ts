// The Deep Sea view's helpers: the log shading of counts, the sweep chart's rows (with the 2^N line), and the goal
// cells, which must be reachable, distinct and the same for a size whatever the seed.
import { describe, expect, it } from 'vitest';
import { logShare } from '../../../src/ui/theme/heat-shade.ts';
import { sweepRows } from '../../../src/ui/deep-sea/scaling-sweep.tsx';
import { deepSeaGoalCells } from '../../../src/core/envs/deep-sea/deep-sea-env.ts';

describe('deep sea view helpers', () => {
  it('shades 0 for unvisited, 1 at the maximum, and on a log scale between', () => {
    expect(logShare(0, 100)).toBe(0);
    expect(logShare(100, 100)).toBe(1);
    expect(logShare(9, 99)).toBeCloseTo(0.5, 12);
    expect(logShare(5, 0)).toBe(0);
  });

  it('puts each agent’s median and 2^N on the row of its size', () => {
    const rows = sweepRows([
      { agentId: 'a', size: 4, firstSuccess: [3, 5, 7], median: 5 },
      { agentId: 'b', size: 4, firstSuccess: [null, null, 9], median: null },
      { agentId: 'a', size: 5, firstSuccess: [8, 8, 8], median: 8 },
    ], [4, 5, 6]);
    expect(rows).toEqual([{ size: 4, dithering: 16, a: 5, b: null }, { size: 5, dithering: 32, a: 8 }, { size: 6, dithering: 64 }]);
  });

  it('draws up to 20 distinct reachable goal cells per size', () => {
    for (const size of [4, 10, 40]) {
      const goals = deepSeaGoalCells(size);
      expect(goals.length).toBe(Math.min(20, (size * (size + 1)) / 2 - 1));
      expect(new Set(goals).size).toBe(goals.length);
      for (const g of goals) expect(g % size).toBeLessThanOrEqual(Math.floor(g / size));
      expect(deepSeaGoalCells(size)).toEqual(goals);
    }
  });
});
