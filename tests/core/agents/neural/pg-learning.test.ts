// Slow, seeded learning checks: PPO, A2C and REINFORCE with one-hot features find the 8-step path across the 5×5
// open room (reward 1 at the goal, γ = 0.95, time limit 50) within 5,000 env steps, on two seeds each. Judged on
// the last 10 episodes' mean length, on the policy's mode (following the most probable action from the start takes
// 8 steps, entropy set aside), and on the critic's V(start) ≈ γ^7.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { Learner } from '../../../../src/core/agents/agent.ts';
import { createA2c } from '../../../../src/core/agents/neural/a2c.ts';
import type { ActorCriticSettings } from '../../../../src/core/agents/neural/actor-critic.ts';
import { createPpo } from '../../../../src/core/agents/neural/ppo.ts';
import { createReinforce } from '../../../../src/core/agents/neural/reinforce.ts';
import { argmaxFirst } from '../../../../src/core/rng/sampling.ts';
import { drive, gridRun, type GridRun, type NeuralContext } from './grid-agent-kit.ts';

const BASE: ActorCriticSettings = { gamma: 0.95, learningRate: 3e-3, hidden: [32, 32], entropyCoef: 0.01, valueCoef: 0.5, maxGradNorm: 0.5 };
const STEPS = 5000;

// Advantage normalisation is off for PPO: before the first reward every advantage is critic noise, and scaling
// that noise to unit size drives the policy into a corner it may never leave (seen on seed 1 with it on).
const AGENTS: [string, (ctx: NeuralContext) => Learner<unknown>][] = [
  ['PPO', (ctx) => createPpo(ctx, {
    ...BASE, rolloutSteps: 128, gaeLambda: 0.95, clipRange: 0.2, epochs: 4, minibatches: 4, normalizeAdvantages: false,
  })],
  ['A2C', (ctx) => createA2c(ctx, { ...BASE, rolloutSteps: 16, gaeLambda: 0.95 })],
  ['REINFORCE', (ctx) => createReinforce(ctx, BASE)],
];
const CASES = AGENTS.flatMap(([name, create]) => [1, 2].map((seed) => [name, seed, create] as const));

/** Steps taken by always choosing the most probable action of view().policy, from the start; capped at 50. */
function modePathLength({ env, agent }: GridRun<unknown>): number {
  const { policy, nActions } = agent.view();
  let obs = env.reset();
  for (let step = 1; step <= 50; step++) {
    const r = env.step(argmaxFirst(policy!, obs * nActions, nActions));
    if (r.terminated) return step;
    obs = r.obs;
  }
  return Infinity;
}

describe('policy-gradient learning (slow)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it.each(CASES)('%s (seed %i) reaches the goal in near-optimal steps on a 5×5 open room', (_name, seed, create) => {
    const run = gridRun(create, seed, 'one-hot');
    const { lengths } = drive(run, STEPS);
    const last = lengths.slice(-10);
    // Still sampling from the policy, so a detour of a step or two is allowed.
    expect(last.reduce((a, b) => a + b, 0) / last.length).toBeLessThanOrEqual(10);
    expect(modePathLength(run)).toBe(8);
    // V(start) = γ^7 = 0.698 for the optimal policy; a little less for the still-stochastic one.
    expect(Math.abs(run.agent.stateValue!(run.env.reset()) - 0.95 ** 7)).toBeLessThan(0.06);
    run.agent.dispose!();
  });
});
