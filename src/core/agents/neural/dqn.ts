// Deep Q-network (Mnih et al. 2015) with optional Double DQN targets (van Hasselt et al. 2016): ε-greedy acting,
// experience replay, a target network (hard copy or Polyak), one Adam step on L(Q(s,a), y) every few env steps.
import * as tf from '@tensorflow/tfjs';
import type { AgentContext, AgentView, Learner, Transition } from '../agent.ts';
import type { FeatureEncoder } from '../../envs/feature-encoder.ts';
import type { Metrics } from '../../metrics/metric-key.ts';
import { argmaxRandomTies } from '../../rng/sampling.ts';
import { epsilonGreedyProbabilities } from '../../algorithms/exploration-policies.ts';
import { createReplayBatch, ReplayBuffer, type ReplayBatch } from '../../data/replay-buffer.ts';
import { createMlp } from '../../nn/mlp.ts';
import { copyWeights, polyakUpdate } from '../../nn/copy-weights.ts';
import { predictRows } from '../../nn/predict-rows.ts';
import { selectColumns } from '../../nn/select-columns.ts';
import { dqnTargets } from './dqn-targets.ts';
import { maxOf, qRegressionStep } from './q-regression-step.ts';
import { linearSchedule } from './linear-schedule.ts';
import { checkInRange, checkPositive, checkPositiveInt } from '../settings-checks.ts';

export interface DqnSettings {
  readonly gamma: number;
  /** Adam step size; a change rebuilds the optimizer (its moment estimates restart). */
  readonly learningRate: number;
  /** ε falls linearly from epsilonStart to epsilonEnd over epsilonDecaySteps env steps. */
  readonly epsilonStart: number;
  readonly epsilonEnd: number;
  readonly epsilonDecaySteps: number;
  readonly batchSize: number;
  /** Replay capacity, fixed when the agent is built. */
  readonly bufferSize: number;
  /** Env steps collected before the first update. */
  readonly learningStarts: number;
  /** One gradient update every trainEvery env steps. */
  readonly trainEvery: number;
  /** With tau = 1: copy the online net into the target net every targetUpdateEvery env steps. */
  readonly targetUpdateEvery: number;
  /** 1 = hard copies (above); < 1 = Polyak averaging θ' ← τθ + (1−τ)θ' after every gradient update. */
  readonly tau: number;
  /** Double DQN: the online net picks argmax_a Q(s′,a), the target net evaluates it. */
  readonly doubleDqn: boolean;
  /** Huber loss (δ = 1) rather than the squared error. */
  readonly huber: boolean;
  /** Hidden layer widths, fixed when the agent is built. */
  readonly hidden: readonly number[];
}

function checkSettings(s: DqnSettings): void {
  const positiveInt = (name: string, v: number) => checkPositiveInt('DQN', name, v);
  positiveInt('batchSize', s.batchSize);
  positiveInt('bufferSize', s.bufferSize);
  positiveInt('trainEvery', s.trainEvery);
  positiveInt('targetUpdateEvery', s.targetUpdateEvery);
  s.hidden.forEach((h) => positiveInt('hidden width', h));
  if (!(s.tau > 0 && s.tau <= 1)) throw new RangeError(`DQN tau must lie in (0, 1], got ${s.tau}`);
  checkInRange('DQN', 'gamma', s.gamma, 0, 1);
  checkPositive('DQN', 'learningRate', s.learningRate);
}

export function createDqn(ctx: AgentContext & { features: FeatureEncoder }, settings: DqnSettings): Learner<DqnSettings> {
  const { observationSpace, actionSpace, rng, features: encoder } = ctx;
  if (observationSpace.kind !== 'discrete' || actionSpace.kind !== 'discrete') {
    throw new RangeError('DQN needs discrete observations (encoded by ctx.features) and discrete actions');
  }
  checkSettings(settings);
  let s = settings;
  const nStates = observationSpace.n;
  const nActions = actionSpace.n;
  const width = encoder.size;
  const sizes = [width, ...s.hidden, nActions];
  const online = createMlp(sizes, rng.fork('online'));
  const target = createMlp(sizes, rng.fork('target'));
  copyWeights(online, target);
  let optimizer = tf.train.adam(s.learningRate);
  const replay = new ReplayBuffer(s.bufferSize, width);
  const replayRng = rng.fork('replay');
  let batch: ReplayBatch = createReplayBatch(s.batchSize, width);
  const obsFeatures = new Float32Array(width);
  const nextFeatures = new Float32Array(width);
  let allFeatures: Float32Array | null = null;
  let steps = 0;

  const epsilon = () => linearSchedule(s.epsilonStart, s.epsilonEnd, s.epsilonDecaySteps, steps);

  const qRow = (obs: number): Float32Array => {
    encoder.encode(obs, obsFeatures, 0);
    return predictRows(online, obsFeatures, 1);
  };

  /** One Adam step on a sampled batch; returns [loss, mean Q(s,a)] from a single readback. */
  function update(): Float32Array {
    if (batch.size !== s.batchSize) batch = createReplayBatch(s.batchSize, width);
    replay.sample(s.batchSize, replayRng, batch);
    const n = s.batchSize;
    return tf.tidy(() => {
      const states = tf.tensor2d(batch.features, [n, width]);
      const nextStates = tf.tensor2d(batch.nextFeatures, [n, width]);
      const actions = tf.tensor1d(batch.actions, 'int32');
      const y = dqnTargets(
        tf.tensor1d(batch.rewards), tf.tensor1d(batch.terminated), target.apply(nextStates),
        s.doubleDqn ? online.apply(nextStates) : null, s.gamma,
      );
      return qRegressionStep(optimizer, online, () => selectColumns(online.apply(states), actions), y, s.huber);
    });
  }

  return {
    kind: 'learner',

    act(obs: number): number {
      // Same draws as selectEpsilonGreedy, but the forward pass runs only when the greedy action is needed.
      const eps = epsilon();
      if (eps > 0 && rng.uniform() < eps) return rng.int(nActions);
      return argmaxRandomTies(qRow(obs), rng, 0, nActions);
    },

    learn(t: Transition): Metrics {
      encoder.encode(t.obs, obsFeatures, 0);
      encoder.encode(t.nextObs, nextFeatures, 0);
      // Truncated transitions keep terminated = false, so they still bootstrap.
      replay.add(obsFeatures, t.action, t.reward, nextFeatures, t.terminated);
      steps++;
      const eps = epsilon();
      const stored = replay.size;
      if (steps < s.learningStarts) return { 'explore/epsilon': eps, 'replay/size': stored };
      let metrics: Metrics = { 'explore/epsilon': eps, 'replay/size': stored };
      if (steps % s.trainEvery === 0) {
        const [loss, qMean] = update();
        if (s.tau < 1) polyakUpdate(online, target, s.tau);
        metrics = { 'loss/td': loss, 'q/mean': qMean, 'explore/epsilon': eps, 'replay/size': stored };
      }
      if (s.tau >= 1 && steps % s.targetUpdateEvery === 0) copyWeights(online, target);
      return metrics;
    },

    setParams(next: DqnSettings): void {
      checkSettings(next);
      if (next.learningRate !== s.learningRate) {
        optimizer.dispose();
        optimizer = tf.train.adam(next.learningRate);
      }
      s = next;
    },

    stateValue(obs: number): number {
      return maxOf(qRow(obs), nActions);
    },

    view(): AgentView {
      allFeatures ??= new Float32Array(nStates * width);
      for (let i = 0; i < nStates; i++) encoder.encode(i, allFeatures, i * width);
      const q = predictRows(online, allFeatures, nStates);
      const values = new Float64Array(nStates);
      const policy = new Float64Array(nStates * nActions);
      const row = new Float64Array(nActions);
      const eps = epsilon();
      for (let i = 0; i < nStates; i++) {
        let best = -Infinity;
        for (let a = 0; a < nActions; a++) best = Math.max(best, q[i * nActions + a]);
        values[i] = best;
        policy.set(epsilonGreedyProbabilities(q, i * nActions, nActions, eps, row), i * nActions);
      }
      return { kind: 'tabular', nStates, nActions, values, actionValues: Float64Array.from(q), policy };
    },

    dispose(): void {
      online.dispose();
      target.dispose();
      optimizer.dispose();
    },
  };
}
