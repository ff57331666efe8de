// SQIRL with a network as its regression (catalogue §3.7: "regression by table or tfjs MLP"; the paper's point is
// that any regression that generalises in distribution will do). Each of a stage's k fits trains a fresh MLP
// (features → one output per action) on the timestep's samples by full-batch Adam on the squared error of the taken
// action's output, then reads Q(s, ·) for every state in one batched pass and disposes the network: SQIRL keeps
// only the numbers, so no tensor outlives a fit. Unlike the table, the fit answers for states it never saw.
import * as tf from '@tensorflow/tfjs';
import type { AgentContext, Learner } from '../agent.ts';
import type { FeatureEncoder } from '../../envs/feature-encoder.ts';
import { spaceSize } from '../../spaces/space.ts';
import { createMlp } from '../../nn/mlp.ts';
import { mseLoss } from '../../nn/losses.ts';
import { predictRows } from '../../nn/predict-rows.ts';
import { selectColumns } from '../../nn/select-columns.ts';
import { createSqirl, type SqirlSettings } from '../exploration/sqirl.ts';
import type { QRegression } from '../exploration/sqirl-regression.ts';
import type { Rng } from '../../rng/rng.ts';

export interface MlpRegressionSettings {
  readonly hidden: readonly number[];
  readonly learningRate: number;
  /** Full-batch Adam steps per fit. */
  readonly steps: number;
}

export const DEFAULT_MLP_REGRESSION: MlpRegressionSettings = { hidden: [64], learningRate: 0.01, steps: 150 };

export function mlpRegression(
  features: FeatureEncoder, nStates: number, nActions: number, rng: Rng, settings: MlpRegressionSettings = DEFAULT_MLP_REGRESSION,
): QRegression {
  const width = features.size;
  const allStates = new Float32Array(nStates * width);
  for (let s = 0; s < nStates; s++) features.encode(s, allStates, s * width);
  return (samples, tag) => {
    if (samples.length === 0) return { value: () => null };
    const net = createMlp([width, ...settings.hidden, nActions], rng.fork(tag));
    const optimizer = tf.train.adam(settings.learningRate);
    const x = new Float32Array(samples.length * width);
    samples.forEach((sample, i) => features.encode(sample.s, x, i * width));
    tf.tidy(() => {
      const states = tf.tensor2d(x, [samples.length, width]);
      const actions = tf.tensor1d(samples.map((sample) => sample.a), 'int32');
      const targets = tf.tensor1d(samples.map((sample) => sample.target));
      for (let step = 0; step < settings.steps; step++) {
        tf.tidy(() => {
          const { grads } = tf.variableGrads(() => mseLoss(selectColumns(net.apply(states), actions), targets), net.variables);
          optimizer.applyGradients(net.variables.map((v) => ({ name: v.name, tensor: grads[v.name]! })));
        });
      }
    });
    const q = predictRows(net, allStates, nStates);
    optimizer.dispose();
    net.dispose();
    return { value: (s, a) => q[s * nActions + a]! };
  };
}

/** SQIRL whose fits are networks (ctx.features encodes the states). */
export function createNeuralSqirl(ctx: AgentContext & { features: FeatureEncoder }, settings: SqirlSettings): Learner<SqirlSettings> {
  const nStates = spaceSize(ctx.observationSpace);
  const nActions = spaceSize(ctx.actionSpace);
  return createSqirl(ctx, settings, mlpRegression(ctx.features, nStates, nActions, ctx.rng.fork('regression')));
}
