// Discrete Soft Actor-Critic (Haarnoja et al. 2018; the discrete form of Christodoulou 2019, as in d3rlpy's
// DiscreteSACImpl and cleanrl's sac_atari.py) with automatic temperature: a softmax actor sampled to act, twin
// Q critics with target copies (clipped double Q), experience replay, and per update one Adam step on each of
// the critics, the actor and log α. The losses are the named terms of sac-discrete-terms.ts.
import * as tf from '@tensorflow/tfjs';
import type { AgentContext, AgentView, Learner, Transition } from '../agent.ts';
import type { FeatureEncoder } from '../../envs/feature-encoder.ts';
import type { Metrics } from '../../metrics/metric-key.ts';
import { sampleCategorical } from '../../rng/sampling.ts';
import { createReplayBatch, ReplayBuffer, type ReplayBatch } from '../../data/replay-buffer.ts';
import { createMlp, type Mlp } from '../../nn/mlp.ts';
import { copyWeights, polyakUpdate } from '../../nn/copy-weights.ts';
import { predictRows } from '../../nn/predict-rows.ts';
import { selectColumns } from '../../nn/select-columns.ts';
import {
  policyEntropy, sacActorLoss, sacCriticTargets, softmaxPolicy, targetEntropy, temperatureLoss, twinCriticLoss,
} from './sac-discrete-terms.ts';
import { checkInRange, checkPositive, checkPositiveInt } from '../settings-checks.ts';

export interface SacDiscreteSettings {
  readonly gamma: number;
  /** Adam step size of the critics and of the actor; a change rebuilds both optimizers (their moments restart). */
  readonly learningRate: number;
  /** Adam step size of log α (with autoAlpha); a change rebuilds its optimizer. */
  readonly alphaLearningRate: number;
  /**
   * The temperature α: the fixed α when autoAlpha is off (live: a change applies at once), the starting α of the
   * tuning when it is on (applied when the agent is built, when autoAlpha is switched on, and when it changes
   * while autoAlpha is on, which restarts the tuning from it).
   */
  readonly initialAlpha: number;
  /** Tune α by gradient steps on log α so that the policy's mean entropy tracks targetEntropyRatio · ln|A|. */
  readonly autoAlpha: boolean;
  /** H̄ = targetEntropyRatio · ln|A| (0.98 in d3rlpy; lower lets the policy become more decisive). */
  readonly targetEntropyRatio: number;
  readonly batchSize: number;
  /** Replay capacity, fixed when the agent is built. */
  readonly bufferSize: number;
  /**
   * Env steps collected before the first update, acting uniformly at random (as cleanrl does): an untrained actor
   * is only roughly uniform, and a biased one can keep a sparse reward from ever being found.
   */
  readonly learningStarts: number;
  /** One update (critics, actor, α) every trainEvery env steps. */
  readonly trainEvery: number;
  /** With tau = 1: copy the critics into their targets every targetUpdateEvery env steps. */
  readonly targetUpdateEvery: number;
  /** 1 = hard copies (above); < 1 = Polyak averaging θ' ← τθ + (1−τ)θ' after every update (usual: 0.005–0.01). */
  readonly tau: number;
  /** Hidden layer widths of the actor and of each critic, fixed when the agent is built. */
  readonly hidden: readonly number[];
}

function checkSettings(s: SacDiscreteSettings): void {
  const positiveInt = (name: string, v: number) => checkPositiveInt('SAC', name, v);
  const positive = (name: string, v: number) => checkPositive('SAC', name, v);
  positiveInt('batchSize', s.batchSize);
  positiveInt('bufferSize', s.bufferSize);
  positiveInt('trainEvery', s.trainEvery);
  positiveInt('targetUpdateEvery', s.targetUpdateEvery);
  s.hidden.forEach((h) => positiveInt('hidden width', h));
  if (!(Number.isInteger(s.learningStarts) && s.learningStarts >= 0)) {
    throw new RangeError(`SAC learningStarts must be a non-negative integer, got ${s.learningStarts}`);
  }
  if (!(s.tau > 0 && s.tau <= 1)) throw new RangeError(`SAC tau must lie in (0, 1], got ${s.tau}`);
  checkInRange('SAC', 'gamma', s.gamma, 0, 1);
  positive('learningRate', s.learningRate);
  positive('alphaLearningRate', s.alphaLearningRate);
  // A fixed α may be 0 (no entropy bonus); the tuning works on log α, so it needs α > 0.
  if (s.autoAlpha) positive('initialAlpha (with autoAlpha)', s.initialAlpha);
  else if (!(s.initialAlpha >= 0 && Number.isFinite(s.initialAlpha))) throw new RangeError(`SAC initialAlpha must be ≥ 0, got ${s.initialAlpha}`);
  checkInRange('SAC', 'targetEntropyRatio', s.targetEntropyRatio, 0, 1);
}

/** log Σ exp over values[offset .. offset + n), shifted by the max for stability. */
function logSumExp(values: ArrayLike<number>, offset: number, n: number): number {
  let max = -Infinity;
  for (let a = 0; a < n; a++) max = Math.max(max, values[offset + a]);
  let sum = 0;
  for (let a = 0; a < n; a++) sum += Math.exp(values[offset + a] - max);
  return max + Math.log(sum);
}

export function createSacDiscrete(
  ctx: AgentContext & { features: FeatureEncoder }, settings: SacDiscreteSettings,
): Learner<SacDiscreteSettings> {
  const { observationSpace, actionSpace, rng, features: encoder } = ctx;
  if (observationSpace.kind !== 'discrete' || actionSpace.kind !== 'discrete') {
    throw new RangeError('SAC needs discrete observations (encoded by ctx.features) and discrete actions');
  }
  checkSettings(settings);
  let s = settings;
  const nStates = observationSpace.n;
  const nActions = actionSpace.n;
  const width = encoder.size;
  const actor = createMlp([width, ...s.hidden, nActions], rng.fork('actor'));
  const qSizes = [width, ...s.hidden, nActions];
  const q1 = createMlp(qSizes, rng.fork('q1'));
  const q2 = createMlp(qSizes, rng.fork('q2'));
  const q1Target = createMlp(qSizes, rng.fork('q1-target'));
  const q2Target = createMlp(qSizes, rng.fork('q2-target'));
  copyWeights(q1, q1Target);
  copyWeights(q2, q2Target);
  const criticVariables = [...q1.variables, ...q2.variables];
  const logAlpha = tf.tidy(() => tf.variable(tf.scalar(Math.log(s.initialAlpha || 1))));
  let criticOptimizer = tf.train.adam(s.learningRate);
  let actorOptimizer = tf.train.adam(s.learningRate);
  let alphaOptimizer = tf.train.adam(s.alphaLearningRate);
  // exp(log α) as of the last update's readback, so that acting and views never read the variable back.
  let tunedAlpha = s.initialAlpha;
  const replay = new ReplayBuffer(s.bufferSize, width);
  const replayRng = rng.fork('replay');
  const actRng = rng.fork('act');
  let batch: ReplayBatch = createReplayBatch(s.batchSize, width);
  const obsFeatures = new Float32Array(width);
  const nextFeatures = new Float32Array(width);
  const probs = new Float64Array(nActions);
  let allFeatures: Float32Array | null = null;
  let steps = 0;

  const alpha = () => (s.autoAlpha ? tunedAlpha : s.initialAlpha);

  function resetTemperature(initialAlpha: number): void {
    tf.tidy(() => logAlpha.assign(tf.scalar(Math.log(initialAlpha))));
    tunedAlpha = initialAlpha;
    alphaOptimizer.dispose();
    alphaOptimizer = tf.train.adam(s.alphaLearningRate);
  }

  function step(optimizer: tf.Optimizer, variables: tf.Variable[], grads: tf.NamedTensorMap): void {
    optimizer.applyGradients(variables.map((v) => ({ name: v.name, tensor: grads[v.name] })));
    tf.dispose(grads);
  }

  /**
   * One update on a sampled batch, in cleanrl's order: the critics on their targets, then the actor against the
   * updated critics, then log α on the entropy of the actor before its step. Returns [critic loss, actor loss,
   * mean entropy, α after the step, mean Q(s,a) of both critics] from a single readback.
   */
  function update(): Float32Array {
    if (batch.size !== s.batchSize) batch = createReplayBatch(s.batchSize, width);
    replay.sample(s.batchSize, replayRng, batch);
    const n = s.batchSize;
    const a = alpha();
    return tf.tidy(() => {
      const states = tf.tensor2d(batch.features, [n, width]);
      const nextStates = tf.tensor2d(batch.nextFeatures, [n, width]);
      const actions = tf.tensor1d(batch.actions, 'int32');
      const y = sacCriticTargets(
        tf.tensor1d(batch.rewards), tf.tensor1d(batch.terminated), softmaxPolicy(actor.apply(nextStates)),
        q1Target.apply(nextStates), q2Target.apply(nextStates), a, s.gamma,
      );
      // Kept past variableGrads' own scope for the one readback below, then disposed by hand.
      let qMean: tf.Scalar | null = null;
      let entropy: tf.Tensor1D | null = null;
      const critic = tf.variableGrads(() => {
        const q1Taken = selectColumns(q1.apply(states), actions);
        const q2Taken = selectColumns(q2.apply(states), actions);
        qMean = tf.keep(tf.div(tf.add(tf.mean(q1Taken), tf.mean(q2Taken)), 2));
        return twinCriticLoss(q1Taken, q2Taken, y);
      }, criticVariables);
      step(criticOptimizer, criticVariables, critic.grads);

      // Computed outside the actor's variableGrads: a constant for its gradient (Q detached).
      const minQ = tf.minimum(q1.apply(states), q2.apply(states)) as tf.Tensor2D;
      const policyStep = tf.variableGrads(() => {
        const policy = softmaxPolicy(actor.apply(states));
        entropy = tf.keep(policyEntropy(policy));
        return sacActorLoss(policy, minQ, a);
      }, actor.variables);
      step(actorOptimizer, actor.variables, policyStep.grads);

      let alphaAfter: tf.Scalar;
      if (s.autoAlpha) {
        const temperature = tf.variableGrads(() => temperatureLoss(logAlpha, entropy!, targetEntropy(nActions, s.targetEntropyRatio)), [logAlpha]);
        step(alphaOptimizer, [logAlpha], temperature.grads);
        alphaAfter = tf.exp(logAlpha);
      } else {
        alphaAfter = tf.scalar(a);
      }
      const stats = tf.stack([critic.value, policyStep.value, tf.mean(entropy!), alphaAfter, qMean!]).dataSync() as Float32Array;
      tf.dispose([qMean!, entropy!]);
      return stats;
    });
  }

  /** For `rows` encoded states: [log π(·|s) | min(Q1, Q2)(s,·)] per row (2·nActions values), one readback. */
  function evaluate(inputs: Float32Array, rows: number): Float32Array {
    return tf.tidy(() => {
      const x = tf.tensor2d(inputs.subarray(0, rows * width), [rows, width]);
      const out = tf.concat([tf.logSoftmax(actor.apply(x)), tf.minimum(q1.apply(x), q2.apply(x))], 1);
      return new Float32Array(out.dataSync());
    });
  }

  /** V(s) = Σ_a π(a|s)·(minQ(s,a) − α·log π(a|s)) from evaluate()'s row `i`. */
  function softValue(out: Float32Array, i: number, a: number): number {
    const base = i * 2 * nActions;
    let v = 0;
    for (let k = 0; k < nActions; k++) {
      const logP = out[base + k];
      v += Math.exp(logP) * (out[base + nActions + k] - a * logP);
    }
    return v;
  }

  const dispose = (nets: Mlp[]) => nets.forEach((net) => net.dispose());

  return {
    kind: 'learner',

    act(obs: number): number {
      if (steps < s.learningStarts) return actRng.int(nActions);
      encoder.encode(obs, obsFeatures, 0);
      const logits = predictRows(actor, obsFeatures, 1);
      const lse = logSumExp(logits, 0, nActions);
      for (let k = 0; k < nActions; k++) probs[k] = Math.exp(logits[k] - lse);
      return sampleCategorical(probs, actRng);
    },

    learn(t: Transition): Metrics {
      encoder.encode(t.obs, obsFeatures, 0);
      encoder.encode(t.nextObs, nextFeatures, 0);
      // Truncated transitions keep terminated = false, so they still bootstrap.
      replay.add(obsFeatures, t.action, t.reward, nextFeatures, t.terminated);
      steps++;
      const stored = replay.size;
      let metrics: Metrics = { 'replay/size': stored };
      if (steps >= s.learningStarts && steps % s.trainEvery === 0) {
        const [criticLoss, actorLoss, entropy, alphaAfter, qMean] = update();
        if (s.autoAlpha) tunedAlpha = alphaAfter;
        if (s.tau < 1) {
          polyakUpdate(q1, q1Target, s.tau);
          polyakUpdate(q2, q2Target, s.tau);
        }
        metrics = {
          'loss/td': criticLoss, 'loss/policy': actorLoss, 'policy/entropy': entropy, 'sac/alpha': alphaAfter,
          'q/mean': qMean, 'replay/size': stored,
        };
      }
      if (s.tau >= 1 && steps >= s.learningStarts && steps % s.targetUpdateEvery === 0) {
        copyWeights(q1, q1Target);
        copyWeights(q2, q2Target);
      }
      return metrics;
    },

    setParams(next: SacDiscreteSettings): void {
      checkSettings(next);
      if (next.learningRate !== s.learningRate) {
        criticOptimizer.dispose();
        actorOptimizer.dispose();
        criticOptimizer = tf.train.adam(next.learningRate);
        actorOptimizer = tf.train.adam(next.learningRate);
      }
      const restartTuning = next.autoAlpha && (!s.autoAlpha || next.initialAlpha !== s.initialAlpha);
      const newAlphaRate = next.alphaLearningRate !== s.alphaLearningRate;
      s = next;
      if (restartTuning) resetTemperature(s.initialAlpha);
      else if (newAlphaRate) {
        alphaOptimizer.dispose();
        alphaOptimizer = tf.train.adam(s.alphaLearningRate);
      }
    },

    stateValue(obs: number): number {
      encoder.encode(obs, obsFeatures, 0);
      return softValue(evaluate(obsFeatures, 1), 0, alpha());
    },

    view(): AgentView {
      allFeatures ??= new Float32Array(nStates * width);
      for (let i = 0; i < nStates; i++) encoder.encode(i, allFeatures, i * width);
      const out = evaluate(allFeatures, nStates);
      const a = alpha();
      const values = new Float64Array(nStates);
      const actionValues = new Float64Array(nStates * nActions);
      const policy = new Float64Array(nStates * nActions);
      for (let i = 0; i < nStates; i++) {
        const base = i * 2 * nActions;
        for (let k = 0; k < nActions; k++) {
          policy[i * nActions + k] = Math.exp(out[base + k]);
          actionValues[i * nActions + k] = out[base + nActions + k];
        }
        values[i] = softValue(out, i, a);
      }
      return { kind: 'tabular', nStates, nActions, values, actionValues, policy };
    },

    dispose(): void {
      dispose([actor, q1, q2, q1Target, q2Target]);
      logAlpha.dispose();
      criticOptimizer.dispose();
      actorOptimizer.dispose();
      alphaOptimizer.dispose();
    },
  };
}
