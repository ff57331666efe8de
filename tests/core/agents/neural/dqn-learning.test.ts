// A slow, seeded learning check: DQN with one-hot features finds the 8-step path across a 5×5 open room
// (reward 1 at the goal, γ = 0.95) within 2,000 env steps, and its value of the start approaches γ^7.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { gridDqn } from './dqn-test-kit.ts';
import { drive, pathLength } from './grid-agent-kit.ts';
import type { DqnSettings } from '../../../../src/core/agents/neural/dqn.ts';

const SETTINGS: DqnSettings = {
  gamma: 0.95, learningRate: 3e-3, epsilonStart: 1, epsilonEnd: 0.05, epsilonDecaySteps: 700,
  batchSize: 32, bufferSize: 5000, learningStarts: 200, trainEvery: 1, targetUpdateEvery: 100, tau: 1,
  doubleDqn: true, huber: true, hidden: [32, 32],
};

describe('DQN learning (slow)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('reaches the goal in near-optimal steps on a 5×5 open room', () => {
    const run = gridDqn(SETTINGS, 1, 'one-hot');
    const { lengths } = drive(run, 2000);
    const last = lengths.slice(-10);
    // Still exploring with ε = 0.05, so a detour of a step or two is allowed.
    expect(last.reduce((a, b) => a + b, 0) / last.length).toBeLessThanOrEqual(10);
    run.agent.setParams({ ...SETTINGS, epsilonStart: 0, epsilonEnd: 0 });
    expect(pathLength(run)).toBe(8);
    // V(start) = γ^7 · 1 (the reward arrives on the 8th move) = 0.698
    expect(run.agent.stateValue!(run.env.reset())).toBeCloseTo(0.95 ** 7, 1);
    run.agent.dispose!();
  });
});
