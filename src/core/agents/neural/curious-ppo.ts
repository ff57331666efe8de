// PPO with a curiosity bonus, after cleanrl's ppo_rnd_envpool.py (catalogue §3.2, D2). Each rollout:
//   1. the bonus module's inputs are normalised, ô = clip((o − μ)/σ, ±5), with running stats that include the
//      rollout (cleanrl warms them up with random steps instead);
//   2. b_t = the module's raw bonus for s_t → s_{t+1} (RND: the predictor's error on ô_{t+1});
//   3. intrinsic-reward normalisation: G ← γ_int·G + b_t over the stream of steps, a running variance of G, and
//      r_int = b_t / √var(G);
//   4. two value heads, V_ext and V_int (two small critics here), with GAE on each: the extrinsic stream stops at
//      episode ends; the intrinsic one is non-episodic by default (it flows on into the next episode's start);
//   5. A = c_ext·A_ext + c_int·A_int, and `epochs` passes of PPO's clipped loss over shuffled minibatches, with
//      L = L_pg − c_ent·H + c_v·(L_ext + L_int) + L_module (RND: the predictor's MSE on a random share of rows).
// bonus 'none' is plain PPO in the same shape (one critic, no module), so the three differ only by the bonus. An
// optional CRT-style novelty bonus adds λ·(1 − similarity to past successes) to the reward of each success, a
// success being the bag of observations its episode passed through.
import * as tf from '@tensorflow/tfjs';
import type { AgentView, Learner, Transition } from '../agent.ts';
import type { Metrics } from '../../metrics/metric-key.ts';
import { createMlp } from '../../nn/mlp.ts';
import { RunningMoments } from '../../nn/running-moments.ts';
import { checkInRange, checkPositiveInt } from '../settings-checks.ts';
import { createActorCritic, type NeuralAgentContext } from './actor-critic.ts';
import { checkPpoSettings, type PpoSettings } from './ppo.ts';
import { gae } from './gae.ts';
import { RolloutBuffer } from './rollout-buffer.ts';
import { createMinibatches } from './minibatches.ts';
import { ppoMinibatchStep, type ExtraLoss } from './ppo-minibatch-step.ts';
import type { CuriosityModule } from './curiosity/curiosity-module.ts';
import { createRnd } from './curiosity/rnd.ts';
import { createIcm } from './curiosity/icm.ts';
import { SuccessNovelty, type SuccessSimilarity } from './curiosity/success-novelty.ts';

export type CuriosityBonus = 'none' | 'rnd' | 'icm';

/** Bonus-module inputs are clipped to ±5 standard deviations after normalising, as in cleanrl. */
const OBS_CLIP = 5;

export interface CuriousPpoSettings extends PpoSettings {
  /** Fixed when the agent is built. */
  readonly bonus: CuriosityBonus;
  /** c_ext, c_int: the weights of the two advantages. */
  readonly extrinsicCoef: number;
  readonly intrinsicCoef: number;
  /** γ_int: the intrinsic stream's discount (`gamma` is the extrinsic one). */
  readonly intrinsicGamma: number;
  /** Share of each minibatch the module trains on (RND's update proportion). */
  readonly predictorFraction: number;
  /** RND's output width k (fixed when built). */
  readonly rndDim: number;
  /** Normalise the module's inputs by running mean and standard deviation. */
  readonly obsNorm: boolean;
  /** Divide intrinsic rewards by the running standard deviation of their discounted sum. */
  readonly rewardNorm: boolean;
  /** Cut the intrinsic stream at episode ends (by default it runs on across them). */
  readonly intrinsicEpisodic: boolean;
  /** λ of the novelty bonus on successes; 0 = off. */
  readonly noveltyWeight: number;
  readonly similarity: SuccessSimilarity;
  /** The view covers observations [0, viewStates): e.g. every cell with nothing on the TV screen. */
  readonly viewStates: number;
}

export interface CuriousPpoView extends AgentView {
  /** Per viewed observation: the intrinsic reward for arriving there, on the scale the agent uses (r_int). */
  readonly bonus?: Float64Array;
  readonly bonusKind: CuriosityBonus;
}

function checkSettings(s: CuriousPpoSettings): void {
  checkPpoSettings(s);
  checkInRange('curious PPO', 'extrinsicCoef', s.extrinsicCoef, 0, Infinity);
  checkInRange('curious PPO', 'intrinsicCoef', s.intrinsicCoef, 0, Infinity);
  checkInRange('curious PPO', 'intrinsicGamma', s.intrinsicGamma, 0, 1);
  if (!(s.predictorFraction > 0 && s.predictorFraction <= 1)) {
    throw new RangeError(`curious PPO predictorFraction must lie in (0, 1], got ${s.predictorFraction}`);
  }
  checkPositiveInt('curious PPO', 'rndDim', s.rndDim);
  checkInRange('curious PPO', 'noveltyWeight', s.noveltyWeight, 0, Infinity);
  checkPositiveInt('curious PPO', 'viewStates', s.viewStates);
}

export function createCuriousPpo(ctx: NeuralAgentContext, settings: CuriousPpoSettings): Learner<CuriousPpoSettings> {
  checkSettings(settings);
  const { rng, features: encoder } = ctx;
  const width = encoder.size;
  const nActions = ctx.actionSpace.kind === 'discrete' ? ctx.actionSpace.n : 0;
  const hidden = settings.hidden[0] ?? 64;
  const module: CuriosityModule | null = settings.bonus === 'rnd'
    ? createRnd(width, { outputDim: settings.rndDim, hidden }, rng.fork('rnd'))
    : settings.bonus === 'icm'
      ? createIcm(width, { featureDim: 16, hidden, nActions, forwardWeight: 0.2 }, rng.fork('icm'))
      : null;
  const intCritic = module ? createMlp([width, ...settings.hidden, 1], rng.fork('critic-int')) : null;
  const ac = createActorCritic('curious PPO', ctx, settings, [...(intCritic?.variables ?? []), ...(module?.trainable ?? [])]);
  const rollout = new RolloutBuffer(settings.rolloutSteps, width);
  const minibatches = createMinibatches(rng.fork('minibatches'));
  const maskRng = rng.fork('module-mask');
  const obsStats = new RunningMoments(width);
  const returnStats = new RunningMoments(1);
  const novelty = new SuccessNovelty();
  // The current episode as a bag of observations, for the novelty of a success.
  const episode = new Map<number, number>();
  let intrinsicReturn = 0;
  // Per viewed observation: the bonus last received for arriving there (ICM's bonus depends on the move too).
  const received = new Float64Array(settings.viewStates).fill(NaN);
  let viewFeatures: Float32Array | null = null;
  const nextObsOfRow: number[] = [];
  let live = settings;

  /** Normalised copies of the module's inputs (or the raw features when normalisation is off). */
  const moduleInputs = (s: CuriousPpoSettings, data: Float32Array, rows: number): Float32Array => {
    const out = new Float32Array(rows * width);
    if (!s.obsNorm) {
      out.set(data.subarray(0, rows * width));
      return out;
    }
    return obsStats.normalize(data, rows, out, OBS_CLIP);
  };
  const rewardScale = (s: CuriousPpoSettings) => (s.rewardNorm ? 1 / Math.sqrt(returnStats.variance[0] + 1e-8) : 1);

  const learner = ac.learner(settings, checkSettings, (t: Transition, s: CuriousPpoSettings): Metrics | void => {
    let shaped = t;
    let metrics: Metrics | undefined;
    if (episode.size === 0) episode.set(t.obs, 1);
    episode.set(t.nextObs, (episode.get(t.nextObs) ?? 0) + 1);
    if (s.noveltyWeight > 0 && t.terminated && t.reward > 0) {
      const bonus = novelty.reward(episode, s.noveltyWeight, s.similarity);
      shaped = { ...t, reward: t.reward + bonus };
      metrics = { 'explore/novelty-bonus': bonus };
    }
    if (t.terminated || t.truncated) episode.clear();
    nextObsOfRow[rollout.size] = t.nextObs;
    ac.record(rollout, shaped);
    if (rollout.size < s.rolloutSteps) return metrics;
    const update = module && intCritic ? curiousUpdate(s, module, intCritic) : plainUpdate(s);
    rollout.clear();
    return { ...metrics, ...update };
  });

  /** PPO's minibatch passes on precomputed advantages and return targets; returns the mean of each stat. */
  const ppoPasses = (
    s: CuriousPpoSettings, n: number, advantages: Float32Array, returns: Float32Array[],
    extraLoss: ExtraLoss | undefined, values: (states: tf.Tensor2D) => tf.Tensor1D[],
  ): Float32Array => tf.tidy(() => {
    const batch = {
      states: tf.tensor2d(rollout.features.subarray(0, n * width), [n, width]),
      actions: tf.tensor1d(rollout.actions.subarray(0, n), 'int32'),
      oldLogProbs: tf.tensor1d(rollout.logProbs.subarray(0, n)),
      advantages: tf.tensor1d(advantages.subarray(0, n)),
      returns: returns.map((r) => tf.tensor1d(r.subarray(0, n))),
    };
    const steps: tf.Tensor1D[] = [];
    minibatches(n, s.epochs, s.minibatches, (rows) => steps.push(ppoMinibatchStep(ac, s, batch, rows, values, extraLoss)));
    return new Float32Array(tf.mean(tf.stack(steps), 0).dataSync());
  });

  const statsMetrics = (stats: Float32Array): Metrics => ({
    'loss/policy': stats[0], 'loss/value': stats[1], 'policy/entropy': stats[2], 'policy/approx-kl': stats[3],
    'policy/clip-fraction': stats[4],
  });

  /** V(s) of rows [0, n) of `data` through `head`. */
  const headValues = (head: (x: tf.Tensor2D) => tf.Tensor1D, data: Float32Array, n: number): Float32Array => tf.tidy(
    () => new Float32Array(head(tf.tensor2d(data.subarray(0, n * width), [n, width])).dataSync()),
  );

  const plainUpdate = (s: CuriousPpoSettings): Metrics => {
    const n = rollout.size;
    const v = headValues(ac.values, rollout.features, n);
    const vNext = headValues(ac.values, rollout.nextFeatures, n);
    const advantages = new Float32Array(n);
    const returns = new Float32Array(n);
    gae({ n, rewards: rollout.rewards, values: v, nextValues: vNext, terminated: rollout.terminated, truncated: rollout.truncated },
      s.gamma, s.gaeLambda, advantages, returns);
    for (let i = 0; i < n; i++) advantages[i] *= s.extrinsicCoef;
    return statsMetrics(ppoPasses(s, n, advantages, [returns], undefined, (x) => [ac.values(x)]));
  };

  const intValues = (critic: ReturnType<typeof createMlp>) => (x: tf.Tensor2D) => tf.reshape(critic.apply(x), [-1]) as tf.Tensor1D;

  const curiousUpdate = (s: CuriousPpoSettings, m: CuriosityModule, critic: ReturnType<typeof createMlp>): Metrics => {
    const n = rollout.size;
    // 1. Input statistics include this rollout's observations, then the module sees normalised inputs.
    if (s.obsNorm) obsStats.update(rollout.nextFeatures, n);
    const obsIn = moduleInputs(s, rollout.features, n);
    const nextIn = moduleInputs(s, rollout.nextFeatures, n);
    // 2. Raw bonuses.
    const raw = tf.tidy(() => new Float32Array(m.bonus(
      tf.tensor2d(obsIn, [n, width]), tf.tensor1d(rollout.actions.subarray(0, n), 'int32'), tf.tensor2d(nextIn, [n, width]),
    ).dataSync()));
    // 3. Intrinsic-reward normalisation by the spread of the discounted intrinsic return.
    const discounted = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      intrinsicReturn = s.intrinsicGamma * intrinsicReturn + raw[i];
      discounted[i] = intrinsicReturn;
    }
    returnStats.update(discounted, n);
    const scale = rewardScale(s);
    const intrinsic = raw.map((b) => b * scale);
    let meanIntrinsic = 0;
    for (let i = 0; i < n; i++) {
      meanIntrinsic += intrinsic[i];
      // Remember what arriving at each viewed observation earned (the map for bonuses that depend on the move).
      const next = nextObsOfRow[i];
      if (next < received.length) received[next] = Number.isNaN(received[next]) ? intrinsic[i] : 0.9 * received[next] + 0.1 * intrinsic[i];
    }
    meanIntrinsic /= n;
    // 4. Two streams of GAE.
    const valueOf = intValues(critic);
    const v = headValues(ac.values, rollout.features, n);
    const vNext = headValues(ac.values, rollout.nextFeatures, n);
    const vi = headValues(valueOf, rollout.features, n);
    const viNext = headValues(valueOf, rollout.nextFeatures, n);
    const extAdv = new Float32Array(n);
    const extRet = new Float32Array(n);
    gae({ n, rewards: rollout.rewards, values: v, nextValues: vNext, terminated: rollout.terminated, truncated: rollout.truncated },
      s.gamma, s.gaeLambda, extAdv, extRet);
    const intAdv = new Float32Array(n);
    const intRet = new Float32Array(n);
    const zeros = new Float32Array(n);
    if (s.intrinsicEpisodic) {
      gae({ n, rewards: intrinsic, values: vi, nextValues: viNext, terminated: rollout.terminated, truncated: rollout.truncated },
        s.intrinsicGamma, s.gaeLambda, intAdv, intRet);
    } else {
      // Non-episodic: after an episode's end the stream continues from the next episode's first state.
      const streamNext = Float32Array.from(viNext);
      for (let i = 0; i + 1 < n; i++) {
        if (rollout.terminated[i] !== 0 || rollout.truncated[i] !== 0) streamNext[i] = vi[i + 1];
      }
      gae({ n, rewards: intrinsic, values: vi, nextValues: streamNext, terminated: zeros, truncated: zeros },
        s.intrinsicGamma, s.gaeLambda, intAdv, intRet);
    }
    const advantages = new Float32Array(n);
    for (let i = 0; i < n; i++) advantages[i] = s.extrinsicCoef * extAdv[i] + s.intrinsicCoef * intAdv[i];
    // 5. PPO passes, the module trained on a random share of each minibatch.
    const stats = tf.tidy(() => {
      const obsAll = tf.tensor2d(obsIn, [n, width]);
      const nextAll = tf.tensor2d(nextIn, [n, width]);
      return ppoPasses(s, n, advantages, [extRet, intRet], (index, _x, a) => {
        const rows = index.shape[0];
        const mask = new Float32Array(rows);
        for (let i = 0; i < rows; i++) mask[i] = maskRng.uniform() < s.predictorFraction ? 1 : 0;
        return m.loss(tf.gather(obsAll, index), a, tf.gather(nextAll, index), tf.tensor1d(mask));
      }, (x) => [ac.values(x), valueOf(x)]);
    });
    return { ...statsMetrics(stats), 'loss/curiosity': stats[5], 'explore/intrinsic-reward': meanIntrinsic };
  };

  return {
    ...learner,
    setParams(next: CuriousPpoSettings) {
      learner.setParams(next);
      live = next;
    },
    view(): CuriousPpoView {
      const n = settings.viewStates;
      viewFeatures ??= new Float32Array(n * width);
      for (let i = 0; i < n; i++) encoder.encode(i, viewFeatures, i * width);
      const features = viewFeatures;
      const logits = tf.tidy(() => ac.logits(tf.tensor2d(features, [n, width])).dataSync());
      const policy = new Float64Array(n * nActions);
      for (let i = 0; i < n; i++) {
        let max = -Infinity;
        for (let a = 0; a < nActions; a++) max = Math.max(max, logits[i * nActions + a]);
        let sum = 0;
        for (let a = 0; a < nActions; a++) sum += Math.exp(logits[i * nActions + a] - max);
        for (let a = 0; a < nActions; a++) policy[i * nActions + a] = Math.exp(logits[i * nActions + a] - max) / sum;
      }
      const values = Float64Array.from(headValues(ac.values, viewFeatures, n));
      let bonus: Float64Array | undefined;
      if (module && settings.bonus === 'rnd') {
        const s = live;
        const inputs = moduleInputs(s, viewFeatures, n);
        const raw = tf.tidy(() => {
          const x = tf.tensor2d(inputs, [n, width]);
          return module.bonus(x, tf.zeros([n], 'int32'), x).dataSync();
        });
        const scale = rewardScale(s);
        bonus = Float64Array.from(raw, (b) => b * scale);
      } else if (module) {
        bonus = Float64Array.from(received);
      }
      return { kind: 'tabular', nStates: n, nActions, values, policy, bonus, bonusKind: settings.bonus };
    },
    dispose() {
      learner.dispose?.();
      module?.dispose();
      intCritic?.dispose();
    },
  };
}
