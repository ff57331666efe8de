// A slow, seeded learning check: discrete SAC with automatic temperature and one-hot features finds the 8-step path
// across a 5×5 open room (reward 1 at the goal, γ = 0.95, time limit 50) within 2,000 env steps, on two seeds.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createSacDiscrete, type SacDiscreteSettings } from '../../../../src/core/agents/neural/sac-discrete.ts';
import { drive, gridRun } from './grid-agent-kit.ts';

// One update every 2 env steps keeps this at a few seconds a seed (each update is three Adam steps on five nets'
// worth of passes). 300 uniformly random steps first: the goal is found in about 1 random episode in 6. H̄ = 0.3·ln 4
// leaves room for the open room's two equally short directions (ln 2 = 0.5·ln 4) without forcing them.
// Over seeds 1–10 the last-10 mean lengths measured 8.0–10.0.
const SETTINGS: SacDiscreteSettings = {
  gamma: 0.95, learningRate: 3e-3, alphaLearningRate: 1e-2, initialAlpha: 0.1, autoAlpha: true, targetEntropyRatio: 0.3,
  batchSize: 32, bufferSize: 5000, learningStarts: 300, trainEvery: 2, targetUpdateEvery: 100, tau: 1, hidden: [32, 32],
};

describe('discrete SAC learning (slow)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it.each([1, 2])('reaches the goal in near-optimal steps on a 5×5 open room (seed %i)', (seed) => {
    const run = gridRun((ctx) => createSacDiscrete(ctx, SETTINGS), seed, 'one-hot');
    const { lengths, metrics } = drive(run, 2000, 50);
    const last = lengths.slice(-10);
    // The policy still samples (entropy held near 0.3·ln 4), so a detour of a step or two is allowed.
    expect(last.reduce((a, b) => a + b, 0) / last.length).toBeLessThanOrEqual(10);
    // The tuning has lowered α from 0.1: the untrained policy's entropy was above the target.
    const final = metrics[metrics.length - 1];
    expect(final['sac/alpha']).toBeLessThan(0.05);
    // Soft V(start) ≈ γ^7 = 0.698 (the reward arrives on the 8th move) plus a small entropy bonus.
    const v = run.agent.stateValue!(run.env.reset());
    expect(v).toBeGreaterThan(0.6);
    expect(v).toBeLessThan(0.85);
    run.agent.dispose!();
  });
});
