// Distance-based reward shaping for gridworlds (catalogue D19, "distance-shaped variants"): every move earns
// c·(d(s) − d(s′)), where d is the number of moves to the nearest goal that pays at least 1 (breadth-first search
// over the deterministic moves). Moving closer pays c, moving away costs c. Under discounting this is not exactly
// potential-based shaping (that would use γ·d(s′)), so it can change which policy is best in principle; on the
// suite's maps it does not, and it makes the random policy's values point the right way: min-k falls.
import type { TabularModel } from '../tabular-model.ts';
import { Cell, type GridLayout } from './grid-layout.ts';
import { GRID_ACTIONS, moveTarget } from './grid-dynamics.ts';

/** Moves from each cell to the nearest goal paying ≥ 1 (Infinity where none is reachable). */
export function distanceToGoals(layout: GridLayout): Float64Array {
  const n = layout.width * layout.height;
  const distance = new Float64Array(n).fill(Infinity);
  const queue: number[] = [];
  for (let c = 0; c < n; c++) {
    if (layout.cells[c] === Cell.goal && layout.enterReward[c] >= 1) {
      distance[c] = 0;
      queue.push(c);
    }
  }
  // Backwards search: a cell is one move further than any cell one of its moves reaches.
  for (let head = 0; head < queue.length; head++) {
    const target = queue[head];
    for (let c = 0; c < n; c++) {
      const type = layout.cells[c];
      // Walls block; goals and holes end the episode; a cliff sends the agent back to the start: none is a way through.
      if (distance[c] !== Infinity || type === Cell.wall || type === Cell.goal || type === Cell.hole || type === Cell.cliff) continue;
      for (let a = 0; a < GRID_ACTIONS; a++) {
        if (moveTarget(layout, c, a) === target) {
          distance[c] = distance[target] + 1;
          queue.push(c);
          break;
        }
      }
    }
  }
  return distance;
}

/** A copy of the model with c·(d(s) − d(s′)) added to every transition between cells of finite distance. */
export function shapeByProgress(model: TabularModel, layout: GridLayout, scale: number): TabularModel {
  if (!(scale >= 0 && Number.isFinite(scale))) throw new RangeError(`the shaping scale must be ≥ 0, got ${scale}`);
  const distance = distanceToGoals(layout);
  const reward = model.reward.slice();
  const { nActions, maxOutcomes } = model;
  for (let s = 0; s < model.nStates; s++) {
    if (model.inert[s] || !Number.isFinite(distance[s])) continue;
    for (let a = 0; a < nActions; a++) {
      for (let k = 0; k < maxOutcomes; k++) {
        const i = (s * nActions + a) * maxOutcomes + k;
        const next = model.next[i];
        if (model.prob[i] > 0 && Number.isFinite(distance[next])) reward[i] += scale * (distance[s] - distance[next]);
      }
    }
  }
  return { ...model, reward };
}
