// Exogenous wind as an exact model (catalogue D7's NeoRL-2 toggle): after each move, with probability p a gust
// pushes the agent one more cell in a fixed direction, whatever it chose. The push stops at walls and the border
// and never blows the agent into a goal, hole or cliff. Each outcome of the base model is split in two, calm
// (1 − p) and gusty (p); the calm ones keep their places, so the likeliest outcome is still the intended move.
import { createTabularModel, type TabularModel } from '../tabular-model.ts';
import { Cell, type GridLayout } from './grid-layout.ts';
import { GRID_ACTIONS, isTerminalCell, moveTarget } from './grid-dynamics.ts';

/** Where a gust from `cell` in `direction` leaves the agent. */
export function gustTarget(layout: GridLayout, cell: number, direction: number): number {
  const target = moveTarget(layout, cell, direction);
  return isTerminalCell(layout, target) || layout.cells[target] === Cell.cliff ? cell : target;
}

export function gustModel(base: TabularModel, layout: GridLayout, probability: number, direction: number): TabularModel {
  if (!(probability >= 0 && probability < 0.5)) throw new RangeError(`A gust's probability must lie in [0, 0.5), got ${probability}`);
  if (!(Number.isInteger(direction) && direction >= 0 && direction < GRID_ACTIONS)) throw new RangeError(`A gust blows in one of the ${GRID_ACTIONS} directions, got ${direction}`);
  const B = base.maxOutcomes;
  const model = createTabularModel(base.nStates, base.nActions, 2 * B, base.start);
  model.inert.set(base.inert);
  for (let sa = 0; sa < base.nStates * base.nActions; sa++) {
    for (let k = 0; k < B; k++) {
      const from = sa * B + k;
      const calm = sa * 2 * B + k;
      const gusty = calm + B;
      model.next[calm] = base.next[from]!;
      model.reward[calm] = base.reward[from]!;
      model.ends[calm] = base.ends[from]!;
      const p = base.prob[from]!;
      const inert = base.inert[Math.floor(sa / base.nActions)] === 1;
      if (base.ends[from] || inert) { model.prob[calm] = p; continue; }
      model.prob[calm] = p * (1 - probability);
      model.next[gusty] = gustTarget(layout, base.next[from]!, direction);
      model.prob[gusty] = p * probability;
      model.reward[gusty] = base.reward[from]!;
    }
  }
  return model;
}
