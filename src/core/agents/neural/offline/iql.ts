// Implicit Q-learning (Kostrikov et al. 2022; catalogue §3.3, after CORL's iql.py), discrete actions:
//   u = sg[Q_target(s, a)] − V(s),          Q_target = min of two soft-updated target critics
//   L_V = mean( |τ − 1[u < 0]| · u² )        (expectile τ: V(s) tends to an upper expectile of Q over the data's actions)
//   L_Q = mean over both critics of ( r + γ (1 − d) sg[V(s′)] − Q(s, a) )²
//   L_π = mean( min(exp(β · sg[u]), cap) · −log π(a | s) )
//   Q_target ← 0.005 · Q + 0.995 · Q_target after every step
// It never evaluates an action the data did not take: values stay in-distribution, and the policy clones the
// data's actions weighted by how much better than V they were. XQL and f-DVL are the same learner with another
// value loss in place of the expectile (offline-losses.ts): Gumbel regression, or Dual RL's χ² conjugate.
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../../rng/rng.ts';
import { createMlp } from '../../../nn/mlp.ts';
import { copyWeights, polyakUpdate } from '../../../nn/copy-weights.ts';
import { mseLoss } from '../../../nn/losses.ts';
import { predictRows } from '../../../nn/predict-rows.ts';
import { selectColumns } from '../../../nn/select-columns.ts';
import { advantageWeights, chiSquareValueLoss, expectileLoss, gumbelLoss, weightedCloningLoss } from './offline-losses.ts';
import { allStates, argmaxRows, sampleBatch, type OfflineLearner, type OfflineShared } from './offline-learner.ts';

export interface IqlSettings {
  readonly hidden: readonly number[];
  readonly learningRate: number;
  readonly batchSize: number;
  readonly gamma: number;
  /** Expectile τ (catalogue default 0.7). */
  readonly tau: number;
  /** Inverse temperature β of the advantage weights (default 3). */
  readonly beta: number;
  /** Cap on the advantage weights (default 100). */
  readonly weightCap: number;
  /** Soft target-update rate (default 0.005). */
  readonly targetRate: number;
  /** The value loss: IQL's expectile τ when absent. */
  readonly valueLoss?: ValueLoss;
}

/** In-sample value losses on u = Q − V: XQL's Gumbel regression (β, z-clip c; c = ∞ is none) or f-DVL's χ² (λ). */
export type ValueLoss =
  | { readonly kind: 'gumbel'; readonly beta: number; readonly clip: number }
  | { readonly kind: 'chi-square'; readonly lambda: number };

function checkValueLoss(loss: ValueLoss): void {
  if (loss.kind === 'gumbel') {
    if (!(loss.beta > 0)) throw new RangeError(`XQL's β must be > 0, got ${loss.beta}`);
    if (!(loss.clip > 0)) throw new RangeError(`XQL's z-clip must be > 0 (Infinity: none), got ${loss.clip}`);
  } else if (!(loss.lambda > 0 && loss.lambda < 1)) {
    throw new RangeError(`f-DVL's λ must lie in (0, 1), got ${loss.lambda}`);
  }
}

export const DEFAULT_IQL: IqlSettings = {
  hidden: [64, 64], learningRate: 1e-3, batchSize: 64, gamma: 0.95, tau: 0.7, beta: 3, weightCap: 100, targetRate: 0.005,
};

/** IQL's networks on inputs of `width` features: twin critics and their targets, V, the policy, and an Adam optimiser per role. */
export function createIqlNetworks(width: number, nActions: number, settings: Pick<IqlSettings, 'hidden' | 'learningRate'>, rng: Rng) {
  const sizes = (out: number) => [width, ...settings.hidden, out];
  const q1 = createMlp(sizes(nActions), rng.fork('q1'));
  const q2 = createMlp(sizes(nActions), rng.fork('q2'));
  const t1 = createMlp(sizes(nActions), rng.fork('t1'));
  const t2 = createMlp(sizes(nActions), rng.fork('t2'));
  copyWeights(q1, t1);
  copyWeights(q2, t2);
  const v = createMlp(sizes(1), rng.fork('v'));
  const pi = createMlp(sizes(nActions), rng.fork('pi'));
  const optimizers = { q: tf.train.adam(settings.learningRate), v: tf.train.adam(settings.learningRate), pi: tf.train.adam(settings.learningRate) };
  return { q1, q2, t1, t2, v, pi, optimizers };
}

/** One optimiser step on `loss` over `vars`; returns the loss. */
export function gradientStep(vars: tf.Variable[], optimizer: tf.Optimizer, loss: () => tf.Scalar): number {
  const { value, grads } = tf.variableGrads(loss, vars);
  optimizer.applyGradients(vars.map((x) => ({ name: x.name, tensor: grads[x.name]! })));
  return value.dataSync()[0]!;
}

export function createIql(shared: OfflineShared, settings: IqlSettings): OfflineLearner {
  const { features, nStates, nActions, data, rng } = shared;
  if (data.count === 0) throw new RangeError('IQL needs at least one transition');
  const valueLoss = settings.valueLoss;
  if (valueLoss) checkValueLoss(valueLoss);
  else if (!(settings.tau > 0 && settings.tau < 1)) throw new RangeError(`IQL's expectile τ must lie in (0, 1), got ${settings.tau}`);
  const lossOfV = (u: tf.Tensor): tf.Scalar => {
    if (!valueLoss) return expectileLoss(u, settings.tau);
    return valueLoss.kind === 'gumbel' ? gumbelLoss(u, valueLoss.beta, valueLoss.clip) : chiSquareValueLoss(u, valueLoss.lambda);
  };
  if (!(settings.beta >= 0)) throw new RangeError(`IQL's β must be ≥ 0, got ${settings.beta}`);
  const { q1, q2, t1, t2, v, pi, optimizers } = createIqlNetworks(features.size, nActions, settings, rng);
  const everyState = allStates(features, nStates);
  return {
    trainStep() {
      const b = sampleBatch(shared, settings.batchSize);
      const loss = tf.tidy(() => {
        const n = b.n;
        const states = tf.tensor2d(b.states, [n, features.size]);
        const next = tf.tensor2d(b.nextStates, [n, features.size]);
        const a = tf.tensor1d(b.actions, 'int32');
        const qTarget = tf.minimum(selectColumns(t1.apply(states), a), selectColumns(t2.apply(states), a));
        const vLoss = gradientStep(v.variables, optimizers.v, () => lossOfV(tf.sub(qTarget, tf.reshape(v.apply(states), [n]))));
        const y = tf.add(tf.tensor1d(b.rewards), tf.mul(tf.mul(tf.sub(1, tf.tensor1d(b.terminated)), settings.gamma), tf.reshape(v.apply(next), [n])));
        gradientStep([...q1.variables, ...q2.variables], optimizers.q, () => tf.div(
          tf.add(mseLoss(selectColumns(q1.apply(states), a), y), mseLoss(selectColumns(q2.apply(states), a), y)), 2));
        const u = tf.sub(qTarget, tf.reshape(v.apply(states), [n])) as tf.Tensor1D;
        const weights = advantageWeights(u, settings.beta, settings.weightCap) as tf.Tensor1D;
        gradientStep(pi.variables, optimizers.pi, () => weightedCloningLoss(pi.apply(states), a, weights));
        return vLoss;
      });
      polyakUpdate(q1, t1, settings.targetRate);
      polyakUpdate(q2, t2, settings.targetRate);
      return loss;
    },
    scores: () => predictRows(pi, everyState, nStates),
    qValues() {
      const a = predictRows(q1, everyState, nStates);
      const b = predictRows(q2, everyState, nStates);
      for (let i = 0; i < a.length; i++) a[i] = Math.min(a[i]!, b[i]!);
      return a;
    },
    greedyActions: () => argmaxRows(predictRows(pi, everyState, nStates), nStates, nActions),
    dispose() {
      for (const net of [q1, q2, t1, t2, v, pi]) net.dispose();
      for (const o of Object.values(optimizers)) o.dispose();
    },
  };
}
