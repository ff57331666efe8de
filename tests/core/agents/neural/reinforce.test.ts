// REINFORCE with a baseline: one update per episode, at its end, with its metrics; the Monte-Carlo return
// bootstrapped from V(next obs) at a truncation but not at a termination; seeded reproducibility, settings
// validation and a leak test.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createReinforce, type ReinforceSettings } from '../../../../src/core/agents/neural/reinforce.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { CONSTANT_FEATURES, drive, gridRun, seededDrives, selfLoopValues } from './grid-agent-kit.ts';

const SMALL: ReinforceSettings = { gamma: 0.95, learningRate: 3e-3, hidden: [16, 16], entropyCoef: 0.01, valueCoef: 0.5, maxGradNorm: 0.5 };
const gridReinforce = (settings: ReinforceSettings, seed = 1) => gridRun((ctx) => createReinforce(ctx, settings), seed);

describe('REINFORCE', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('updates once per finished episode (goal or time limit) and reports its losses and entropy only then', () => {
    const run = gridReinforce(SMALL);
    // A time limit of 12 on the 5×5 room: a mix of truncated episodes and some reaching the goal.
    const { metrics, lengths } = drive(run, 300, 12);
    expect(lengths.length).toBeGreaterThan(20);
    expect(metrics).toHaveLength(lengths.length);
    for (const m of metrics) {
      expect(Object.keys(m).sort()).toEqual(['loss/policy', 'loss/value', 'policy/entropy']);
      expect(m['loss/value']).toBeGreaterThanOrEqual(0);
      expect(m['policy/entropy']).toBeGreaterThan(0);
      expect(m['policy/entropy']).toBeLessThanOrEqual(Math.log(4) + 1e-6);
    }
    const view = run.agent.view();
    expect(view).toMatchObject({ kind: 'tabular', nStates: 25, nActions: 4 });
    expect(view.policy!.reduce((a, b) => a + b, 0)).toBeCloseTo(25, 10);
    run.agent.dispose!();
  });

  it('bootstraps the return from V(next obs) at a truncation but not at a termination', () => {
    // One state, two actions, reward 1, and every step ends an episode. Terminated: G = 1, so V → 1.
    // Truncated (γ = 0.5): G = 1 + 0.5·V(next) with next = the same state, so V → 2.
    const settings: ReinforceSettings = { ...SMALL, gamma: 0.5, learningRate: 1e-2, hidden: [8] };
    const values = selfLoopValues((ctx) => createReinforce(ctx, settings), 2);
    expect(values[0]).toBeCloseTo(1, 1);
    expect(values[1]).toBeCloseTo(2, 1);
  });

  it('the same seed gives the same actions and metrics; another seed does not', () => {
    const [a, b, c] = seededDrives((seed) => gridReinforce(SMALL, seed), 150, 20);
    expect(a.actions).toEqual(b.actions);
    expect(a.metrics).toEqual(b.metrics);
    expect(a.actions).not.toEqual(c.actions);
    expect(a.metrics).not.toEqual(c.metrics);
  });

  it('rejects settings it cannot run', () => {
    const ctx = { observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(0), features: CONSTANT_FEATURES };
    const bad: Partial<ReinforceSettings>[] = [{ gamma: 1.5 }, { learningRate: -1 }, { entropyCoef: -0.1 }, { maxGradNorm: Number.NaN }, { hidden: [0] }];
    for (const b of bad) expect(() => createReinforce(ctx, { ...SMALL, ...b }), JSON.stringify(b)).toThrow(RangeError);
    expect(() => createReinforce({ ...ctx, actionSpace: { kind: 'box', shape: [1], low: 0, high: 1 } }, SMALL)).toThrow(RangeError);
  });

  it('keeps the tensor count and bytes flat over 1,000 steps and frees everything on dispose', () => {
    const before = tf.memory().numTensors;
    const run = gridReinforce(SMALL);
    drive(run, 100, 20);
    const warm = tf.memory();
    drive(run, 1000, 20, (step) => {
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
