// Advantage actor-critic, the synchronous single-env A2C of Mnih et al. (2016): every rolloutSteps env steps, one
// step on −mean(A·log π(a|s)) − c_ent·H + c_v·mean((V(s) − (A + V(s)))²) over the rollout, with GAE(λ) advantages
// (λ = 1: n-step returns bootstrapped from V at the rollout's end; λ = 0: one-step TD errors). Rollouts cross
// episode boundaries: an end inside one stops the recursion there.
import type { Learner } from '../agent.ts';
import {
  checkActorCriticSettings, createActorCritic, type ActorCriticSettings, type NeuralAgentContext,
} from './actor-critic.ts';
import { checkInRange, checkPositiveInt } from '../settings-checks.ts';
import { RolloutBuffer } from './rollout-buffer.ts';

export interface A2cSettings extends ActorCriticSettings {
  /** Env steps per update (n in "n-step"); a live change takes effect at the next learn(). */
  readonly rolloutSteps: number;
  /** GAE λ in [0, 1]: 1 = n-step Monte-Carlo-like returns (more variance), 0 = one-step TD (more bias). */
  readonly gaeLambda: number;
}

function checkSettings(s: A2cSettings): void {
  checkActorCriticSettings('A2C', s);
  checkPositiveInt('A2C', 'rolloutSteps', s.rolloutSteps);
  checkInRange('A2C', 'gaeLambda', s.gaeLambda, 0, 1);
}

export function createA2c(ctx: NeuralAgentContext, settings: A2cSettings): Learner<A2cSettings> {
  checkSettings(settings);
  const ac = createActorCritic('A2C', ctx, settings);
  const rollout = new RolloutBuffer(settings.rolloutSteps, ac.width);
  return ac.learner(settings, checkSettings, (t, s) => {
    ac.record(rollout, t);
    if (rollout.size < s.rolloutSteps) return;
    const metrics = ac.vanillaUpdate(rollout, s.gaeLambda, s);
    rollout.clear();
    return metrics;
  });
}
