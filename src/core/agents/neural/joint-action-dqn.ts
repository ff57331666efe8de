// A DQN whose network scores a (state, joint action) pair: Q_θ(s, a) with the action given as input features, one
// output. This is the small-scale form of SEQUOIA (catalogue D6, P #17): SEQUOIA embeds such a Q-network in a
// mixed-integer program to find argmax over the feasible joint actions; with at most a few hundred feasible actions
// the same argmax is found by scoring every one of them in one batched forward pass.
//
// Because the network reads the action's structure (which arms get which intervention), what it learns about one
// joint action carries over to others that share arms, unlike a head with one output per joint action.
//
//   act:    ε-greedy; greedy a = argmax_{a ∈ F} Q_θ(s, a) (ties at random), F the enumerated feasible set
//   target: y = r + γ (1 − terminated) Q_θ̄(s′, a*),  a* = argmax_{a′ ∈ F} Q_θ(s′, a′) (Double DQN) or Q_θ̄ (plain)
//   loss:   Huber or squared error of Q_θ(s, a) − y, one Adam step per env step, target net copied every K steps
import * as tf from '@tensorflow/tfjs';
import type { AgentContext, AgentView, Learner, Transition } from '../agent.ts';
import type { DqnSettings } from './dqn.ts';
import type { FeatureEncoder } from '../../envs/feature-encoder.ts';
import type { Metrics } from '../../metrics/metric-key.ts';
import { argmaxRandomTies } from '../../rng/sampling.ts';
import { createReplayBatch, ReplayBuffer, type ReplayBatch } from '../../data/replay-buffer.ts';
import { createMlp } from '../../nn/mlp.ts';
import { copyWeights } from '../../nn/copy-weights.ts';
import { predictRows } from '../../nn/predict-rows.ts';
import { dqnTargets } from './dqn-targets.ts';
import { maxOf, qRegressionStep } from './q-regression-step.ts';
import { linearSchedule } from './linear-schedule.ts';
import { checkInRange, checkPositive, checkPositiveInt } from '../settings-checks.ts';

/** The feasible joint actions as features: `count` rows of `width` values (row a describes env action a). */
export interface JointActionFeatures {
  readonly count: number;
  readonly width: number;
  readonly values: Float32Array;
}

/** DqnSettings without its update cadence (one update per env step, hard target copies), plus the action set. */
export interface JointActionDqnSettings extends Omit<DqnSettings, 'trainEvery' | 'tau'> {
  /** The feasible joint actions, fixed when the agent is built (row a = env action a). */
  readonly actions: JointActionFeatures;
}

function checkSettings(s: JointActionDqnSettings): void {
  const positiveInt = (name: string, v: number) => checkPositiveInt('SEQUOIA-lite DQN', name, v);
  positiveInt('batchSize', s.batchSize);
  positiveInt('bufferSize', s.bufferSize);
  positiveInt('targetUpdateEvery', s.targetUpdateEvery);
  s.hidden.forEach((h) => positiveInt('hidden width', h));
  checkInRange('SEQUOIA-lite DQN', 'gamma', s.gamma, 0, 1);
  checkPositive('SEQUOIA-lite DQN', 'learningRate', s.learningRate);
  const { count, width, values } = s.actions;
  if (!(count >= 1 && width >= 1 && values.length === count * width)) {
    throw new RangeError(`joint action features must be ${count} rows of ${width} values, got ${values.length}`);
  }
}

export function createJointActionDqn(
  ctx: AgentContext & { features: FeatureEncoder }, settings: JointActionDqnSettings,
): Learner<JointActionDqnSettings> {
  const { observationSpace, actionSpace, rng, features: encoder } = ctx;
  checkSettings(settings);
  if (observationSpace.kind !== 'discrete' || actionSpace.kind !== 'discrete' || actionSpace.n !== settings.actions.count) {
    throw new RangeError(`the SEQUOIA-lite DQN needs discrete observations and discrete(${settings.actions.count}) actions, one per feasible joint action`);
  }
  let s = settings;
  const { count: nActions, width: actionWidth, values: actionValues } = settings.actions;
  const stateWidth = encoder.size;
  const width = stateWidth + actionWidth;
  const sizes = [width, ...s.hidden, 1];
  const online = createMlp(sizes, rng.fork('online'));
  const target = createMlp(sizes, rng.fork('target'));
  copyWeights(online, target);
  let optimizer = tf.train.adam(s.learningRate);
  const replay = new ReplayBuffer(s.bufferSize, stateWidth);
  const replayRng = rng.fork('replay');
  let batch: ReplayBatch = createReplayBatch(s.batchSize, stateWidth);
  const stateFeatures = new Float32Array(stateWidth);
  const nextFeatures = new Float32Array(stateWidth);
  // Rows (state features ‖ action features): every feasible action for one state, a batch of taken actions, and
  // every feasible action for each next state of a batch.
  const actRows = new Float32Array(nActions * width);
  let takenRows = new Float32Array(s.batchSize * width);
  let nextRows = new Float32Array(s.batchSize * nActions * width);
  let steps = 0;

  const epsilon = () => linearSchedule(s.epsilonStart, s.epsilonEnd, s.epsilonDecaySteps, steps);

  /** Writes state features `state` (from `from`) and action a's features into row `row` of `into`. */
  function writeRow(into: Float32Array, row: number, state: Float32Array, from: number, a: number): void {
    const at = row * width;
    into.set(state.subarray(from, from + stateWidth), at);
    into.set(actionValues.subarray(a * actionWidth, (a + 1) * actionWidth), at + stateWidth);
  }

  /** Q_θ(s, a) for every feasible a. */
  function qAll(obs: number): Float32Array {
    encoder.encode(obs, stateFeatures, 0);
    for (let a = 0; a < nActions; a++) writeRow(actRows, a, stateFeatures, 0, a);
    return predictRows(online, actRows, nActions);
  }

  /** One Adam step on a sampled batch; returns [loss, mean Q(s,a)] from a single readback. */
  function update(): Float32Array {
    const n = s.batchSize;
    if (batch.size !== n) {
      batch = createReplayBatch(n, stateWidth);
      takenRows = new Float32Array(n * width);
      nextRows = new Float32Array(n * nActions * width);
    }
    replay.sample(n, replayRng, batch);
    for (let i = 0; i < n; i++) {
      writeRow(takenRows, i, batch.features, i * stateWidth, batch.actions[i]);
      for (let a = 0; a < nActions; a++) writeRow(nextRows, i * nActions + a, batch.nextFeatures, i * stateWidth, a);
    }
    return tf.tidy(() => {
      const taken = tf.tensor2d(takenRows, [n, width]);
      const next = tf.tensor2d(nextRows, [n * nActions, width]);
      const y = dqnTargets(
        tf.tensor1d(batch.rewards), tf.tensor1d(batch.terminated), tf.reshape(target.apply(next), [n, nActions]),
        s.doubleDqn ? tf.reshape(online.apply(next), [n, nActions]) : null, s.gamma,
      );
      return qRegressionStep(optimizer, online, () => tf.reshape(online.apply(taken), [n]) as tf.Tensor1D, y, s.huber);
    });
  }

  return {
    kind: 'learner',

    act(obs: number): number {
      const eps = epsilon();
      return eps > 0 && rng.uniform() < eps ? rng.int(nActions) : argmaxRandomTies(qAll(obs), rng, 0, nActions);
    },

    learn(t: Transition): Metrics {
      encoder.encode(t.obs, stateFeatures, 0);
      encoder.encode(t.nextObs, nextFeatures, 0);
      replay.add(stateFeatures, t.action, t.reward, nextFeatures, t.terminated);
      steps++;
      const eps = epsilon();
      let metrics: Metrics = { 'explore/epsilon': eps, 'replay/size': replay.size };
      if (steps >= s.learningStarts) {
        const [loss, qMean] = update();
        metrics = { 'loss/td': loss, 'q/mean': qMean, 'explore/epsilon': eps, 'replay/size': replay.size };
      }
      if (steps % s.targetUpdateEvery === 0) copyWeights(online, target);
      return metrics;
    },

    setParams(next: JointActionDqnSettings): void {
      checkSettings(next);
      if (next.learningRate !== s.learningRate) {
        optimizer.dispose();
        optimizer = tf.train.adam(next.learningRate);
      }
      // The action set and network shape are fixed at build time; the rest follows the new settings.
      s = { ...next, actions: s.actions, hidden: s.hidden, bufferSize: s.bufferSize };
    },

    stateValue(obs: number): number {
      return maxOf(qAll(obs), nActions);
    },

    view: (): AgentView => ({ kind: 'bandit', nActions }),

    dispose(): void {
      online.dispose();
      target.dispose();
      optimizer.dispose();
    },
  };
}
