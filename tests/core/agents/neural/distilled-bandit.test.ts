// The net distilled from UCB1's or greedy's trajectories (catalogue D5): the teacher data, the plain-TS forward pass
// against tfjs's, seeded reproducibility, the tensor count, and the lesson: distilling UCB transfers exploration,
// distilling greedy does not.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  armFeatures, armScores, createDistilledBandit, createDistilledBanditFromNet, distillBanditNet, teacherData,
  type DistilledBanditSettings, type DistillResult,
} from '../../../../src/core/agents/neural/distilled-bandit.ts';
import { createMlp } from '../../../../src/core/nn/mlp.ts';
import { predictRows } from '../../../../src/core/nn/predict-rows.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { SMALL_GAP, actionSequence, banditContext, meanRegret, pull } from '../bandit/bandit-test-kit.ts';

const SMALL: DistilledBanditSettings = { teacher: 'ucb1', instances: 200, problem: 'small-gap', arms: 5, trainSteps: 20 };

describe('distilled bandit net (slow)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('writes [n_a / t, μ̂_a, ln t / ln 1000] per arm (untried arms at μ̂ 0)', () => {
    const out = new Float32Array(9);
    armFeatures([3, 0, 1], [0.5, 0.9, 1], 5, out);
    const l = Math.log(5) / Math.log(1000);
    expect(Array.from(out)).toEqual(Array.from(Float32Array.from([3 / 5, 0.5, l, 0, 0, l, 1 / 5, 1, l])));
  });

  it('records the teacher’s states: UCB1 tries every arm first, targets are its policy (uniform over ties)', () => {
    const data = teacherData('ucb1', 'small-gap', 4, 50, 100, 6, createRng('data'));
    expect(data.size).toBe(300);
    for (let i = 0; i < data.size; i++) {
      const target = data.targets.subarray(4 * i, 4 * i + 4);
      const f = data.features.subarray(12 * i, 12 * i + 12);
      expect(target.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      // An untried arm (n_a = 0) exists → UCB1's choice is uniform over the untried arms.
      const untried = [0, 1, 2, 3].filter((a) => f[3 * a] === 0);
      if (untried.length > 0) untried.forEach((a) => expect(target[a]).toBeCloseTo(1 / untried.length, 6));
      // Counts sum to t − 1 at pull t: Σ n_a / t = (t − 1) / t with t = exp(ln t).
      const t = Math.round(Math.exp(f[2] * Math.log(1000)));
      expect(f[0] + f[3] + f[6] + f[9]).toBeCloseTo((t - 1) / t, 4);
    }
    // Greedy's target is the best mean so far (untried arms at 0), never an arm below it.
    const greedy = teacherData('greedy', 'small-gap', 4, 50, 100, 6, createRng('data'));
    for (let i = 0; i < greedy.size; i++) {
      const means = [0, 1, 2, 3].map((a) => greedy.features[12 * i + 3 * a + 1]);
      const best = Math.max(...means);
      [0, 1, 2, 3].forEach((a) => expect(greedy.targets[4 * i + a] > 0).toBe(means[a] === best));
    }
  });

  it('scores arms in plain TS exactly as the tfjs MLP does', () => {
    const mlp = createMlp([3, 16, 16, 1], createRng('mlp'));
    const x = Float32Array.from({ length: 21 }, (_, i) => Math.sin(i));
    const expected = predictRows(mlp, x, 7);
    const net = {
      sizes: mlp.sizes,
      weights: mlp.variables.filter((_, i) => i % 2 === 0).map((v) => v.dataSync() as Float32Array),
      biases: mlp.variables.filter((_, i) => i % 2 === 1).map((v) => v.dataSync() as Float32Array),
    };
    const scores = armScores(net, x, 7, new Float64Array(7));
    scores.forEach((s, a) => expect(s).toBeCloseTo(expected[a], 5));
    mlp.dispose();
  });

  it('distils reproducibly per seed and acts the same for the same seed', () => {
    const make = (ctx: Parameters<typeof createDistilledBandit>[0]) => createDistilledBandit(ctx, SMALL);
    const a = actionSequence(make, 1, 200);
    expect(actionSequence(make, 1, 200)).toEqual(a);
    expect(actionSequence(make, 2, 200)).not.toEqual(a);
    const n1 = distillBanditNet(SMALL, createRng('same'));
    const n2 = distillBanditNet(SMALL, createRng('same'));
    expect(n2.net.weights.map((w) => Array.from(w))).toEqual(n1.net.weights.map((w) => Array.from(w)));
    expect(n2.finalLoss).toBe(n1.finalLoss);
  });

  it('holds no tensors once built: the count is flat over 1000 pulls and dispose leaves nothing', () => {
    const before = tf.memory().numTensors;
    const agent = createDistilledBandit(banditContext(5, 3), SMALL);
    expect(tf.memory().numTensors).toBe(before);
    for (let t = 0; t < 1000; t++) {
      const a = agent.act(0);
      const m = agent.learn(pull(a, t % 3 === 0 ? 1 : 0)) as Record<string, number>;
      expect([0, 1]).toContain(m['bandit/ucb-agreement']);
      if (t % 100 === 0) agent.view();
      if (t === 500) agent.setParams({ ...SMALL, temperature: 0.5 });
    }
    expect(tf.memory().numTensors).toBe(before);
    agent.dispose!();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('applies the temperature live; τ = 0 is argmax, large τ spreads the pulls', () => {
    const agent = createDistilledBandit(banditContext(3, 5), { ...SMALL, arms: 3 });
    [[0, 1], [1, 0], [2, 0], [0, 1], [0, 1], [1, 0], [2, 0]].forEach(([a, r]) => agent.learn(pull(a, r)));
    const view = agent.view();
    expect(Array.from(view.pulls!)).toEqual([3, 2, 2]);
    expect(Array.from(view.estimates!)).toEqual([1, 0, 0]);
    const top = view.indices!.indexOf(Math.max(...view.indices!));
    for (let i = 0; i < 20; i++) expect(agent.act(0)).toBe(top);
    agent.setParams({ ...SMALL, arms: 3, temperature: 1000 });
    expect(new Set(Array.from({ length: 100 }, () => agent.act(0))).size).toBe(3);
    expect(() => agent.setParams({ ...SMALL, temperature: -1 })).toThrow(RangeError);
    expect(() => createDistilledBandit(banditContext(3, 5), { ...SMALL, instances: 0 })).toThrow(RangeError);
  });

  it('distilling UCB1 transfers exploration; distilling greedy does not', () => {
    // One net per teacher (1 000 instances, the defaults), then 30 seeds × 1 000 pulls on the small gap (K = 5).
    // Measured (cpu backend, three distillation seeds 'distill-1..3'): UCB-distilled regret 67.6 / 61.3 / 57.1
    // (full/half ratio 1.37–1.49, suffix failures 0–7%, agreement with UCB1 25% / 3% / 7%); greedy-distilled
    // 166.7 / 153.4 / 153.4 (ratio 2.00, suffix failures 77–83%, agreement 0.1–0.3%). For scale, on these seeds
    // UCB1 itself has regret 89.7 and greedy 150.0 (suffix failures 0 and 75%). The UCB-distilled net imitates
    // UCB1's most likely pull, the leader, and keeps only the bonus of clearly under-tried arms: it explores less
    // than UCB1, which is why its regret is lower at T = 1 000 and why UCB1 disagrees with most of its pulls.
    // Distillation took 0.6 s per net here (cpu backend; 0.9 s for the first, with tfjs warming up).
    const run = (res: DistillResult, settings: DistilledBanditSettings) => {
      let agree = 0;
      let steps = 0;
      const summary = meanRegret((ctx) => {
        const agent = createDistilledBanditFromNet(ctx, settings, res);
        return {
          ...agent,
          learn: (tr) => {
            const m = agent.learn(tr) as Record<string, number>;
            agree += m['bandit/ucb-agreement'];
            steps++;
            return m;
          },
        };
      }, SMALL_GAP, 30, 1000);
      return { ...summary, agreement: agree / steps };
    };
    const ucbSettings: DistilledBanditSettings = { teacher: 'ucb1', instances: 1000, problem: 'small-gap', arms: 5 };
    const greedySettings: DistilledBanditSettings = { ...ucbSettings, teacher: 'greedy' };
    const started = performance.now();
    const ucbNet = distillBanditNet(ucbSettings, createRng('distill-1'));
    const seconds = (performance.now() - started) / 1000;
    const greedyNet = distillBanditNet(greedySettings, createRng('distill-1'));
    // Generous: other jobs share the machine.
    expect(seconds).toBeLessThan(6);
    const ucb = run(ucbNet, ucbSettings);
    const greedy = run(greedyNet, greedySettings);
    expect(ucb.full).toBeLessThan(0.6 * greedy.full);
    expect(ucb.ratio).toBeLessThan(1.7);
    expect(greedy.ratio).toBeGreaterThan(1.9);
    expect(ucb.suffixFailures).toBeLessThan(0.2);
    expect(greedy.suffixFailures).toBeGreaterThan(0.5);
    expect(ucb.agreement).toBeGreaterThan(greedy.agreement + 0.05);
  }, 30_000);
});
