// Helpers for the fidelity tests: averaging a window of a series, and reading a greedy path off a Q table as ASCII.
import type { GridLayout } from '../../src/core/envs/gridworld/grid-layout.ts';
import { layoutToRows } from '../../src/core/envs/gridworld/grid-layout.ts';
import { buildGridModel, GRID_ACTIONS } from '../../src/core/envs/gridworld/grid-dynamics.ts';
import { argmaxFirst } from '../../src/core/rng/sampling.ts';

/** Mean of values[from, to). */
export function windowMean(values: readonly number[], from: number, to: number): number {
  const slice = values.slice(from, to);
  return slice.reduce((a, b) => a + b, 0) / slice.length;
}

/**
 * Follow argmax Q from the start on a deterministic map; return the map with the cells acted from drawn as '*'
 * (one '*' per step; the goal keeps its letter).
 */
export function greedyPathRows(layout: GridLayout, q: Float64Array, maxSteps = 200): string[] {
  const model = buildGridModel(layout);
  const rows = layoutToRows(layout).map((r) => r.split(''));
  let s = layout.start;
  for (let i = 0; i < maxSteps; i++) {
    rows[Math.floor(s / layout.width)][s % layout.width] = '*';
    const a = argmaxFirst(q, s * GRID_ACTIONS, GRID_ACTIONS);
    const k = (s * GRID_ACTIONS + a) * 3;
    if (model.ends[k]) break;
    s = model.next[k];
  }
  return rows.map((r) => r.join(''));
}
