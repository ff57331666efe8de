// The exact model of a Deep Sea instance as a TabularModel (states row·N + column, plus the absorbing end state N²;
// actions 0 and 1; up to two outcomes for a windy "right"). Planners and tests use it: the optimal return, and the
// reward-free agent's goal-reaching check, are computed on it.
import { createTabularModel, type TabularModel } from '../tabular-model.ts';
import type { DeepSeaSpec } from './deep-sea-env.ts';

/** bsuite's unscaled cost of a "right": each one costs MOVE_COST / N. */
export const MOVE_COST = 0.01;

export function deepSeaModel(spec: DeepSeaSpec, rightAction: Uint8Array): TabularModel {
  const n = spec.size;
  const end = n * n;
  const model = createTabularModel(end + 1, 2, 2, 0);
  model.inert[end] = 1;
  for (let row = 0; row < n; row++) {
    for (let column = 0; column < n; column++) {
      const s = row * n + column;
      for (let a = 0; a < 2; a++) {
        const base = (s * 2 + a) * 2;
        const right = a === rightAction[s];
        const last = row === n - 1;
        const cellOf = (col: number) => (last ? end : (row + 1) * n + col);
        const reward = right ? (column === n - 1 ? 1 : 0) - MOVE_COST / n : 0;
        const outcomes: [number, number][] = !right
          ? [[cellOf(Math.max(column - 1, 0)), 1]]
          : spec.windy
            ? [[cellOf(Math.min(column + 1, n - 1)), 1 - 1 / n], [cellOf(column), 1 / n]]
            : [[cellOf(Math.min(column + 1, n - 1)), 1]];
        outcomes.forEach(([next, p], k) => {
          model.next[base + k] = next;
          model.prob[base + k] = p;
          model.reward[base + k] = reward;
          model.ends[base + k] = last ? 1 : 0;
        });
      }
    }
  }
  return model;
}

/**
 * V*(start) by backward induction over the rows (the episode has exactly N steps, so no discount is needed):
 * 0.99 without wind, less with it.
 */
export function deepSeaOptimalReturn(model: TabularModel): number {
  const n = Math.round(Math.sqrt(model.nStates - 1));
  const values = new Float64Array(model.nStates);
  for (let row = n - 1; row >= 0; row--) {
    for (let column = 0; column < n; column++) {
      const s = row * n + column;
      let best = -Infinity;
      for (let a = 0; a < 2; a++) {
        const base = (s * 2 + a) * 2;
        let q = 0;
        for (let k = 0; k < 2; k++) {
          const p = model.prob[base + k];
          if (p > 0) q += p * (model.reward[base + k] + (model.ends[base + k] ? 0 : values[model.next[base + k]]));
        }
        best = Math.max(best, q);
      }
      values[s] = best;
    }
  }
  return values[0];
}
