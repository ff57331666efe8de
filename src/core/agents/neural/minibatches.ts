// PPO's passes over a rollout (as in cleanrl): for each epoch a fresh seeded shuffle of the rows [0, n), cut into
// `minibatches` near-equal parts, each visited once.
import type { Rng } from '../../rng/rng.ts';

export type MinibatchVisitor = (n: number, epochs: number, minibatches: number, visit: (rows: Int32Array) => void) => void;

/** A visitor with its own shuffle stream and a reused index array. */
export function createMinibatches(rng: Rng): MinibatchVisitor {
  let order = new Int32Array(0);
  return (n, epochs, minibatches, visit) => {
    if (order.length < n) order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let epoch = 0; epoch < epochs; epoch++) {
      // Fisher–Yates over the first n rows.
      for (let i = n - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      for (let m = 0; m < minibatches; m++) {
        visit(order.subarray(Math.floor((m * n) / minibatches), Math.floor(((m + 1) * n) / minibatches)));
      }
    }
  };
}
