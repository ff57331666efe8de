// What REINFORCE, A2C and PPO share: a softmax actor and a state-value critic as two separate MLPs (simpler to
// read than a shared trunk, and neither loss disturbs the other's features), one Adam optimizer over both nets'
// variables minimising the total loss L_pg − c_ent·H + c_v·L_value (the nets share no weights, so the total only
// couples them through Adam's clock and the global-norm clip), acting by sampling the policy with a seeded
// stream, the rollout's GAE, and the overlays. Each agent file adds only when it updates and on which loss.
import * as tf from '@tensorflow/tfjs';
import type { AgentContext, AgentView, Learner, Transition } from '../agent.ts';
import type { FeatureEncoder } from '../../envs/feature-encoder.ts';
import type { Metrics } from '../../metrics/metric-key.ts';
import type { Rng } from '../../rng/rng.ts';
import { sampleCategorical } from '../../rng/sampling.ts';
import { createMlp, type Mlp } from '../../nn/mlp.ts';
import { predictRows } from '../../nn/predict-rows.ts';
import { gae } from './gae.ts';
import type { RolloutBuffer } from './rollout-buffer.ts';
import {
  categoricalEntropy, clipByGlobalNorm, logProbsOf, totalLoss, valueLoss, vanillaPolicyLoss,
} from './policy-gradient-terms.ts';
import { checkInRange, checkPositive, checkPositiveInt } from '../settings-checks.ts';

/** The settings every actor-critic agent here has. */
export interface ActorCriticSettings {
  /** Discount of future rewards. */
  readonly gamma: number;
  /** Adam step size for both nets; a change rebuilds the optimizer (its moment estimates restart). */
  readonly learningRate: number;
  /** Hidden layer widths of the actor and of the critic, fixed when the agent is built (a later change is ignored). */
  readonly hidden: readonly number[];
  /** c_ent: weight of the entropy bonus, which keeps the policy from collapsing too early. */
  readonly entropyCoef: number;
  /** c_v: weight of the critic's squared error in the total loss. */
  readonly valueCoef: number;
  /** Clip the gradient of the total loss to this global norm before each step; 0 = no clipping. */
  readonly maxGradNorm: number;
}

export type NeuralAgentContext = AgentContext & { features: FeatureEncoder };

export function checkActorCriticSettings(agent: string, s: ActorCriticSettings): void {
  s.hidden.forEach((h) => checkPositiveInt(agent, 'hidden width', h));
  checkInRange(agent, 'gamma', s.gamma, 0, 1);
  checkPositive(agent, 'learningRate', s.learningRate);
  checkInRange(agent, 'entropyCoef', s.entropyCoef, 0, Infinity);
  checkInRange(agent, 'valueCoef', s.valueCoef, 0, Infinity);
  checkInRange(agent, 'maxGradNorm (0 = off)', s.maxGradNorm, 0, Infinity);
}

/** A rollout uploaded once for an update: rows [0, n) of the buffer plus their advantages and return targets. */
export interface RolloutTensors {
  readonly n: number;
  readonly states: tf.Tensor2D;
  readonly actions: tf.Tensor1D;
  readonly oldLogProbs: tf.Tensor1D;
  readonly advantages: tf.Tensor1D;
  readonly returns: tf.Tensor1D;
}

/** A loss to minimise and the scalars to report about it (read back together after the step). */
export interface LossWithStats {
  readonly loss: tf.Scalar;
  readonly stats: tf.Scalar[];
}

export interface ActorCritic {
  readonly width: number;
  /** Unnormalised log-probabilities [batch, nActions] for [batch, width] features. Builds tensors. */
  logits(states: tf.Tensor2D): tf.Tensor2D;
  /** V(s) [batch] for [batch, width] features. Builds tensors. */
  values(states: tf.Tensor2D): tf.Tensor1D;
  /** Encode t's observations into the buffer with log π_old(a|s) (kept from act(), recomputed if t did not come from it). */
  record(buffer: RolloutBuffer, t: Transition): void;
  /**
   * Upload the buffer, compute V(s_t) and V(s_{t+1}) in one pass, GAE(γ, λ) in JS, then run `update` in one
   * tf.tidy and read its result back once (a [k] tensor of statistics).
   */
  updateOnRollout(buffer: RolloutBuffer, gamma: number, lambda: number, update: (batch: RolloutTensors) => tf.Tensor): Float32Array;
  /** One Adam step on both nets (gradient clipped to maxGradNorm when > 0); returns the stats, stacked and kept. */
  minimize(maxGradNorm: number, f: () => LossWithStats): tf.Tensor1D;
  /** The A2C / REINFORCE step on a whole rollout: L = −mean(A·log π) − c_ent·H + c_v·L_value; returns its metrics. */
  vanillaUpdate(buffer: RolloutBuffer, lambda: number, s: ActorCriticSettings): Metrics;
  /** A Learner whose act/stateValue/view/dispose come from here and whose learn is `learn` under the live settings. */
  learner<S extends ActorCriticSettings>(settings: S, check: (s: S) => void, learn: (t: Transition, s: S) => Metrics | void): Learner<S>;
}

/** log Σ exp over logits[offset .. offset + n), shifted by the max for stability. */
function logSumExp(logits: ArrayLike<number>, offset: number, n: number): number {
  let max = -Infinity;
  for (let a = 0; a < n; a++) max = Math.max(max, logits[offset + a]);
  let sum = 0;
  for (let a = 0; a < n; a++) sum += Math.exp(logits[offset + a] - max);
  return max + Math.log(sum);
}

/**
 * `extraVariables`: other trainable weights (a second value head, a curiosity module) that the one optimizer steps
 * together with the actor and critic, so a single total loss trains them all.
 */
export function createActorCritic(
  agent: string, ctx: NeuralAgentContext, settings: ActorCriticSettings, extraVariables: readonly tf.Variable[] = [],
): ActorCritic {
  const { observationSpace, actionSpace, rng, features: encoder } = ctx;
  if (observationSpace.kind !== 'discrete' || actionSpace.kind !== 'discrete') {
    throw new RangeError(`${agent} needs discrete observations (encoded by ctx.features) and discrete actions`);
  }
  checkActorCriticSettings(agent, settings);
  const nStates = observationSpace.n;
  const nActions = actionSpace.n;
  const width = encoder.size;
  const actor: Mlp = createMlp([width, ...settings.hidden, nActions], rng.fork('actor'));
  const critic: Mlp = createMlp([width, ...settings.hidden, 1], rng.fork('critic'));
  const variables = [...actor.variables, ...critic.variables, ...extraVariables];
  let learningRate = settings.learningRate;
  let optimizer = tf.train.adam(learningRate);
  const actRng: Rng = rng.fork('act');
  const obsFeatures = new Float32Array(width);
  const nextFeatures = new Float32Array(width);
  const probs = new Float64Array(nActions);
  let allFeatures: Float32Array | null = null;
  let advantages = new Float32Array(0);
  let returns = new Float32Array(0);
  // The last act(): learn() normally receives exactly this (obs, action) and stores its log-probability.
  let last: { obs: number; action: number; logProb: number } | null = null;

  const row = (net: Mlp, obs: number): Float32Array => {
    encoder.encode(obs, obsFeatures, 0);
    return predictRows(net, obsFeatures, 1);
  };

  /** log π(a|obs) from one forward pass. */
  const logProbOf = (obs: number, action: number): number => {
    const logits = row(actor, obs);
    return logits[action] - logSumExp(logits, 0, nActions);
  };

  const allRows = (net: Mlp): Float32Array => {
    allFeatures ??= new Float32Array(nStates * width);
    for (let i = 0; i < nStates; i++) encoder.encode(i, allFeatures, i * width);
    return predictRows(net, allFeatures, nStates);
  };

  const ac: ActorCritic = {
    width,

    logits: (states) => actor.apply(states),

    values: (states) => tf.reshape(critic.apply(states), [-1]),

    record(buffer, t) {
      const logProb = last && last.obs === t.obs && last.action === t.action ? last.logProb : logProbOf(t.obs, t.action);
      last = null;
      encoder.encode(t.obs, obsFeatures, 0);
      encoder.encode(t.nextObs, nextFeatures, 0);
      buffer.add(obsFeatures, t.action, t.reward, nextFeatures, t.terminated, t.truncated, logProb);
    },

    updateOnRollout(buffer, gamma, lambda, update) {
      const n = buffer.size;
      if (advantages.length < n) {
        advantages = new Float32Array(buffer.capacity);
        returns = new Float32Array(buffer.capacity);
      }
      return tf.tidy(() => {
        const states = tf.tensor2d(buffer.features.subarray(0, n * width), [n, width]);
        const next = tf.tensor2d(buffer.nextFeatures.subarray(0, n * width), [n, width]);
        const v = ac.values(tf.concat([states, next], 0)).dataSync();
        gae({
          n, rewards: buffer.rewards, values: v.subarray(0, n), nextValues: v.subarray(n, 2 * n),
          terminated: buffer.terminated, truncated: buffer.truncated,
        }, gamma, lambda, advantages, returns);
        const stats = update({
          n, states,
          actions: tf.tensor1d(buffer.actions.subarray(0, n), 'int32'),
          oldLogProbs: tf.tensor1d(buffer.logProbs.subarray(0, n)),
          advantages: tf.tensor1d(advantages.subarray(0, n)),
          returns: tf.tensor1d(returns.subarray(0, n)),
        });
        // A copy: the backend's buffer must not outlive the tensor.
        return new Float32Array(stats.dataSync());
      });
    },

    minimize(maxGradNorm, f) {
      return tf.tidy(() => {
        let stats: tf.Tensor1D | null = null;
        const { grads } = tf.variableGrads(() => {
          const out = f();
          // Kept past variableGrads' own scope; handed back below as a clone the caller's tidy tracks.
          stats = tf.keep(tf.stack(out.stats) as tf.Tensor1D);
          return out.loss;
        }, variables);
        const clipped = clipByGlobalNorm(grads, maxGradNorm).grads;
        optimizer.applyGradients(variables.map((v) => ({ name: v.name, tensor: clipped[v.name] })));
        tf.dispose(grads);
        const tracked = tf.clone(stats!);
        tf.dispose(stats!);
        return tracked;
      });
    },

    vanillaUpdate(buffer, lambda, s) {
      const [policyLoss, entropy, criticLoss] = ac.updateOnRollout(buffer, s.gamma, lambda, (b) => ac.minimize(s.maxGradNorm, () => {
        const logits = ac.logits(b.states);
        const pg = vanillaPolicyLoss(logProbsOf(logits, b.actions), b.advantages);
        const h = tf.mean(categoricalEntropy(logits)) as tf.Scalar;
        const v = valueLoss(ac.values(b.states), b.returns);
        return { loss: totalLoss(pg, h, v, s.entropyCoef, s.valueCoef), stats: [pg, h, v] };
      }));
      return { 'loss/policy': policyLoss, 'loss/value': criticLoss, 'policy/entropy': entropy };
    },

    learner<S extends ActorCriticSettings>(initial: S, check: (s: S) => void, learn: (t: Transition, s: S) => Metrics | void): Learner<S> {
      check(initial);
      let s = initial;
      return {
        kind: 'learner',

        act(obs: number): number {
          const logits = row(actor, obs);
          const lse = logSumExp(logits, 0, nActions);
          for (let a = 0; a < nActions; a++) probs[a] = Math.exp(logits[a] - lse);
          const action = sampleCategorical(probs, actRng);
          last = { obs, action, logProb: logits[action] - lse };
          return action;
        },

        learn: (t: Transition) => learn(t, s),

        setParams(next: S): void {
          check(next);
          if (next.learningRate !== learningRate) {
            optimizer.dispose();
            learningRate = next.learningRate;
            optimizer = tf.train.adam(learningRate);
          }
          s = next;
        },

        stateValue: (obs: number): number => row(critic, obs)[0],

        view(): AgentView {
          const logits = allRows(actor);
          const values = Float64Array.from(allRows(critic));
          const policy = new Float64Array(nStates * nActions);
          for (let i = 0; i < nStates; i++) {
            const lse = logSumExp(logits, i * nActions, nActions);
            for (let a = 0; a < nActions; a++) policy[i * nActions + a] = Math.exp(logits[i * nActions + a] - lse);
          }
          return { kind: 'tabular', nStates, nActions, values, policy };
        },

        dispose(): void {
          actor.dispose();
          critic.dispose();
          optimizer.dispose();
        },
      };
    },
  };
  return ac;
}
