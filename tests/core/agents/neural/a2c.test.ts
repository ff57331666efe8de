// A2C: one update every rolloutSteps env steps with its metrics, the overlay view, live settings, bootstrapping
// through truncation but not termination, seeded reproducibility, settings validation and a leak test.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { Transition } from '../../../../src/core/agents/agent.ts';
import { createA2c, type A2cSettings } from '../../../../src/core/agents/neural/a2c.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { CONSTANT_FEATURES, drive, gridRun, seededDrives, selfLoopValues } from './grid-agent-kit.ts';

const SMALL: A2cSettings = {
  gamma: 0.95, learningRate: 3e-3, hidden: [16, 16], entropyCoef: 0.01, valueCoef: 0.5, maxGradNorm: 0.5,
  rolloutSteps: 5, gaeLambda: 0.95,
};
const gridA2c = (settings: A2cSettings, seed = 1) => gridRun((ctx) => createA2c(ctx, settings), seed);

describe('A2C', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('updates every rolloutSteps env steps and reports policy loss, value loss and entropy only then', () => {
    const run = gridA2c(SMALL);
    // Count learn() calls through a wrapper to see which steps returned metrics.
    const updatedAt: number[] = [];
    let calls = 0;
    const agent = { ...run.agent, learn: (t: Transition) => { calls++; const m = run.agent.learn(t); if (m) updatedAt.push(calls); return m; } };
    const { metrics } = drive({ env: run.env, agent }, 12);
    // Steps 5 and 10 end a rollout; 11 and 12 wait in the buffer.
    expect(updatedAt).toEqual([5, 10]);
    for (const m of metrics) {
      expect(Object.keys(m).sort()).toEqual(['loss/policy', 'loss/value', 'policy/entropy']);
      expect(Number.isFinite(m['loss/policy'])).toBe(true);
      expect(m['loss/value']).toBeGreaterThanOrEqual(0);
      // An entropy over 4 actions, near uniform at the start.
      expect(m['policy/entropy']).toBeGreaterThan(1.2);
      expect(m['policy/entropy']).toBeLessThanOrEqual(Math.log(4) + 1e-6);
    }
    run.agent.dispose!();
  });

  it('shows V(s) from the critic and the softmax policy for every cell, no action values', () => {
    const run = gridA2c(SMALL);
    drive(run, 40);
    const view = run.agent.view();
    expect(view).toMatchObject({ kind: 'tabular', nStates: 25, nActions: 4 });
    expect(view.actionValues).toBeUndefined();
    for (let s = 0; s < 25; s++) {
      const pi = Array.from(view.policy!.subarray(4 * s, 4 * s + 4));
      expect(pi.every((p) => p > 0 && p < 1)).toBe(true);
      expect(pi.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(run.agent.stateValue!(s)).toBeCloseTo(view.values![s], 5);
    }
    run.agent.dispose!();
  });

  it('applies the learning rate and rollout length live, keeping what was learned', () => {
    const run = gridA2c(SMALL);
    drive(run, 20);
    const before = run.agent.view();
    run.agent.setParams({ ...SMALL, learningRate: 1e-2, rolloutSteps: 3, hidden: [8] });
    const after = run.agent.view();
    expect(Array.from(after.policy!)).toEqual(Array.from(before.policy!));
    expect(Array.from(after.values!)).toEqual(Array.from(before.values!));
    // 9 steps at 3 per rollout: 3 updates.
    expect(drive(run, 9).metrics).toHaveLength(3);
    run.agent.dispose!();
  });

  it('bootstraps through truncation but not through termination', () => {
    // One state, two actions, both with reward 1, looping on itself. Terminated: V = 1. Truncated (γ = 0.5): V = 1 + 0.5·V = 2.
    const settings: A2cSettings = { ...SMALL, gamma: 0.5, learningRate: 1e-2, hidden: [8], rolloutSteps: 4 };
    const values = selfLoopValues((ctx) => createA2c(ctx, settings), 2);
    expect(values[0]).toBeCloseTo(1, 1);
    expect(values[1]).toBeCloseTo(2, 1);
  });

  it('the same seed gives the same actions and metrics; another seed does not', () => {
    const [a, b, c] = seededDrives((seed) => gridA2c(SMALL, seed));
    expect(a.actions).toEqual(b.actions);
    expect(a.metrics).toEqual(b.metrics);
    expect(a.actions).not.toEqual(c.actions);
    expect(a.metrics).not.toEqual(c.metrics);
  });

  it('rejects settings it cannot run', () => {
    const ctx = { observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(0), features: CONSTANT_FEATURES };
    const bad: Partial<A2cSettings>[] = [
      { rolloutSteps: 0 }, { rolloutSteps: 2.5 }, { gaeLambda: 1.1 }, { gamma: -0.1 }, { learningRate: 0 },
      { entropyCoef: -1 }, { valueCoef: Number.NaN }, { maxGradNorm: -1 }, { hidden: [16, 0] },
    ];
    for (const b of bad) expect(() => createA2c(ctx, { ...SMALL, ...b }), JSON.stringify(b)).toThrow(RangeError);
    const agent = createA2c(ctx, SMALL);
    expect(() => agent.setParams({ ...SMALL, gaeLambda: -0.5 })).toThrow(RangeError);
    agent.dispose!();
  });

  it('keeps the tensor count and bytes flat over 1,000 steps and frees everything on dispose', () => {
    const before = tf.memory().numTensors;
    const run = gridA2c(SMALL);
    drive(run, 3 * SMALL.rolloutSteps);
    const warm = tf.memory();
    drive(run, 1000, 50, (step) => {
      if (step % 100 === 0) run.agent.view();
      if (step % 250 === 0) run.agent.stateValue!(0);
      // A learning-rate change rebuilds the optimizer; its moments come back on the next update.
      if (step === 500) run.agent.setParams({ ...SMALL, learningRate: 1e-3 });
    });
    expect(tf.memory().numTensors).toBe(warm.numTensors);
    expect(tf.memory().numBytes).toBe(warm.numBytes);
    run.agent.dispose!();
    expect(tf.memory().numTensors).toBe(before);
  });
});
