// IQL on observation histories (catalogue D8's histories tab): the same losses as iql.ts, on the history of the
// last k aliased observations instead of the state. Two ways to read a history:
//   - raw: every network takes the history's features as they are;
//   - encoded: an encoder φ maps the history to a small latent, trained with the critics' loss plus w times the
//     bisimulation loss (bisimulation.ts), which asks histories with alike futures to lie close; the value and
//     policy networks read sg[φ(h)].
// The policy only ever clones actions the data took after a history like this one, so a history never followed by
// the right move in the data cannot choose it, unless its representation is shared with one that was.
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../../rng/rng.ts';
import { createMlp, type Mlp } from '../../../nn/mlp.ts';
import { polyakUpdate } from '../../../nn/copy-weights.ts';
import { mseLoss } from '../../../nn/losses.ts';
import { selectColumns } from '../../../nn/select-columns.ts';
import type { HistoryTable } from '../../../data/observation-histories.ts';
import { sampleRows } from '../../../data/transition-batch.ts';
import { partialShuffle } from '../../../rng/partial-shuffle.ts';
import { advantageWeights, expectileLoss, weightedCloningLoss } from './offline-losses.ts';
import { bisimulationLoss } from './bisimulation.ts';
import { createIqlNetworks, gradientStep, type IqlSettings } from './iql.ts';

export interface HistoryIqlSettings extends Omit<IqlSettings, 'valueLoss'> {
  /** Latent width of the encoder; 0 reads the raw history. */
  readonly latent: number;
  /** Weight of the bisimulation loss (encoded only). */
  readonly bisimWeight: number;
}

export interface HistoryIqlStep {
  readonly valueLoss: number;
  /** The bisimulation loss of this batch (NaN when reading raw histories). */
  readonly bisimulation: number;
}

export interface HistoryIql {
  trainStep(): HistoryIqlStep;
  /** The policy's most likely move after a history (its features). */
  act(history: Float32Array): number;
  dispose(): void;
}

export function createHistoryIql(table: HistoryTable, nActions: number, settings: HistoryIqlSettings, rng: Rng): HistoryIql {
  if (table.count === 0) throw new RangeError('IQL on histories needs at least one transition');
  if (!(settings.tau > 0 && settings.tau < 1)) throw new RangeError(`IQL's expectile τ must lie in (0, 1), got ${settings.tau}`);
  if (!(Number.isInteger(settings.latent) && settings.latent >= 0)) throw new RangeError(`the latent width is a whole number ≥ 0, got ${settings.latent}`);
  if (!(settings.bisimWeight >= 0)) throw new RangeError(`the bisimulation weight must be ≥ 0, got ${settings.bisimWeight}`);
  const encoded = settings.latent > 0;
  const width = encoded ? settings.latent : table.size;
  const encoder: Mlp | null = encoded ? createMlp([table.size, ...settings.hidden, settings.latent], rng.fork('phi')) : null;
  const { q1, q2, t1, t2, v, pi, optimizers } = createIqlNetworks(width, nActions, settings, rng);
  const encode = (x: tf.Tensor2D) => (encoder ? encoder.apply(x) : x);
  const step = gradientStep;
  const pairs = encoded && settings.bisimWeight > 0;
  const batch = () => {
    const n = settings.batchSize;
    const rows = sampleRows(table.count, n, rng);
    const x = new Float32Array(n * table.size);
    const next = new Float32Array(n * table.size);
    rows.forEach((r, i) => {
      x.set(table.histories.subarray(r * table.size, (r + 1) * table.size), i * table.size);
      next.set(table.nextHistories.subarray(r * table.size, (r + 1) * table.size), i * table.size);
    });
    // A shuffle of the batch pairs each history with another for the bisimulation loss (drawn only when it is used).
    const permutation = Int32Array.from({ length: n }, (_, i) => i);
    if (pairs) partialShuffle(permutation, n, rng);
    return {
      n, x, next, permutation, actions: Int32Array.from(rows, (r) => table.actions[r]!),
      rewards: Float32Array.from(rows, (r) => table.rewards[r]!), terminated: Float32Array.from(rows, (r) => table.terminated[r]!),
    };
  };
  return {
    trainStep() {
      const b = batch();
      const result = tf.tidy(() => {
        const { n } = b;
        const x = tf.tensor2d(b.x, [n, table.size]);
        const nextX = tf.tensor2d(b.next, [n, table.size]);
        const a = tf.tensor1d(b.actions, 'int32');
        const r = tf.tensor1d(b.rewards);
        // Held constant for the value, policy and target networks (the encoder learns from the critics).
        const z = encode(x);
        const nextZ = encode(nextX);
        const qTarget = tf.minimum(selectColumns(t1.apply(z), a), selectColumns(t2.apply(z), a));
        const valueLoss = step(v.variables, optimizers.v, () => expectileLoss(tf.sub(qTarget, tf.reshape(v.apply(z), [n])), settings.tau));
        const y = tf.add(r, tf.mul(tf.mul(tf.sub(1, tf.tensor1d(b.terminated)), settings.gamma), tf.reshape(v.apply(nextZ), [n])));
        let bisimulation = NaN;
        const criticVars = [...(encoder?.variables ?? []), ...q1.variables, ...q2.variables];
        step(criticVars, optimizers.q, () => {
          const zLive = encode(x);
          const critic = tf.div(tf.add(mseLoss(selectColumns(q1.apply(zLive), a), y), mseLoss(selectColumns(q2.apply(zLive), a), y)), 2) as tf.Scalar;
          if (!pairs) return critic;
          const bisim = bisimulationLoss(zLive, nextZ, r, b.permutation, settings.gamma);
          bisimulation = bisim.dataSync()[0]!;
          return tf.add(critic, tf.mul(bisim, settings.bisimWeight)) as tf.Scalar;
        });
        const u = tf.sub(qTarget, tf.reshape(v.apply(z), [n]));
        step(pi.variables, optimizers.pi, () => weightedCloningLoss(pi.apply(z), a, advantageWeights(u, settings.beta, settings.weightCap) as tf.Tensor1D));
        return { valueLoss, bisimulation };
      });
      polyakUpdate(q1, t1, settings.targetRate);
      polyakUpdate(q2, t2, settings.targetRate);
      return result;
    },
    act(history) {
      const scores = tf.tidy(() => pi.apply(encode(tf.tensor2d(history, [1, table.size]))).dataSync());
      let best = 0;
      for (let i = 1; i < nActions; i++) if (scores[i]! > scores[best]!) best = i;
      return best;
    },
    dispose() {
      for (const net of [encoder, q1, q2, t1, t2, v, pi]) net?.dispose();
      for (const o of Object.values(optimizers)) o.dispose();
    },
  };
}
