// Proximal policy optimisation with the clipped objective (Schulman et al. 2017), single-env, after cleanrl's
// ppo.py: collect rolloutSteps env steps with the sampled policy (keeping log π_old of each action), compute
// GAE(λ) advantages and returns once, then `epochs` passes over the rollout in `minibatches` shuffled minibatches,
// each one Adam step on L = mean(max(−A·ρ, −A·clip(ρ, 1 − ε, 1 + ε))) − c_ent·H + c_v·mean((V(s) − return)²),
// ρ = exp(log π_θ − log π_old), with advantages normalised per minibatch. Reports the approx-KL (k3) and the clip
// fraction, averaged over the rollout's minibatch steps like the losses. (No value clipping, no KL early stop.)
import * as tf from '@tensorflow/tfjs';
import type { Learner } from '../agent.ts';
import {
  checkActorCriticSettings, createActorCritic, type ActorCriticSettings, type NeuralAgentContext,
} from './actor-critic.ts';
import { checkInRange, checkPositiveInt } from '../settings-checks.ts';
import { RolloutBuffer } from './rollout-buffer.ts';
import { createMinibatches } from './minibatches.ts';
import { ppoMinibatchStep } from './ppo-minibatch-step.ts';

export interface PpoSettings extends ActorCriticSettings {
  /** Env steps per rollout (one update phase each); a live change takes effect at the next learn(). */
  readonly rolloutSteps: number;
  /** GAE λ in [0, 1]. */
  readonly gaeLambda: number;
  /** ε: the ratio band [1 − ε, 1 + ε] outside which the objective stops rewarding further change. */
  readonly clipRange: number;
  /** Passes over each rollout. */
  readonly epochs: number;
  /** Shuffled minibatches per pass (at most rolloutSteps); the rollout is split into near-equal parts. */
  readonly minibatches: number;
  /** Standardise the advantages within each minibatch (mean 0, std 1). */
  readonly normalizeAdvantages: boolean;
}

export function checkPpoSettings(s: PpoSettings): void {
  checkActorCriticSettings('PPO', s);
  checkPositiveInt('PPO', 'rolloutSteps', s.rolloutSteps);
  checkInRange('PPO', 'gaeLambda', s.gaeLambda, 0, 1);
  if (!(s.clipRange > 0 && s.clipRange < 1)) throw new RangeError(`PPO clipRange must lie in (0, 1), got ${s.clipRange}`);
  checkPositiveInt('PPO', 'epochs', s.epochs);
  checkPositiveInt('PPO', 'minibatches', s.minibatches);
  if (s.minibatches > s.rolloutSteps) {
    throw new RangeError(`PPO minibatches (${s.minibatches}) cannot exceed rolloutSteps (${s.rolloutSteps})`);
  }
}

export function createPpo(ctx: NeuralAgentContext, settings: PpoSettings): Learner<PpoSettings> {
  checkPpoSettings(settings);
  const ac = createActorCritic('PPO', ctx, settings);
  const rollout = new RolloutBuffer(settings.rolloutSteps, ac.width);
  const minibatches = createMinibatches(ctx.rng.fork('minibatches'));

  return ac.learner(settings, checkPpoSettings, (t, s) => {
    ac.record(rollout, t);
    if (rollout.size < s.rolloutSteps) return;
    const [policyLoss, criticLoss, entropy, kl, clipped] = ac.updateOnRollout(rollout, s.gamma, s.gaeLambda, (b) => {
      const steps: tf.Tensor1D[] = [];
      const batch = { ...b, returns: [b.returns] };
      minibatches(b.n, s.epochs, s.minibatches, (rows) => {
        steps.push(ppoMinibatchStep(ac, s, batch, rows, (x) => [ac.values(x)]));
      });
      return tf.mean(tf.stack(steps), 0);
    });
    rollout.clear();
    return {
      'loss/policy': policyLoss, 'loss/value': criticLoss, 'policy/entropy': entropy,
      'policy/approx-kl': kl, 'policy/clip-fraction': clipped,
    };
  });
}
