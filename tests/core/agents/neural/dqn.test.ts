// DQN agent: the ε schedule and metrics, live settings, the overlay view, bootstrapping on truncation but not on
// termination, seeded reproducibility, and a snake-dqn style leak test on tf.memory().numTensors.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createDqn, type DqnSettings } from '../../../../src/core/agents/neural/dqn.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { gridDqn, SMALL_SETTINGS } from './dqn-test-kit.ts';
import { CONSTANT_FEATURES, drive, seededDrives, selfLoopValues } from './grid-agent-kit.ts';


describe('DQN', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('decays ε linearly over env steps and reports loss and mean Q only on update steps', () => {
    const run = gridDqn({ ...SMALL_SETTINGS, epsilonStart: 1, epsilonEnd: 0, epsilonDecaySteps: 10, learningStarts: 5, trainEvery: 2 });
    const { metrics } = drive(run, 8);
    // After learn #k, ε = 1 − k/10.
    metrics.forEach((m, i) => expect(m['explore/epsilon']).toBeCloseTo(1 - (i + 1) / 10, 12));
    // Updates from step 5 on, every 2nd step: steps 6 and 8.
    expect(metrics.map((m) => 'loss/td' in m)).toEqual([false, false, false, false, false, true, false, true]);
    for (const m of [metrics[5], metrics[7]]) {
      expect(Number.isFinite(m['loss/td'])).toBe(true);
      expect(Number.isFinite(m['q/mean'])).toBe(true);
    }
    run.agent.dispose!();
  });

  it('shows max Q, Q and the ε-greedy policy for every cell in one view', () => {
    const run = gridDqn({ ...SMALL_SETTINGS, epsilonStart: 0.2, epsilonEnd: 0.2 });
    drive(run, 80);
    const view = run.agent.view();
    expect(view).toMatchObject({ kind: 'tabular', nStates: 25, nActions: 4 });
    for (let s = 0; s < 25; s++) {
      const q = Array.from(view.actionValues!.subarray(4 * s, 4 * s + 4));
      const pi = Array.from(view.policy!.subarray(4 * s, 4 * s + 4));
      expect(view.values![s]).toBe(Math.max(...q));
      expect(run.agent.stateValue!(s)).toBeCloseTo(view.values![s], 5);
      // ε = 0.2 over 4 actions: 0.05 each, plus 0.8 on the greedy one.
      expect(pi[q.indexOf(Math.max(...q))]).toBeCloseTo(0.85, 12);
      expect(pi.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    run.agent.dispose!();
  });

  it('applies ε and the learning rate live, keeping what was learned', () => {
    const run = gridDqn({ ...SMALL_SETTINGS, epsilonStart: 0.2, epsilonEnd: 0.2 });
    drive(run, 80);
    const q = run.agent.view().actionValues!;
    run.agent.setParams({ ...SMALL_SETTINGS, epsilonStart: 0, epsilonEnd: 0, learningRate: 1e-2 });
    const view = run.agent.view();
    expect(Array.from(view.actionValues!)).toEqual(Array.from(q));
    expect(Array.from(view.policy!).every((p) => p === 0 || p === 1)).toBe(true);
    const { metrics } = drive(run, 5);
    expect(metrics.every((m) => m['explore/epsilon'] === 0 && Number.isFinite(m['loss/td']))).toBe(true);
    run.agent.dispose!();
  });

  it('bootstraps through truncation but not through termination', () => {
    // One state, one action, reward 1, looping on itself. Terminated: Q = 1. Truncated (γ = 0.5): Q = 1 + 0.5·Q = 2.
    const settings: DqnSettings = {
      ...SMALL_SETTINGS, gamma: 0.5, learningRate: 1e-2, batchSize: 8, learningStarts: 8, targetUpdateEvery: 20, hidden: [8],
    };
    const values = selfLoopValues((ctx) => createDqn(ctx, settings), 1);
    expect(values[0]).toBeCloseTo(1, 1);
    expect(values[1]).toBeCloseTo(2, 1);
  });

  it('the same seed gives the same actions and losses; another seed does not', () => {
    const [a, b, c] = seededDrives((seed) => gridDqn(SMALL_SETTINGS, seed));
    expect(a.actions).toEqual(b.actions);
    expect(a.metrics).toEqual(b.metrics);
    expect(a.actions).not.toEqual(c.actions);
  });

  it('rejects settings it cannot run', () => {
    const env = { observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(0), features: CONSTANT_FEATURES };
    expect(() => createDqn(env, { ...SMALL_SETTINGS, batchSize: 0 })).toThrow(RangeError);
    expect(() => createDqn(env, { ...SMALL_SETTINGS, tau: 0 })).toThrow(RangeError);
    expect(() => createDqn(env, { ...SMALL_SETTINGS, hidden: [16, 2.5] })).toThrow(RangeError);
  });

  const variants: [string, Partial<DqnSettings>][] = [
    ['Double DQN, Huber, hard target copies', {}],
    ['plain DQN, squared error, Polyak averaging', { doubleDqn: false, huber: false, tau: 0.05 }],
  ];
  it.each(variants)('keeps the tensor count flat and frees everything on dispose (%s)', (_name, variant) => {
    const before = tf.memory().numTensors;
    const run = gridDqn({ ...SMALL_SETTINGS, ...variant });
    drive(run, SMALL_SETTINGS.learningStarts + 10);
    const warm = tf.memory();
    drive(run, 1000, 50, (step) => {
      if (step % 100 === 0) run.agent.view();
      if (step % 250 === 0) run.agent.stateValue!(0);
      // A learning-rate change rebuilds the optimizer; its moments come back on the next update.
      if (step === 500) run.agent.setParams({ ...SMALL_SETTINGS, ...variant, learningRate: 1e-3 });
    });
    expect(tf.memory().numTensors).toBe(warm.numTensors);
    expect(tf.memory().numBytes).toBe(warm.numBytes);
    run.agent.dispose!();
    expect(tf.memory().numTensors).toBe(before);
  });
});
