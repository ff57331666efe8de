// Return-conditioned supervised learning (catalogue §3.3, RCSL / a Decision-Transformer-like MLP): a policy network
// π(a | s, ĝ) fit by cross-entropy to the data's actions, its input the cell's features and the step's return-to-go
// ĝ (divided by the data's largest, so it is of order 1). Asked for a return g₀ at the start, it acts on (s, ĝ) and
// subtracts each reward from ĝ as it arrives. It imitates the episodes that earned what it is asked for, so it can
// do no better than the best episode from where it starts: asked for more, it meets (s, ĝ) pairs it never saw.
// Two inputs: 'separate' gives the network the cell's features and ĝ side by side, so what it learns about one
// return carries over to others (its guess at an unseen (s, ĝ) can land either way); 'joint' gives it one unit per
// (cell, ĝ rounded to a tenth of the data's largest return), a lookup table in network form, so an unseen pair
// gets an untrained answer: RCSL as the theory analyses it, with nothing shared between returns.
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../../rng/rng.ts';
import type { FeatureEncoder } from '../../../envs/feature-encoder.ts';
import { createMlp } from '../../../nn/mlp.ts';
import { sampleRows } from '../../../data/transition-batch.ts';
import type { ConditionedTable } from '../../../data/return-to-go.ts';
import type { EpisodeActor } from '../../../data/offline-evaluation.ts';
import { behaviourCloningLoss } from './offline-losses.ts';
import { argmaxRows } from './offline-learner.ts';

export type RcslInput = 'separate' | 'joint';

export interface RcslSettings {
  readonly hidden: readonly number[];
  readonly learningRate: number;
  readonly batchSize: number;
  readonly input: RcslInput;
}

/** 'joint' rounds ĝ / scale to a tenth and keeps it within ±JOINT_RANGE tenths: 2·JOINT_RANGE + 1 bins per cell. */
const JOINT_RANGE = 20;
const JOINT_BINS = 2 * JOINT_RANGE + 1;

/** The joint input's bin of a return-to-go (already divided by the data's scale). */
export function returnBin(scaled: number): number {
  return Math.max(-JOINT_RANGE, Math.min(JOINT_RANGE, Math.round(scaled * 10))) + JOINT_RANGE;
}

export interface RcslLearner {
  /** One cross-entropy step on a minibatch of (s, ĝ, a); returns its loss. */
  trainStep(): number;
  /** π's logits at every state for return-to-go g, flat [s · A + a]. */
  logitsAt(g: number): Float32Array;
  /** The most likely action at every state for return-to-go g. */
  greedyAt(g: number): Int32Array;
  /** A fresh episode's actor asked for return g₀: greedy on (s, ĝ), ĝ ← ĝ − r after each step. */
  actor(target: number): EpisodeActor;
  dispose(): void;
}

export interface RcslShared {
  readonly features: FeatureEncoder;
  readonly nStates: number;
  readonly nActions: number;
  readonly data: ConditionedTable;
  readonly rng: Rng;
}

/** The network's input scale for returns: the data's largest |ĝ| (1 when every return is 0). */
export function returnScale(data: ConditionedTable): number {
  let max = 0;
  for (let i = 0; i < data.count; i++) max = Math.max(max, Math.abs(data.returnsToGo[i]!));
  return max > 0 ? max : 1;
}

/** The policy network over a batch of (cell, return-to-go) pairs: logits [n, A]. Builds tensors: call in tf.tidy. */
interface PolicyNet {
  readonly variables: tf.Variable[];
  logits(states: Int32Array, returns: Float32Array): tf.Tensor2D;
  dispose(): void;
}

/** 'separate': an MLP on the cell's features with ĝ / scale appended. */
function separateNet(features: FeatureEncoder, hidden: readonly number[], nActions: number, scale: number, rng: Rng): PolicyNet {
  const width = features.size + 1;
  const mlp = createMlp([width, ...hidden, nActions], rng);
  return {
    variables: mlp.variables,
    logits(states, returns) {
      const x = new Float32Array(states.length * width);
      for (let i = 0; i < states.length; i++) {
        features.encode(states[i]!, x, i * width);
        x[i * width + features.size] = returns[i]! / scale;
      }
      return mlp.apply(tf.tensor2d(x, [states.length, width]));
    },
    dispose: () => mlp.dispose(),
  };
}

/**
 * 'joint': a one-hot of (cell, return bin) into the first hidden layer is a row lookup, so the first layer is an
 * embedding table, rows drawn from N(0, 1) as embeddings usually are. Only the pairs the data holds are ever
 * trained; any other pair gets its own fixed N(0, 1) row (drawn from its own seeded stream), untrained noise. The
 * trained rows are picked by a one-hot product with a table of the data's pairs only (tfjs's gather gradient is
 * slow on the CPU backend for big tables).
 */
function jointNet(data: ConditionedTable, hidden: readonly number[], nActions: number, scale: number, rng: Rng): PolicyNet {
  if (hidden.length === 0) throw new RangeError('RCSL’s joint input needs at least one hidden layer (its embedding)');
  const width = hidden[0]!;
  const pairOf = (s: number, g: number) => s * JOINT_BINS + returnBin(g / scale);
  const rowOf = new Map<number, number>();
  for (let i = 0; i < data.count; i++) {
    const pair = pairOf(data.states[i]!, data.returnsToGo[i]!);
    if (!rowOf.has(pair)) rowOf.set(pair, rowOf.size);
  }
  const init = new Float32Array(rowOf.size * width);
  for (let k = 0; k < init.length; k++) init[k] = rng.normal();
  const table = tf.tidy(() => tf.variable(tf.tensor2d(init, [rowOf.size, width])));
  const mlp = createMlp([...hidden, nActions], rng.fork('layers'));
  const unseen = new Map<number, Float32Array>();
  const unseenRow = (pair: number) => {
    let row = unseen.get(pair);
    if (!row) {
      const stream = rng.fork(`unseen-pair:${pair}`);
      unseen.set(pair, (row = Float32Array.from({ length: width }, () => stream.normal())));
    }
    return row;
  };
  return {
    variables: [table, ...mlp.variables],
    logits(states, returns) {
      const rows = Array.from(states, (s, i) => rowOf.get(pairOf(s, returns[i]!)) ?? -1);
      if (rows.every((r) => r >= 0)) {
        const picked = tf.matMul(tf.oneHot(tf.tensor1d(rows, 'int32'), rowOf.size).toFloat(), table);
        return mlp.apply(tf.relu(picked) as tf.Tensor2D);
      }
      // Some pair the data never holds (only when acting, never in training): build the rows directly.
      const values = table.dataSync();
      const x = new Float32Array(states.length * width);
      rows.forEach((r, i) => x.set(r >= 0 ? values.subarray(r * width, (r + 1) * width) : unseenRow(pairOf(states[i]!, returns[i]!)), i * width));
      return mlp.apply(tf.relu(tf.tensor2d(x, [states.length, width])));
    },
    dispose() {
      table.dispose();
      mlp.dispose();
    },
  };
}

export function createRcsl(shared: RcslShared, settings: RcslSettings): RcslLearner {
  const { features, nStates, nActions, data, rng } = shared;
  if (data.count === 0) throw new RangeError('RCSL needs at least one transition');
  const scale = returnScale(data);
  const net = settings.input === 'joint'
    ? jointNet(data, settings.hidden, nActions, scale, rng.fork('policy'))
    : separateNet(features, settings.hidden, nActions, scale, rng.fork('policy'));
  const optimizer = tf.train.adam(settings.learningRate);
  const everyState = Int32Array.from({ length: nStates }, (_, s) => s);
  // Greedy tables per asked-for return, until the next training step: in a sparse-reward world ĝ takes few values.
  const greedyCache = new Map<number, Int32Array>();

  const logitsAt = (g: number): Float32Array =>
    tf.tidy(() => new Float32Array(net.logits(everyState, new Float32Array(nStates).fill(g)).dataSync()));
  const greedyAt = (g: number): Int32Array => {
    let table = greedyCache.get(g);
    if (!table) greedyCache.set(g, (table = argmaxRows(logitsAt(g), nStates, nActions)));
    return table;
  };

  return {
    trainStep() {
      greedyCache.clear();
      const rows = sampleRows(data.count, settings.batchSize, rng);
      const states = Int32Array.from(rows, (r) => data.states[r]!);
      const returns = Float32Array.from(rows, (r) => data.returnsToGo[r]!);
      const actions = Int32Array.from(rows, (r) => data.actions[r]!);
      return tf.tidy(() => {
        const a = tf.tensor1d(actions, 'int32');
        const { value, grads } = tf.variableGrads(() => behaviourCloningLoss(net.logits(states, returns), a), net.variables);
        optimizer.applyGradients(net.variables.map((v) => ({ name: v.name, tensor: grads[v.name]! })));
        return value.dataSync()[0]!;
      });
    },
    logitsAt,
    greedyAt,
    actor(target) {
      let togo = target;
      return {
        act: (s) => greedyAt(togo)[s]!,
        observe: (r) => { togo -= r; },
      };
    },
    dispose() {
      net.dispose();
      optimizer.dispose();
    },
  };
}
