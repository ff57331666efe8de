// Offline learners on four rooms (seeded): BC on expert data and %BC on the best of mixed data walk the shortest
// path (score ≈ 100); on expert-only
// data offline Double DQN rates actions the data never took above CQL's rating of them; training leaks no tensors.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createBehaviourCloning, createOfflineQ, DEFAULT_OFFLINE } from '../../../../../src/core/agents/neural/offline/offline-learner.ts';
import { generateDataset } from '../../../../../src/core/data/dataset-generators.ts';
import { flattenTransitions, topEpisodes } from '../../../../../src/core/data/transition-batch.ts';
import { evaluatePolicy, normalizedScore } from '../../../../../src/core/data/offline-evaluation.ts';
import { splitQByCoverage } from '../../../../../src/core/data/offline-diagnostics.ts';
import { coverageCounts } from '../../../../../src/core/data/dataset-metrics.ts';
import { buildGridModel } from '../../../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../../../src/core/envs/gridworld/grid-presets.ts';
import { createGridEncoder } from '../../../../../src/core/envs/gridworld/grid-encoders.ts';
import { createRng } from '../../../../../src/core/rng/rng.ts';

const layout = parseGridSpec(FOUR_ROOMS);
const model = buildGridModel(layout);
const features = createGridEncoder('one-hot', () => layout);
const env = { id: 'four-rooms', settings: {} };
const dataset = (kind: 'expert' | 'mixed', size: number) => generateDataset(model, { kind, size, gamma: 0.95, horizon: 100, seed: 1, env }, createRng(`data-${kind}`));
const shared = (episodes: Parameters<typeof flattenTransitions>[0], seed: string) => ({
  features, nStates: model.nStates, nActions: model.nActions, data: flattenTransitions(episodes), rng: createRng(seed),
});

describe('offline learners', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('bc on expert data: walks the shortest path, score ≈ 100', () => {
    const data = dataset('expert', 2000);
    const bc = createBehaviourCloning(shared(data.episodes, 'bc'), DEFAULT_OFFLINE);
    for (let i = 0; i < 500; i++) bc.trainStep();
    const greedy = bc.greedyActions();
    const score = normalizedScore(evaluatePolicy(model, (s) => greedy[s]!, 0.95, 100, 5, createRng('eval')), data.meta.references);
    expect(score).toBeGreaterThan(99);
    bc.dispose();
  });

  it('percent-bc keeps the best tenth of mixed data\'s episodes (all reach the goal) and walks the shortest path', () => {
    const data = dataset('mixed', 5000);
    const top = topEpisodes(data, 0.1);
    expect(top.every((e) => e.terminated)).toBe(true);
    const bc = createBehaviourCloning(shared(top, 'pbc'), DEFAULT_OFFLINE);
    for (let i = 0; i < 500; i++) bc.trainStep();
    const greedy = bc.greedyActions();
    bc.dispose();
    expect(normalizedScore(evaluatePolicy(model, (s) => greedy[s]!, 0.95, 100, 5, createRng('eval')), data.meta.references)).toBeGreaterThan(99);
  });

  it('on expert-only data, offline DQN rates unseen actions higher than CQL does', () => {
    const data = dataset('expert', 2000);
    const seen = coverageCounts(data);
    const unseenMean = (alpha: number) => {
      const learner = createOfflineQ(shared(data.episodes, `q-${alpha}`), { ...DEFAULT_OFFLINE, hidden: [32], cqlAlpha: alpha });
      for (let i = 0; i < 800; i++) learner.trainStep();
      const q = learner.scores();
      learner.dispose();
      return splitQByCoverage(q, seen, model.nStates, model.nActions).unseenActionMean;
    };
    expect(unseenMean(0)).toBeGreaterThan(unseenMean(1));
  });

  it('trains thousands of steps with a flat tensor count', () => {
    const data = dataset('mixed', 1000);
    const cql = createOfflineQ(shared(data.episodes, 'leak'), { ...DEFAULT_OFFLINE, hidden: [8], batchSize: 8 });
    cql.trainStep();
    const settled = tf.memory().numTensors;
    for (let i = 0; i < 2000; i++) cql.trainStep();
    cql.greedyActions();
    expect(tf.memory().numTensors).toBe(settled);
    cql.dispose();
  });
});
