// DQN targets y = r + γ(1 − terminated)·Q_target(s′, a*), hand-computed on a batch of 3 (one terminated),
// plain (a* = argmax of the target net) against Double (a* = argmax of the online net).
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { dqnTargets } from '../../../../src/core/agents/neural/dqn-targets.ts';

const GAMMA = 0.9;
const REWARDS = [1, 0, 0.5];
const TERMINATED = [0, 1, 0];
const NEXT_Q_TARGET = [[1, 2], [5, 6], [3, -1]];
const NEXT_Q_ONLINE = [[3, 0], [0, 9], [0, 1]];

function targets(double: boolean): number[] {
  return Array.from(tf.tidy(() => dqnTargets(
    tf.tensor1d(REWARDS), tf.tensor1d(TERMINATED), tf.tensor2d(NEXT_Q_TARGET),
    double ? tf.tensor2d(NEXT_Q_ONLINE) : null, GAMMA,
  ).dataSync()));
}

describe('dqnTargets', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('plain DQN bootstraps from max_a Q_target(s′, a)', () => {
    // row 0: 1 + 0.9·max(1, 2) = 2.8; row 1: terminated → 0; row 2: 0.5 + 0.9·max(3, −1) = 3.2
    expect(targets(false)).toEqual([2.8, 0, 3.2].map((y) => expect.closeTo(y, 6)));
  });

  it('Double DQN evaluates the online argmax with the target net', () => {
    // a* = argmax online = [0, 1, 1] → target values [1, 6, −1]
    // row 0: 1 + 0.9·1 = 1.9; row 1: terminated → 0 (not 0.9·6); row 2: 0.5 + 0.9·(−1) = −0.4
    expect(targets(true)).toEqual([1.9, 0, -0.4].map((y) => expect.closeTo(y, 6)));
  });

  it('leaves no tensors behind inside tidy', () => {
    const before = tf.memory().numTensors;
    targets(true);
    expect(tf.memory().numTensors).toBe(before);
  });
});
