// The offline learner as the engine runs it: each sweep trains a block of gradient steps and evaluates; it is done
// after the set number of steps; it reports TQ and SACo of its data, Q at the data's and at unseen actions (not
// for BC, which has no critic: V̂(s0) is a gap), agreement with the data, and the greedy policy as its view.
// Seeded: BC on expert data scores 100; CQL and IQL beat BC on mixed data (two seeds, 3,000 steps: BC 20, CQL 100,
// IQL 75 when written); offline DQN's Q at unseen actions exceeds CQL's on expert-only data; a
// refused dataset (another world) says why; no tensor leaks over many sweeps.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createOfflinePlanner, type OfflinePlannerSettings } from '../../../../../src/core/agents/neural/offline/offline-planner.ts';
import { generateDataset } from '../../../../../src/core/data/dataset-generators.ts';
import type { DatasetKind, OfflineDataset } from '../../../../../src/core/data/offline-dataset.ts';
import { buildGridModel } from '../../../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../../../src/core/envs/gridworld/grid-presets.ts';
import { createGridEncoder } from '../../../../../src/core/envs/gridworld/grid-encoders.ts';
import { discrete } from '../../../../../src/core/spaces/space.ts';
import { createRng } from '../../../../../src/core/rng/rng.ts';
import type { AgentContext } from '../../../../../src/core/agents/agent.ts';

const layout = parseGridSpec(FOUR_ROOMS);
const model = buildGridModel(layout);

function dataset(kind: DatasetKind, size: number): OfflineDataset {
  return generateDataset(model, { kind, size, gamma: 0.95, horizon: 100, seed: 3, env: { id: 'four-rooms', settings: { slip: 0 } } }, createRng(`data-${kind}`));
}

function context(data: OfflineDataset, seed: string): AgentContext {
  return {
    observationSpace: discrete(model.nStates), actionSpace: discrete(model.nActions), rng: createRng(seed), model,
    features: createGridEncoder('one-hot', () => layout), dataset: data,
  };
}

const SETTINGS: OfflinePlannerSettings = {
  algorithm: 'bc', hidden: [64, 64], learningRate: 1e-3, batchSize: 64, gradientSteps: 1000, stepsPerPoint: 250, evalEpisodes: 3,
  horizon: 100, bcActs: 'greedy', percent: 0.1, cqlAlpha: 1, targetEvery: 200, iqlTau: 0.7, iqlBeta: 3, iqlWeightCap: 100,
  xqlBeta: 1, xqlClip: 7, fdvlLambda: 0.8, rcslTarget: 1, rcslInput: 'joint', mbrcslRollouts: 1000, mbrcslKeep: 0.1, mbrcslEnsemble: 3, sampling: 'uniform', samplingAlpha: 0.1,
};

describe('offline planner', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('BC on expert data: one point per block, done after the set steps, scores 100 and copies the data', () => {
    const data = dataset('expert', 3000);
    const bc = createOfflinePlanner(context(data, 'bc'), SETTINGS);
    const points = [];
    while (!bc.converged) points.push(bc.sweep());
    bc.dispose?.();
    expect(points.map((m) => m['eval/gradient-steps'])).toEqual([250, 500, 750, 1000]);
    const last = points[points.length - 1]!;
    expect(last['eval/normalized-score']).toBeGreaterThan(99);
    expect(last['policy/data-agreement']).toBeGreaterThan(0.6);
    expect(last['dataset/tq']).toBeGreaterThan(0.95);
    expect(last['dataset/saco']).toBeLessThan(0.5);
    expect(last['q/unseen-action-mean']).toBeUndefined();
    expect(last['value/start']).toBeNaN();
    const view = bc.view();
    // The greedy policy: one action per state with probability 1.
    expect(Array.from(view.policy!.subarray(0, 4)).reduce((a, b) => a + b, 0)).toBe(1);
  }, 60_000);

  it('on expert-only data, offline DQN rates unseen actions above the data’s, and above what CQL does', () => {
    const data = dataset('expert', 2000);
    const run = (algorithm: OfflinePlannerSettings['algorithm']) => {
      const planner = createOfflinePlanner(context(data, algorithm), { ...SETTINGS, algorithm, hidden: [32], gradientSteps: 800, stepsPerPoint: 800 });
      const m = planner.sweep();
      planner.dispose?.();
      return m;
    };
    const dqn = run('offline-dqn');
    const cql = run('cql');
    expect(dqn['q/unseen-action-mean']!).toBeGreaterThan(cql['q/unseen-action-mean']!);
    expect(cql['q/unseen-action-mean']!).toBeLessThan(cql['q/data-action-mean']!);
    expect(Number.isFinite(dqn['value/start'])).toBe(true);
  }, 60_000);

  it('BC acting by sampling scores what its data scores: its score follows TQ (random < medium < expert)', () => {
    const score = (kind: DatasetKind) => {
      const data = dataset(kind, 4000);
      const bc = createOfflinePlanner(context(data, `tq-${kind}`), { ...SETTINGS, bcActs: 'sample', gradientSteps: 1500, stepsPerPoint: 500, evalEpisodes: 30 });
      const points = [bc.sweep(), bc.sweep(), bc.sweep()];
      bc.dispose?.();
      return { tq: points[0]!['dataset/tq']!, score: (points[1]!['eval/normalized-score']! + points[2]!['eval/normalized-score']!) / 2 };
    };
    const [random, medium, expert] = [score('random'), score('medium'), score('expert')];
    expect(random.tq).toBeLessThan(medium.tq);
    expect(medium.tq).toBeLessThan(expert.tq);
    expect(random.score).toBeLessThan(5);
    expect(medium.score).toBeGreaterThan(10);
    expect(medium.score).toBeLessThan(70);
    expect(expert.score).toBeGreaterThan(95);
  }, 90_000);

  it('on the mixed dataset (80% random, 20% expert), CQL and IQL beat BC, which imitates the mixture', () => {
    const data = dataset('mixed', 10_000);
    const score = (algorithm: 'bc' | 'cql' | 'iql', seed: number) => {
      const learner = createOfflinePlanner(context(data, `mixed-${algorithm}-${seed}`), {
        ...SETTINGS, algorithm, bcActs: 'sample', gradientSteps: 3000, stepsPerPoint: 500, evalEpisodes: 20,
      });
      const scores: number[] = [];
      while (!learner.converged) scores.push(learner.sweep()['eval/normalized-score']!);
      learner.dispose?.();
      // The last two evaluations (2,500 and 3,000 steps).
      return (scores.at(-1)! + scores.at(-2)!) / 2;
    };
    const mean = (algorithm: 'bc' | 'cql' | 'iql') => (score(algorithm, 1) + score(algorithm, 2)) / 2;
    const [bc, cql, iql] = [mean('bc'), mean('cql'), mean('iql')];
    expect(bc).toBeLessThan(30);
    expect(cql).toBeGreaterThan(bc + 30);
    expect(iql).toBeGreaterThan(bc + 30);
  }, 400_000);

  it('refuses a dataset from another world, saying why', () => {
    const small = generateDataset(buildGridModel(parseGridSpec({ ...FOUR_ROOMS, rows: ['S.G', '...'] })), {
      kind: 'random', size: 10, gamma: 0.95, horizon: 10, seed: 1, env: { id: 'tiny', settings: {} },
    }, createRng('x'));
    expect(() => createOfflinePlanner(context(small, 'x'), SETTINGS)).toThrow(/6 states and 4 actions, the world 121/);
  });

  it('keeps the tensor count flat over many sweeps (IQL, the most networks)', () => {
    const data = dataset('mixed', 1000);
    const iql = createOfflinePlanner(context(data, 'leak'), { ...SETTINGS, algorithm: 'iql', hidden: [8], batchSize: 8, gradientSteps: 2000, stepsPerPoint: 50 });
    iql.sweep();
    const settled = tf.memory().numTensors;
    while (!iql.converged) iql.sweep();
    iql.view();
    expect(tf.memory().numTensors).toBe(settled);
    iql.dispose?.();
  }, 60_000);
});
