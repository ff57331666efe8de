// Offline learners (catalogue D7, §3.3): trained from a fixed dataset only, one minibatch gradient step at a time,
// then acting greedily in the true environment for evaluation. Two families here:
//   - behaviour cloning (bc; percent-bc on the top x% of episodes): a policy network fit to the data's actions;
//   - Q-learning from the data (offline-dqn: Double DQN with a target network; cql: the same plus α times the
//     conservative penalty). Their Q at actions the data never took is the out-of-distribution diagnostic.
// IQL is in iql.ts. Every tensor lives in tf.tidy or is disposed by dispose(); states reach the networks through
// the demo's FeatureEncoder.
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../../rng/rng.ts';
import type { FeatureEncoder } from '../../../envs/feature-encoder.ts';
import { createMlp } from '../../../nn/mlp.ts';
import { copyWeights } from '../../../nn/copy-weights.ts';
import { mseLoss } from '../../../nn/losses.ts';
import { predictRows } from '../../../nn/predict-rows.ts';
import { selectColumns } from '../../../nn/select-columns.ts';
import { sampleRows, type TransitionTable } from '../../../data/transition-batch.ts';
import type { RowSampler } from '../../../data/weighted-rows.ts';
import { dqnTargets } from '../dqn-targets.ts';
import { behaviourCloningLoss, cqlPenalty } from './offline-losses.ts';

export interface OfflineLearner {
  /** One gradient step on a minibatch; returns its loss. */
  trainStep(): number;
  /** The greedy action at every state, from one batched pass (ties to the lowest index). */
  greedyActions(): Int32Array;
  /** Q(s, ·) (or logits for BC) of every state, flat [s · A + a]. */
  scores(): Float32Array;
  /** Learners with a critic: its Q(s, ·) at every state, flat [s · A + a] (the out-of-distribution diagnostic). */
  qValues?(): Float32Array;
  dispose(): void;
}

export interface OfflineSettings {
  readonly hidden: readonly number[];
  readonly learningRate: number;
  readonly batchSize: number;
  readonly gamma: number;
  /** CQL's weight of the conservative penalty (0: offline Double DQN). */
  readonly cqlAlpha: number;
  /** Gradient steps between target-network copies. */
  readonly targetEvery: number;
}

export const DEFAULT_OFFLINE: OfflineSettings = { hidden: [64, 64], learningRate: 1e-3, batchSize: 64, gamma: 0.95, cqlAlpha: 1, targetEvery: 200 };

export interface OfflineShared {
  readonly features: FeatureEncoder;
  readonly nStates: number;
  readonly nActions: number;
  readonly data: TransitionTable;
  readonly rng: Rng;
  /** Draws minibatch rows with the reweighting's probabilities (absent: uniformly). */
  readonly sampler?: RowSampler;
}

/** Minibatch rows: the reweighted sampler's, or uniform. */
export function drawRows(shared: OfflineShared, size: number): Int32Array {
  return shared.sampler ? shared.sampler.sample(size, shared.rng) : sampleRows(shared.data.count, size, shared.rng);
}

export function encodeRows(features: FeatureEncoder, states: ArrayLike<number>, rows: Int32Array): Float32Array {
  const out = new Float32Array(rows.length * features.size);
  for (let i = 0; i < rows.length; i++) features.encode(states[rows[i]!]!, out, i * features.size);
  return out;
}

/** A minibatch drawn from the data, encoded: states and next states as features, the rest per row. */
export interface EncodedBatch {
  readonly n: number;
  readonly states: Float32Array;
  readonly nextStates: Float32Array;
  readonly actions: Int32Array;
  readonly rewards: Float32Array;
  readonly terminated: Float32Array;
}

export function sampleBatch(shared: OfflineShared, size: number): EncodedBatch {
  const { features, data } = shared;
  const rows = drawRows(shared, size);
  return {
    n: rows.length,
    states: encodeRows(features, data.states, rows),
    nextStates: encodeRows(features, data.nextStates, rows),
    actions: Int32Array.from(rows, (r) => data.actions[r]!),
    rewards: Float32Array.from(rows, (r) => data.rewards[r]!),
    terminated: Float32Array.from(rows, (r) => data.terminated[r]!),
  };
}

export function allStates(features: FeatureEncoder, nStates: number): Float32Array {
  const out = new Float32Array(nStates * features.size);
  for (let s = 0; s < nStates; s++) features.encode(s, out, s * features.size);
  return out;
}

export function argmaxRows(values: Float32Array, rows: number, width: number): Int32Array {
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let a = 1; a < width; a++) if (values[r * width + a]! > values[r * width + best]!) best = a;
    out[r] = best;
  }
  return out;
}

/** Behaviour cloning: a softmax policy fit to the data's actions. */
export function createBehaviourCloning(shared: OfflineShared, settings: OfflineSettings): OfflineLearner {
  const { features, nStates, nActions, data, rng } = shared;
  if (data.count === 0) throw new RangeError('Behaviour cloning needs at least one transition');
  const net = createMlp([features.size, ...settings.hidden, nActions], rng.fork('policy'));
  const optimizer = tf.train.adam(settings.learningRate);
  const everyState = allStates(features, nStates);
  return {
    trainStep() {
      const rows = drawRows(shared, settings.batchSize);
      const x = encodeRows(features, data.states, rows);
      const actions = Int32Array.from(rows, (r) => data.actions[r]!);
      return tf.tidy(() => {
        const states = tf.tensor2d(x, [rows.length, features.size]);
        const a = tf.tensor1d(actions, 'int32');
        const { value, grads } = tf.variableGrads(() => behaviourCloningLoss(net.apply(states), a), net.variables);
        optimizer.applyGradients(net.variables.map((v) => ({ name: v.name, tensor: grads[v.name]! })));
        return value.dataSync()[0]!;
      });
    },
    scores: () => predictRows(net, everyState, nStates),
    greedyActions: () => argmaxRows(predictRows(net, everyState, nStates), nStates, nActions),
    dispose() {
      net.dispose();
      optimizer.dispose();
    },
  };
}

/** Offline Double DQN (cqlAlpha = 0) or discrete CQL (cqlAlpha > 0), with a periodically copied target network. */
export function createOfflineQ(shared: OfflineShared, settings: OfflineSettings): OfflineLearner {
  const { features, nStates, nActions, data, rng } = shared;
  if (data.count === 0) throw new RangeError('Offline Q-learning needs at least one transition');
  if (!(settings.cqlAlpha >= 0)) throw new RangeError(`CQL's α must be ≥ 0, got ${settings.cqlAlpha}`);
  const online = createMlp([features.size, ...settings.hidden, nActions], rng.fork('q'));
  const target = createMlp([features.size, ...settings.hidden, nActions], rng.fork('q-target'));
  copyWeights(online, target);
  const optimizer = tf.train.adam(settings.learningRate);
  const everyState = allStates(features, nStates);
  let steps = 0;
  return {
    trainStep() {
      const b = sampleBatch(shared, settings.batchSize);
      const loss = tf.tidy(() => {
        const states = tf.tensor2d(b.states, [b.n, features.size]);
        const next = tf.tensor2d(b.nextStates, [b.n, features.size]);
        const a = tf.tensor1d(b.actions, 'int32');
        const y = dqnTargets(tf.tensor1d(b.rewards), tf.tensor1d(b.terminated), target.apply(next), online.apply(next), settings.gamma);
        const { value, grads } = tf.variableGrads(() => {
          const q = online.apply(states);
          const td = mseLoss(selectColumns(q, a), y);
          return settings.cqlAlpha > 0 ? tf.add(td, tf.mul(settings.cqlAlpha, cqlPenalty(q, a))) : td;
        }, online.variables);
        optimizer.applyGradients(online.variables.map((v) => ({ name: v.name, tensor: grads[v.name]! })));
        return value.dataSync()[0]!;
      });
      if (++steps % settings.targetEvery === 0) copyWeights(online, target);
      return loss;
    },
    scores: () => predictRows(online, everyState, nStates),
    qValues: () => predictRows(online, everyState, nStates),
    greedyActions: () => argmaxRows(predictRows(online, everyState, nStates), nStates, nActions),
    dispose() {
      online.dispose();
      target.dispose();
      optimizer.dispose();
    },
  };
}
