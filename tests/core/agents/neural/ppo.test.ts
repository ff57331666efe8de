// PPO: one update phase every rolloutSteps env steps with its five metrics; ρ = 1 on the first minibatch step
// (log π_old is the acting policy's); the policy moving, and being clipped, over several epochs; bootstrapping
// through truncation but not termination; seeded reproducibility (acting and minibatch shuffles); settings
// validation and a leak test.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createPpo, type PpoSettings } from '../../../../src/core/agents/neural/ppo.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { CONSTANT_FEATURES, drive, gridRun, seededDrives, selfLoopValues } from './grid-agent-kit.ts';

const SMALL: PpoSettings = {
  gamma: 0.95, learningRate: 3e-3, hidden: [16, 16], entropyCoef: 0.01, valueCoef: 0.5, maxGradNorm: 0.5,
  rolloutSteps: 16, gaeLambda: 0.95, clipRange: 0.2, epochs: 2, minibatches: 2, normalizeAdvantages: true,
};
const METRIC_KEYS = ['loss/policy', 'loss/value', 'policy/approx-kl', 'policy/clip-fraction', 'policy/entropy'];
const gridPpo = (settings: PpoSettings, seed = 1) => gridRun((ctx) => createPpo(ctx, settings), seed);

describe('PPO', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('updates every rolloutSteps env steps and reports losses, entropy, approx-KL and clip fraction only then', () => {
    const run = gridPpo(SMALL);
    const { metrics } = drive(run, 2 * SMALL.rolloutSteps + 5);
    expect(metrics).toHaveLength(2);
    for (const m of metrics) {
      expect(Object.keys(m).sort()).toEqual(METRIC_KEYS);
      expect(Number.isFinite(m['loss/policy'])).toBe(true);
      expect(m['loss/value']).toBeGreaterThanOrEqual(0);
      expect(m['policy/entropy']).toBeGreaterThan(1);
      expect(m['policy/entropy']).toBeLessThanOrEqual(Math.log(4) + 1e-6);
      expect(m['policy/approx-kl']).toBeGreaterThanOrEqual(-1e-6);
      expect(m['policy/clip-fraction']).toBeGreaterThanOrEqual(0);
      expect(m['policy/clip-fraction']).toBeLessThanOrEqual(1);
    }
    run.agent.dispose!();
  });

  it('starts each update at ρ = 1: with one epoch of one minibatch, approx-KL is 0 and nothing is clipped', () => {
    // The statistics come from the forward pass before the step, so they only see log π_θ − log π_old, which must
    // be 0 if act() kept the acting policy's log-probability (and learn() recomputes it for foreign actions).
    const settings = { ...SMALL, epochs: 1, minibatches: 1, learningRate: 1e-2 };
    const run = gridPpo(settings);
    const own = drive(run, 5 * settings.rolloutSteps).metrics;
    const foreignRng = createRng(9);
    let obs = run.env.reset();
    const foreign = [];
    for (let i = 0; i < 3 * settings.rolloutSteps; i++) {
      run.agent.act(obs); // acting, then learning from a different action than the one drawn
      const action = foreignRng.int(4);
      const r = run.env.step(action);
      const m = run.agent.learn({ obs, action, reward: r.reward, nextObs: r.obs, terminated: r.terminated, truncated: false });
      if (m) foreign.push(m);
      obs = r.terminated ? run.env.reset() : r.obs;
    }
    for (const m of [...own, ...foreign]) {
      expect(Math.abs(m['policy/approx-kl']!)).toBeLessThan(1e-6);
      expect(m['policy/clip-fraction']).toBe(0);
    }
    expect(own.length + foreign.length).toBe(8);
    run.agent.dispose!();
  });

  it('over several epochs the policy moves away from π_old and the clip band starts to bite', () => {
    const run = gridPpo({ ...SMALL, epochs: 10, minibatches: 1, learningRate: 3e-2, rolloutSteps: 32 });
    const { metrics } = drive(run, 32 * 4);
    expect(Math.max(...metrics.map((m) => m['policy/approx-kl']!))).toBeGreaterThan(1e-3);
    expect(Math.max(...metrics.map((m) => m['policy/clip-fraction']!))).toBeGreaterThan(0);
    run.agent.dispose!();
  });

  it('bootstraps through truncation but not through termination', () => {
    // One state, two actions, both with reward 1, looping on itself. Terminated: V = 1. Truncated (γ = 0.5): V = 2.
    const settings: PpoSettings = { ...SMALL, gamma: 0.5, learningRate: 1e-2, hidden: [8], rolloutSteps: 8, minibatches: 1 };
    const values = selfLoopValues((ctx) => createPpo(ctx, settings), 2);
    expect(values[0]).toBeCloseTo(1, 1);
    expect(values[1]).toBeCloseTo(2, 1);
  });

  it('the same seed gives the same actions and metrics; another seed does not', () => {
    const [a, b, c] = seededDrives((seed) => gridPpo(SMALL, seed));
    expect(a.actions).toEqual(b.actions);
    expect(a.metrics).toEqual(b.metrics);
    expect(a.actions).not.toEqual(c.actions);
    expect(a.metrics).not.toEqual(c.metrics);
  });

  it('rejects settings it cannot run', () => {
    const ctx = { observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(0), features: CONSTANT_FEATURES };
    const bad: Partial<PpoSettings>[] = [
      { clipRange: 0 }, { clipRange: 1 }, { epochs: 0 }, { minibatches: 0 }, { minibatches: 17 }, { rolloutSteps: 1.5 },
      { gaeLambda: -0.1 }, { valueCoef: -1 }, { learningRate: Number.POSITIVE_INFINITY },
    ];
    for (const b of bad) expect(() => createPpo(ctx, { ...SMALL, ...b }), JSON.stringify(b)).toThrow(RangeError);
  });

  it('keeps the tensor count and bytes flat over 1,000 steps and frees everything on dispose', () => {
    const before = tf.memory().numTensors;
    const run = gridPpo(SMALL);
    drive(run, 2 * SMALL.rolloutSteps);
    const warm = tf.memory();
    drive(run, 1000, 50, (step) => {
      if (step % 100 === 0) run.agent.view();
      if (step % 250 === 0) run.agent.stateValue!(0);
      if (step === 500) run.agent.setParams({ ...SMALL, learningRate: 1e-3 });
    });
    expect(tf.memory().numTensors).toBe(warm.numTensors);
    expect(tf.memory().numBytes).toBe(warm.numBytes);
    run.agent.dispose!();
    expect(tf.memory().numTensors).toBe(before);
  });
});
