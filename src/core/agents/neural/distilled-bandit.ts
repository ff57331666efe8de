// A tiny net distilled from a bandit algorithm's trajectories: the "distilled from UCB vs distilled from greedy"
// stand-in for an in-context (LLM) bandit learner of catalogue D5. EVOLvE (Nie et al. 2024) fine-tunes a language
// model on an algorithm's trajectories so that it inherits the algorithm's exploration; this is OUR small stand-in
// for that idea, not EVOLvE's method or model.
//   - features of arm a at pull t (1-based, t − 1 pulls so far): [n_a / t, μ̂_a, ln t / ln 1000] (μ̂_a = 0 for an arm
//     never pulled; ln t is scaled so that the three inputs have similar ranges up to T = 1000);
//   - the net: a small MLP (default 3 → 16 → 16 → 1, ReLU) applied to every arm with shared weights, one score per
//     arm, so it works for any number of arms (it is trained on `arms`, and acts on the env's K); the policy is
//     softmax(scores / τ), or argmax (ties at random) at τ = 0;
//   - the data: `instances` random instances of the problem family (createBanditProblem, best arm shuffled), on each
//     the teacher (UCB1 with c = √2, or greedy: argmax μ̂ with untried arms at 0) pulls for `horizon` steps, and at
//     `samplesPerInstance` pulls drawn log-uniformly from [1, horizon] (early pulls, where exploration is decided,
//     are as well represented as late ones) the features of all arms and the teacher's choice are recorded. The
//     target is the teacher's policy at that state: uniform over the arms it ranks first (its random tie-break);
//   - training: cross-entropy between softmax(scores) and the target, Adam, `trainSteps` steps of `batchSize` states
//     drawn with replacement;
//   - acting: after training the weights are read back once and the forward pass runs in plain TS (K·(3·16 + 16·16
//     + 16) multiply-adds per pull, far cheaper than dispatching a single tfjs op), so the agent holds no tensors
//     once it is built: act/learn cannot leak and dispose() has nothing left to free.
// Everything is seeded from ctx.rng forks: the same seed gives the same data, initial weights, batches and (on one
// backend) the same net. Measured in Node (warm), defaults: K = 5 about 0.6 s per distillation on the cpu backend and
// 0.3–0.5 s on wasm (teacher data 60–75 ms of it); 5 000 instances 0.8 s / 0.55 s; K = 50 1.4 s / 0.6 s.
// learn() reports 'bandit/ucb-agreement': 1 when the net's top-scoring arm is one UCB1 (c = √2) would pull on the
// same counts and means, else 0 (averaged over runs it is the fraction agreeing at each pull).
// What it learns (small gap, K = 5, 30 runs of 1 000 pulls; see the test): the UCB-distilled net keeps exploring
// (regret 57–68 over three distillation seeds, suffix failures 0–7%), the greedy-distilled one sticks with its first
// arm (regret 153–167, suffix failures 77–83%). Acting by argmax, the UCB-distilled net takes UCB1's most likely pull,
// usually the leader, and keeps only the bonus of clearly under-tried arms: it explores less than UCB1 (whose own
// regret is about 87), so on its own trajectory UCB1 agrees with only 3–25% of its pulls (greedy-distilled: < 1%).
// Sampling at τ = 1 instead reproduces UCB1's exploration rate: regret 87–103, agreement 17–82%.
// Live settings: only the temperature τ. The teacher, the problem family, the number of instances and the training
// budget are fixed when the agent is built: change them by building a new agent (that distils again).
import * as tf from '@tensorflow/tfjs';
import type { AgentContext, AgentView, Learner, Transition } from '../agent.ts';
import type { Metrics } from '../../metrics/metric-key.ts';
import type { Rng } from '../../rng/rng.ts';
import { argmaxFirst, argmaxRandomTies, sampleCategorical } from '../../rng/sampling.ts';
import { incrementalUpdate } from '../../algorithms/bandit-estimates.ts';
import { createBanditProblem, type BanditProblem } from '../../envs/bandits/bandit-problems.ts';
import { spaceSize } from '../../spaces/space.ts';
import { createMlp } from '../../nn/mlp.ts';
import { checkPositive, checkPositiveInt } from '../settings-checks.ts';

export type DistillTeacher = 'ucb1' | 'greedy';

export interface DistilledBanditSettings {
  /** Whose trajectories the net imitates: UCB1 (c = √2) or greedy. Fixed at creation. */
  readonly teacher: DistillTeacher;
  /** Random bandit instances the teacher is run on, 200–5 000 (catalogue default 1 000). Fixed at creation. */
  readonly instances: number;
  /** The problem family the instances are drawn from (normally the demo's problem). Fixed at creation. */
  readonly problem: BanditProblem;
  /** Arms of the training instances (normally the demo's K; the net itself works for any K). Fixed at creation. */
  readonly arms: number;
  /** Softmax temperature over the scores; 0 (the default) acts by argmax, ties at random. Live. */
  readonly temperature?: number;
  /** Teacher pulls per instance; default 1 000. Fixed at creation. */
  readonly horizon?: number;
  /** Recorded states per instance; default 8. Fixed at creation. */
  readonly samplesPerInstance?: number;
  /** Adam steps; default 150. Fixed at creation. */
  readonly trainSteps?: number;
  /** States per Adam step; default max(16, round(320 / arms)): 64 at K = 5, about 320 arm rows a step. Fixed at creation. */
  readonly batchSize?: number;
  /** Adam step size; default 0.02. Fixed at creation. */
  readonly learningRate?: number;
  /** Hidden layer widths; default [16, 16]. Fixed at creation. */
  readonly hidden?: readonly number[];
}

export const DISTILL_DEFAULTS = {
  temperature: 0, horizon: 1000, samplesPerInstance: 8, trainSteps: 150, learningRate: 0.02,
  hidden: [16, 16] as readonly number[],
};
export const DISTILL_INSTANCES_RANGE = [200, 5000] as const;
/** UCB1's constant for the teacher and for the agreement metric. */
export const TEACHER_UCB_C = Math.SQRT2;
export const FEATURES_PER_ARM = 3;
const LOG_SCALE = 1 / Math.log(1000);

/** The features of every arm at pull t (1-based), written to out[offset + 3a ...]. */
export function armFeatures(pulls: ArrayLike<number>, means: ArrayLike<number>, t: number, out: Float32Array, offset = 0): void {
  const logT = Math.log(t) * LOG_SCALE;
  for (let a = 0; a < pulls.length; a++) {
    out[offset + 3 * a] = pulls[a] / t;
    out[offset + 3 * a + 1] = pulls[a] > 0 ? means[a] : 0;
    out[offset + 3 * a + 2] = logT;
  }
}

/** The teacher's indices at pull t: UCB1's (+∞ for an untried arm) or the plain means (untried arms at 0). */
export function teacherIndices(teacher: DistillTeacher, pulls: ArrayLike<number>, means: ArrayLike<number>, t: number, out: Float64Array): Float64Array {
  if (teacher === 'greedy') {
    for (let a = 0; a < pulls.length; a++) out[a] = pulls[a] > 0 ? means[a] : 0;
    return out;
  }
  // ucbScore's arithmetic (so the values are identical), with ln t taken once per pull rather than once per arm.
  const logT = Math.log(t);
  for (let a = 0; a < pulls.length; a++) {
    out[a] = pulls[a] === 0 ? Infinity : means[a] + TEACHER_UCB_C * Math.sqrt(logT / pulls[a]);
  }
  return out;
}

/** The teacher's states: features of all arms, and the teacher's policy (uniform over its top arms). */
export interface DistillData {
  readonly arms: number;
  readonly size: number;
  /** size × arms × 3 features. */
  readonly features: Float32Array;
  /** size × arms target probabilities. */
  readonly targets: Float32Array;
}

/** Run the teacher on `instances` random instances and record `samplesPerInstance` states of each (plain TS). */
export function teacherData(
  teacher: DistillTeacher, problem: BanditProblem, arms: number, instances: number, horizon: number, samplesPerInstance: number, rng: Rng,
): DistillData {
  const size = instances * samplesPerInstance;
  const features = new Float32Array(size * arms * FEATURES_PER_ARM);
  const targets = new Float32Array(size * arms);
  const pulls = new Float64Array(arms);
  const means = new Float64Array(arms);
  const index = new Float64Array(arms);
  const times = new Float64Array(samplesPerInstance);
  let row = 0;
  for (let i = 0; i < instances; i++) {
    const instanceRng = rng.fork(`instance:${i}`);
    const env = createBanditProblem(problem, arms, instanceRng.fork('env'));
    const teacherRng = instanceRng.fork('teacher');
    // Log-uniform pulls in [1, horizon], in increasing order (repeats allowed).
    for (let k = 0; k < samplesPerInstance; k++) times[k] = Math.floor(Math.exp(instanceRng.uniform() * Math.log(horizon + 1)));
    times.sort();
    pulls.fill(0);
    means.fill(0);
    env.reset();
    let next = 0;
    for (let t = 1; next < samplesPerInstance; t++) {
      teacherIndices(teacher, pulls, means, t, index);
      while (next < samplesPerInstance && times[next] === t) {
        armFeatures(pulls, means, t, features, row * arms * FEATURES_PER_ARM);
        let best = -Infinity;
        let ties = 0;
        for (let a = 0; a < arms; a++) {
          if (index[a] > best) { best = index[a]; ties = 1; } else if (index[a] === best) ties++;
        }
        for (let a = 0; a < arms; a++) targets[row * arms + a] = index[a] === best ? 1 / ties : 0;
        row++;
        next++;
      }
      if (next >= samplesPerInstance) break;
      const a = argmaxRandomTies(index, teacherRng);
      const reward = env.step(a).reward;
      pulls[a]++;
      means[a] = incrementalUpdate(means[a], reward, 1 / pulls[a]);
    }
  }
  return { arms, size, features, targets };
}

/** A trained per-arm score net as plain arrays: W_i row-major [in, out], ReLU on hidden layers. */
export interface ArmScoreNet {
  readonly sizes: readonly number[];
  readonly weights: readonly Float32Array[];
  readonly biases: readonly Float32Array[];
}

export interface DistillResult {
  readonly net: ArmScoreNet;
  /** Training cross-entropy, averaged over the last tenth of the Adam steps (ln K would be a uniform guess). */
  readonly finalLoss: number;
  readonly data: DistillData;
}

function checkSettings(s: DistilledBanditSettings): void {
  const positiveInt = (name: string, v: number) => checkPositiveInt('the distilled bandit’s', name, v);
  positiveInt('instances', s.instances);
  positiveInt('arms', s.arms);
  if (s.arms < 2) throw new RangeError(`the distilled bandit needs at least 2 arms to train on, got ${s.arms}`);
  positiveInt('horizon', s.horizon ?? DISTILL_DEFAULTS.horizon);
  positiveInt('samplesPerInstance', s.samplesPerInstance ?? DISTILL_DEFAULTS.samplesPerInstance);
  positiveInt('trainSteps', s.trainSteps ?? DISTILL_DEFAULTS.trainSteps);
  if (s.batchSize !== undefined) positiveInt('batchSize', s.batchSize);
  (s.hidden ?? DISTILL_DEFAULTS.hidden).forEach((h) => positiveInt('hidden width', h));
  if (s.teacher !== 'ucb1' && s.teacher !== 'greedy') throw new RangeError(`the teacher must be 'ucb1' or 'greedy', got ${String(s.teacher)}`);
  const lr = s.learningRate ?? DISTILL_DEFAULTS.learningRate;
  checkPositive('the distilled bandit’s', 'learningRate', lr);
  const tau = s.temperature ?? DISTILL_DEFAULTS.temperature;
  if (!(tau >= 0 && Number.isFinite(tau))) throw new RangeError(`the temperature must be a finite number ≥ 0, got ${tau}`);
}

/** States per Adam step unless set: about 320 arm rows, at least 16 states. */
export function defaultBatchSize(arms: number): number {
  return Math.max(16, Math.round(320 / arms));
}

/** The settings with every default filled in (an explicit undefined takes the default too). */
function resolve(s: DistilledBanditSettings) {
  const d = DISTILL_DEFAULTS;
  return {
    ...s,
    temperature: s.temperature ?? d.temperature, horizon: s.horizon ?? d.horizon,
    samplesPerInstance: s.samplesPerInstance ?? d.samplesPerInstance, trainSteps: s.trainSteps ?? d.trainSteps,
    batchSize: s.batchSize ?? defaultBatchSize(s.arms), learningRate: s.learningRate ?? d.learningRate, hidden: s.hidden ?? d.hidden,
  };
}

/** Generate the teacher's data and train the net on it (tfjs); every tensor is freed before returning. */
export function distillBanditNet(settings: DistilledBanditSettings, rng: Rng): DistillResult {
  checkSettings(settings);
  const s = resolve(settings);
  const { arms } = s;
  const data = teacherData(s.teacher, s.problem, arms, s.instances, s.horizon, s.samplesPerInstance, rng.fork('data'));
  const mlp = createMlp([FEATURES_PER_ARM, ...s.hidden, 1], rng.fork('init'));
  const optimizer = tf.train.adam(s.learningRate);
  const batchRng = rng.fork('batches');
  const n = s.batchSize;
  const xs = new Float32Array(n * arms * FEATURES_PER_ARM);
  const ys = new Float32Array(n * arms);
  const rowWidth = arms * FEATURES_PER_ARM;
  const tail = Math.max(1, Math.floor(s.trainSteps / 10));
  let tailLoss = 0;
  try {
    for (let step = 0; step < s.trainSteps; step++) {
      for (let b = 0; b < n; b++) {
        const i = batchRng.int(data.size);
        xs.set(data.features.subarray(i * rowWidth, (i + 1) * rowWidth), b * rowWidth);
        ys.set(data.targets.subarray(i * arms, (i + 1) * arms), b * arms);
      }
      const record = step >= s.trainSteps - tail;
      const loss = tf.tidy(() => {
        const x = tf.tensor2d(xs, [n * arms, FEATURES_PER_ARM]);
        const y = tf.tensor2d(ys, [n, arms]);
        const { value, grads } = tf.variableGrads(() => {
          const logits = tf.reshape(mlp.apply(x), [n, arms]);
          // Cross-entropy against the teacher's policy: −Σ_a π_teacher(a) log softmax(scores)(a), batch mean.
          return tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(logits)), 1)));
        }, mlp.variables);
        optimizer.applyGradients(mlp.variables.map((v) => ({ name: v.name, tensor: grads[v.name] })));
        tf.dispose(grads);
        // Read the loss back only over the last tenth (a readback stalls the backend's pipeline).
        return record ? value.dataSync()[0] : 0;
      });
      tailLoss += loss;
    }
    const net: ArmScoreNet = {
      sizes: mlp.sizes,
      weights: mlp.variables.filter((_, i) => i % 2 === 0).map((v) => new Float32Array(v.dataSync())),
      biases: mlp.variables.filter((_, i) => i % 2 === 1).map((v) => new Float32Array(v.dataSync())),
    };
    return { net, finalLoss: tailLoss / tail, data };
  } finally {
    mlp.dispose();
    optimizer.dispose();
  }
}

/** The net's score of every arm from features laid out as armFeatures writes them (plain TS forward pass). */
export function armScores(net: ArmScoreNet, features: Float32Array, arms: number, out: Float64Array, scratch?: Float64Array[]): Float64Array {
  const layers = net.weights.length;
  const buffers = scratch ?? net.sizes.map((w) => new Float64Array(w));
  for (let a = 0; a < arms; a++) {
    let h = buffers[0];
    for (let i = 0; i < FEATURES_PER_ARM; i++) h[i] = features[a * FEATURES_PER_ARM + i];
    for (let l = 0; l < layers; l++) {
      const inW = net.sizes[l];
      const outW = net.sizes[l + 1];
      const w = net.weights[l];
      const next = buffers[l + 1];
      for (let j = 0; j < outW; j++) {
        let z = net.biases[l][j];
        for (let i = 0; i < inW; i++) z += h[i] * w[i * outW + j];
        next[j] = l < layers - 1 && z < 0 ? 0 : z;
      }
      h = next;
    }
    out[a] = h[0];
  }
  return out;
}

/** True when `arm` is among the arms UCB1 (c = √2) ranks first at pull t. */
export function agreesWithUcb1(arm: number, pulls: ArrayLike<number>, means: ArrayLike<number>, t: number, scratch: Float64Array): boolean {
  teacherIndices('ucb1', pulls, means, t, scratch);
  let best = -Infinity;
  for (let a = 0; a < pulls.length; a++) best = Math.max(best, scratch[a]);
  return scratch[arm] === best;
}

export interface DistilledBandit extends Learner<DistilledBanditSettings> {
  /** How the distillation went: seconds it took, and the final training cross-entropy. */
  readonly distillation: { readonly seconds: number; readonly finalLoss: number; readonly samples: number };
}

/** Distil a net (seeded from ctx.rng.fork('distill')) and act with it. */
export function createDistilledBandit(ctx: AgentContext, settings: DistilledBanditSettings): DistilledBandit {
  // Wall-clock, for display only (nothing depends on it).
  const started = Date.now();
  const result = distillBanditNet(settings, ctx.rng.fork('distill'));
  return createDistilledBanditFromNet(ctx, settings, result, (Date.now() - started) / 1000);
}

/**
 * Act with a net distilled beforehand (distillBanditNet), e.g. one net shared by many runs; `settings` gives the
 * temperature and the labels. The net is plain arrays, so sharing it is safe.
 */
export function createDistilledBanditFromNet(
  ctx: AgentContext, settings: DistilledBanditSettings, { net, finalLoss, data }: DistillResult, seconds = 0,
): DistilledBandit {
  checkSettings(settings);
  const rng = ctx.rng;
  const arms = spaceSize(ctx.actionSpace);
  let s = settings;
  const pulls = new Float64Array(arms);
  const means = new Float64Array(arms);
  const features = new Float32Array(arms * FEATURES_PER_ARM);
  const scores = new Float64Array(arms);
  const weights = new Float64Array(arms);
  const ucbScratch = new Float64Array(arms);
  const scratch = net.sizes.map((w) => new Float64Array(w));
  let t = 0;
  // The scores act() computed for the current state, reused by learn()'s agreement check.
  let scoresFresh = false;

  const computeScores = (out: Float64Array): Float64Array => {
    armFeatures(pulls, means, t + 1, features);
    return armScores(net, features, arms, out, scratch);
  };

  return {
    kind: 'learner',
    distillation: { seconds, finalLoss, samples: data.size },

    act(): number {
      computeScores(scores);
      scoresFresh = true;
      const tau = s.temperature ?? DISTILL_DEFAULTS.temperature;
      if (tau <= 0) return argmaxRandomTies(scores, rng);
      let max = -Infinity;
      for (let a = 0; a < arms; a++) max = Math.max(max, scores[a]);
      for (let a = 0; a < arms; a++) weights[a] = Math.exp((scores[a] - max) / tau);
      return sampleCategorical(weights, rng);
    },

    learn(tr: Transition): Metrics {
      if (!scoresFresh) computeScores(scores);
      // The net's top arm (ties: any of them; tied arms have equal features, so UCB1 ranks them equally too).
      const agree = agreesWithUcb1(argmaxFirst(scores), pulls, means, t + 1, ucbScratch) ? 1 : 0;
      scoresFresh = false;
      t++;
      pulls[tr.action]++;
      means[tr.action] = incrementalUpdate(means[tr.action], tr.reward, 1 / pulls[tr.action]);
      return { 'bandit/ucb-agreement': agree };
    },

    setParams(next: DistilledBanditSettings): void {
      checkSettings(next);
      // Only τ is applied; the rest would need a new distillation (build a new agent).
      s = { ...s, temperature: next.temperature };
    },

    stateValue(): number {
      let best = -Infinity;
      for (let a = 0; a < arms; a++) if (pulls[a] > 0) best = Math.max(best, means[a]);
      return best === -Infinity ? 0 : best;
    },

    view(): AgentView {
      const indices = computeScores(new Float64Array(arms));
      return {
        kind: 'bandit', nActions: arms, estimates: means.slice(), estimateKind: 'mean', pulls: pulls.slice(),
        indices, indexLabel: `score of the net distilled from ${s.teacher === 'ucb1' ? 'UCB1' : 'greedy'}`, indexScale: 'score',
      };
    },

    dispose(): void {
      // Nothing to free: the tfjs net and optimizer were disposed when the distillation ended.
    },
  };
}
