// Discrete SAC agent: metrics on update steps, the overlay view (soft values, min Q, π), the temperature (fixed and
// live when autoAlpha is off, moving the right way when on), live learning rates, bootstrapping on truncation but
// not on termination, seeded reproducibility, settings validation, and a leak test on tf.memory().
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createSacDiscrete, type SacDiscreteSettings } from '../../../../src/core/agents/neural/sac-discrete.ts';
import type { FeatureEncoder } from '../../../../src/core/envs/feature-encoder.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { box, discrete } from '../../../../src/core/spaces/space.ts';
import { CONSTANT_FEATURES, drive, gridRun, seededDrives, type GridRun } from './grid-agent-kit.ts';

const SMALL: SacDiscreteSettings = {
  gamma: 0.95, learningRate: 3e-3, alphaLearningRate: 1e-2, initialAlpha: 0.2, autoAlpha: true, targetEntropyRatio: 0.5,
  batchSize: 16, bufferSize: 2000, learningStarts: 50, trainEvery: 1, targetUpdateEvery: 50, tau: 0.01, hidden: [16, 16],
};

const gridSac = (settings: SacDiscreteSettings, seed = 1): GridRun<SacDiscreteSettings> => gridRun((ctx) => createSacDiscrete(ctx, settings), seed);

/** Every input encoded as 0: an MLP then outputs its last bias, 0 at initialisation, so π starts exactly uniform. */
const zeros: FeatureEncoder = { size: 1, encode: (_obs, out, offset) => { out[offset] = 0; } };

/** A one-state env with `nActions` actions, reward `reward` for every action, looping on itself. */
function loop(settings: SacDiscreteSettings, nActions: number, features: FeatureEncoder, steps: number, end: 'terminated' | 'truncated' | 'none' = 'none', reward = 0) {
  const agent = createSacDiscrete({ observationSpace: discrete(1), actionSpace: discrete(nActions), rng: createRng(4), features }, settings);
  const metrics = [];
  for (let i = 0; i < steps; i++) {
    metrics.push(agent.learn({ obs: 0, action: agent.act(0), reward, nextObs: 0, terminated: end === 'terminated', truncated: end === 'truncated' }));
  }
  return { agent, metrics };
}

describe('discrete SAC', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('reports replay size on every step and the update metrics only on update steps', () => {
    const run = gridSac({ ...SMALL, learningStarts: 5, trainEvery: 2 });
    const { metrics } = drive(run, 8);
    metrics.forEach((m, i) => expect(m['replay/size']).toBe(i + 1));
    // Updates from step 5 on, every 2nd step: steps 6 and 8.
    expect(metrics.map((m) => 'loss/td' in m)).toEqual([false, false, false, false, false, true, false, true]);
    for (const m of [metrics[5], metrics[7]]) {
      for (const key of ['loss/td', 'loss/policy', 'policy/entropy', 'sac/alpha', 'q/mean'] as const) {
        expect(Number.isFinite(m[key]), key).toBe(true);
      }
      // Entropy of a 4-action policy lies in [0, ln 4].
      expect(m['policy/entropy']).toBeGreaterThan(0);
      expect(m['policy/entropy']).toBeLessThanOrEqual(Math.log(4) + 1e-6);
    }
    run.agent.dispose!();
  });

  it('acts uniformly at random before learningStarts, then samples π (every action drawn)', () => {
    const run = gridSac({ ...SMALL, learningStarts: 400 });
    const { actions } = drive(run, 400);
    const counts = [0, 1, 2, 3].map((a) => actions.filter((x) => x === a).length);
    counts.forEach((c) => expect(c).toBeGreaterThan(70));
    const after = drive(run, 200).actions;
    expect(new Set(after).size).toBe(4);
    run.agent.dispose!();
  });

  it('shows V = Σπ(minQ − α log π), min Q and π for every cell in one view; stateValue agrees', () => {
    const settings = { ...SMALL, autoAlpha: false, initialAlpha: 0.3 };
    const run = gridSac(settings);
    drive(run, 120);
    const view = run.agent.view();
    expect(view).toMatchObject({ kind: 'tabular', nStates: 25, nActions: 4 });
    for (let s = 0; s < 25; s++) {
      const q = Array.from(view.actionValues!.subarray(4 * s, 4 * s + 4));
      const pi = Array.from(view.policy!.subarray(4 * s, 4 * s + 4));
      expect(pi.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      const v = pi.reduce((sum, p, a) => sum + p * (q[a] - 0.3 * Math.log(p)), 0);
      expect(view.values![s]).toBeCloseTo(v, 5);
      expect(run.agent.stateValue!(s)).toBeCloseTo(view.values![s], 5);
    }
    // A live α changes the soft values (the entropy term) but neither Q nor π.
    run.agent.setParams({ ...settings, initialAlpha: 0 });
    const noBonus = run.agent.view();
    expect(Array.from(noBonus.actionValues!)).toEqual(Array.from(view.actionValues!));
    expect(Array.from(noBonus.policy!)).toEqual(Array.from(view.policy!));
    for (let s = 0; s < 25; s++) {
      const q = noBonus.actionValues!.subarray(4 * s, 4 * s + 4);
      const pi = noBonus.policy!.subarray(4 * s, 4 * s + 4);
      expect(noBonus.values![s]).toBeCloseTo(pi.reduce((sum, p, a) => sum + p * q[a], 0), 5);
      expect(noBonus.values![s]).toBeLessThan(view.values![s]);
    }
    run.agent.dispose!();
  });

  it('keeps α fixed (and live) when autoAlpha is off', () => {
    const settings = { ...SMALL, autoAlpha: false, initialAlpha: 0.2 };
    const run = gridSac(settings);
    const alphas = drive(run, 150).metrics.filter((m) => 'sac/alpha' in m).map((m) => m['sac/alpha']);
    // Updates on steps 50..150.
    expect(alphas.length).toBe(101);
    alphas.forEach((a) => expect(a).toBeCloseTo(0.2, 6));
    run.agent.setParams({ ...settings, initialAlpha: 0.05 });
    drive(run, 20).metrics.forEach((m) => expect(m['sac/alpha']).toBeCloseTo(0.05, 6));
    // Switching the tuning on starts it from initialAlpha.
    run.agent.setParams({ ...settings, initialAlpha: 0.05, autoAlpha: true });
    const first = drive(run, 1).metrics[0]['sac/alpha']!;
    expect(first).not.toBe(0.05);
    expect(Math.abs(Math.log(first / 0.05))).toBeLessThan(0.02);
    run.agent.dispose!();
  });

  it('with autoAlpha, α falls while the entropy is above the target (uniform π on 4 actions: ln 4 > 0.98·ln 4)', () => {
    // Zero features: Q and π depend only on the output biases; π starts exactly uniform and, with equal rewards and
    // a small step size, stays close to it.
    const settings = { ...SMALL, learningRate: 1e-4, initialAlpha: 0.2, targetEntropyRatio: 0.98, learningStarts: 1, batchSize: 8 };
    const { agent, metrics } = loop(settings, 4, zeros, 60);
    expect(metrics[0]!['policy/entropy']).toBeCloseTo(Math.log(4), 5);
    const alphas = metrics.map((m) => m!['sac/alpha']!);
    metrics.forEach((m) => expect(m!['policy/entropy']).toBeGreaterThan(0.98 * Math.log(4)));
    expect(alphas[0]).toBeLessThan(0.2);
    for (let i = 1; i < alphas.length; i++) expect(alphas[i]).toBeLessThan(alphas[i - 1]);
    agent.dispose!();
  });

  it('with autoAlpha, α rises while the entropy is below the target (ratio 1: any non-uniform π)', () => {
    const run = gridSac({ ...SMALL, targetEntropyRatio: 1, learningStarts: 10 });
    const updates = drive(run, 60).metrics.filter((m) => 'sac/alpha' in m);
    updates.forEach((m) => expect(m['policy/entropy']).toBeLessThan(Math.log(4)));
    const alphas = updates.map((m) => m['sac/alpha']!);
    expect(alphas[0]).toBeGreaterThan(0.2);
    for (let i = 1; i < alphas.length; i++) expect(alphas[i]).toBeGreaterThan(alphas[i - 1]);
    run.agent.dispose!();
  });

  it('applies new learning rates live, keeping what was learned', () => {
    const run = gridSac(SMALL);
    drive(run, 80);
    const before = run.agent.view();
    run.agent.setParams({ ...SMALL, learningRate: 1e-2, alphaLearningRate: 1e-3 });
    const after = run.agent.view();
    expect(Array.from(after.actionValues!)).toEqual(Array.from(before.actionValues!));
    expect(Array.from(after.policy!)).toEqual(Array.from(before.policy!));
    const { metrics } = drive(run, 5);
    expect(metrics.every((m) => Number.isFinite(m['loss/td']) && Number.isFinite(m['loss/policy']))).toBe(true);
    run.agent.dispose!();
  });

  it('bootstraps through truncation but not through termination', () => {
    // One state, one action (log π = 0, so no entropy term), reward 1, looping on itself.
    // Terminated: Q = 1. Truncated (γ = 0.5): Q = 1 + 0.5·Q = 2.
    const settings: SacDiscreteSettings = {
      ...SMALL, gamma: 0.5, learningRate: 1e-2, batchSize: 8, learningStarts: 8, tau: 1, targetUpdateEvery: 20, hidden: [8],
    };
    const values = (['terminated', 'truncated'] as const).map((end) => {
      const { agent } = loop(settings, 1, CONSTANT_FEATURES, 600, end, 1);
      const v = agent.stateValue!(0);
      agent.dispose!();
      return v;
    });
    expect(values[0]).toBeCloseTo(1, 1);
    expect(values[1]).toBeCloseTo(2, 1);
  });

  it('the same seed gives the same actions and metrics; another seed does not', () => {
    const [a, b, c] = seededDrives((seed) => gridSac(SMALL, seed));
    expect(a.actions).toEqual(b.actions);
    expect(a.metrics).toEqual(b.metrics);
    expect(a.actions).not.toEqual(c.actions);
  });

  it('rejects settings it cannot run, at creation and live', () => {
    const env = { observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(0), features: CONSTANT_FEATURES };
    const bad: Partial<SacDiscreteSettings>[] = [
      { batchSize: 0 }, { bufferSize: 1.5 }, { trainEvery: 0 }, { targetUpdateEvery: 0 }, { learningStarts: -1 },
      { tau: 0 }, { tau: 1.5 }, { gamma: 1.1 }, { learningRate: 0 }, { alphaLearningRate: -1 }, { hidden: [16, 2.5] },
      { targetEntropyRatio: 1.2 }, { targetEntropyRatio: -0.1 }, { initialAlpha: 0 }, { autoAlpha: false, initialAlpha: -0.1 },
    ];
    for (const b of bad) expect(() => createSacDiscrete(env, { ...SMALL, ...b }), JSON.stringify(b)).toThrow(RangeError);
    // α = 0 is a valid fixed temperature (no entropy bonus), but the tuning works on log α.
    createSacDiscrete(env, { ...SMALL, autoAlpha: false, initialAlpha: 0 }).dispose!();
    const agent = createSacDiscrete(env, SMALL);
    expect(() => agent.setParams({ ...SMALL, targetEntropyRatio: 2 })).toThrow(RangeError);
    agent.dispose!();
    expect(() => createSacDiscrete({ ...env, actionSpace: box([1], 0, 1) }, SMALL)).toThrow(RangeError);
  });

  it.each([['autoAlpha on', true], ['autoAlpha off', false]] as const)(
    'keeps tensors and bytes flat and frees everything on dispose (%s)',
    (_name, autoAlpha) => {
      const settings = { ...SMALL, autoAlpha };
      const before = tf.memory().numTensors;
      const run = gridSac(settings);
      drive(run, settings.learningStarts + 10);
      const warm = tf.memory();
      drive(run, 1000, 50, (step) => {
        if (step % 100 === 0) run.agent.view();
        if (step % 250 === 0) run.agent.stateValue!(0);
        // New learning rates rebuild the optimizers; their moments come back on the next update.
        if (step === 500) run.agent.setParams({ ...settings, learningRate: 1e-3, alphaLearningRate: 3e-3 });
        // A new initial α: restarts the tuning (on) or sets the fixed α (off).
        if (step === 700) run.agent.setParams({ ...settings, learningRate: 1e-3, alphaLearningRate: 3e-3, initialAlpha: 0.1 });
      });
      expect(tf.memory().numTensors).toBe(warm.numTensors);
      expect(tf.memory().numBytes).toBe(warm.numBytes);
      run.agent.dispose!();
      expect(tf.memory().numTensors).toBe(before);
    },
  );
});
