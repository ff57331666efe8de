// Sticky actions as an exact model (catalogue D19's sticky variants; Machado et al. 2018): each step, with
// probability p the previous move is repeated instead of the chosen one. The world then has memory, so the state
// becomes (cell, last move), encoded as
//   state = cell + n·(last + 1),   last ∈ {−1 (none yet), 0 up, 1 right, 2 down, 3 left},
// and the model has 5n states: layer 0 holds the start of an episode, when no move is pending. From (s, last) under
// action a the moves a (probability 1 − p) and last (probability p) are each followed by the base model's outcomes,
// and the next state remembers the move that was made. Planners, min-k and learners all see this one model.
import { createTabularModel, type TabularModel } from '../tabular-model.ts';

export const STICKY_LAYERS = 5;

/** The (cell, last move) of a sticky state; last = −1 before the first move. */
export function stickyState(n: number, state: number): { cell: number; last: number } {
  return { cell: state % n, last: Math.floor(state / n) - 1 };
}

export function stickyModel(base: TabularModel, p: number): TabularModel {
  if (!(p >= 0 && p < 1)) throw new RangeError(`the sticky-action probability must lie in [0, 1), got ${p}`);
  const n = base.nStates;
  const A = base.nActions;
  const B = base.maxOutcomes;
  const model = createTabularModel(STICKY_LAYERS * n, A, 2 * B, base.start);
  for (let layer = 0; layer < STICKY_LAYERS; layer++) {
    const last = layer - 1;
    for (let cell = 0; cell < n; cell++) {
      const s = cell + n * layer;
      model.inert[s] = base.inert[cell];
      for (let a = 0; a < A; a++) {
        const out = (s * A + a) * 2 * B;
        // The chosen move, and the repeated one (none before the first move, or when it is the same move).
        const moves: [number, number][] = last >= 0 && last !== a ? [[a, 1 - p], [last, p]] : [[a, 1]];
        moves.forEach(([move, weight], m) => {
          const from = (cell * A + move) * B;
          for (let k = 0; k < B; k++) {
            const i = out + m * B + k;
            model.next[i] = base.next[from + k] + n * (move + 1);
            model.prob[i] = weight * base.prob[from + k];
            model.reward[i] = base.reward[from + k];
            model.ends[i] = base.ends[from + k];
          }
        });
      }
    }
  }
  return model;
}
