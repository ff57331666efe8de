// The dataset behaviours on four rooms (seeded): every kind has exactly the asked number of transitions, each a
// possible move of the model from the start; the expert walks shortest paths (TQ ≈ 1) and random ones score TQ ≈ 0;
// mixed data is 80% random transitions; replay is its own SACo reference and covers more than the expert; the
// scripted, conservative and play behaviours follow the world's waypoints; with an action delay the first moves are
// waits, the log holds the commands, and a controller that plans for its moves in flight still walks a shortest
// path; the same seed gives the same dataset.
import { describe, expect, it } from 'vitest';
import { generateDataset, referenceReturns, type GenerateOptions } from '../../../src/core/data/dataset-generators.ts';
import { DATASET_KINDS, transitionCount, type OfflineDataset } from '../../../src/core/data/offline-dataset.ts';
import { stateActionCoverage, trajectoryQuality, uniquePairs } from '../../../src/core/data/dataset-metrics.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { FOUR_ROOMS_SCRIPTS } from '../../../src/demos/offline-world.ts';

const model = buildGridModel(parseGridSpec(FOUR_ROOMS));
const options = (kind: GenerateOptions['kind'], size = 5000): GenerateOptions => ({
  kind, size, gamma: 0.95, horizon: 100, seed: 1, env: { id: 'four-rooms', settings: { slip: 0 } }, scripts: FOUR_ROOMS_SCRIPTS,
});
const make = (kind: GenerateOptions['kind'], size = 5000, seed = '1') => generateDataset(model, options(kind, size), createRng(seed));

function possible(dataset: OfflineDataset): boolean {
  for (const e of dataset.episodes) {
    if (e.observations[0] !== model.start) return false;
    for (let t = 0; t < e.actions.length; t++) {
      const base = (e.observations[t]! * model.nActions + e.actions[t]!) * model.maxOutcomes;
      let found = false;
      for (let o = 0; o < model.maxOutcomes; o++) {
        if (model.prob[base + o]! > 0 && model.next[base + o] === e.observations[t + 1] && model.reward[base + o] === e.rewards[t]) found = true;
      }
      if (!found) return false;
    }
  }
  return true;
}

describe('dataset generators', () => {
  it.each(DATASET_KINDS)('%s: exactly the asked transitions, each a possible move from the start', (kind) => {
    const dataset = make(kind, 3000);
    expect(transitionCount(dataset)).toBe(3000);
    expect(possible(dataset)).toBe(true);
    expect(dataset.meta.behaviour).toBe(kind);
    // Only the last episode may be cut short by the size (mixed data: the last of each part); the others end at the
    // goal or at the horizon.
    const cut = dataset.episodes.filter((e) => !e.terminated && e.actions.length < 100).length;
    expect(cut).toBeLessThanOrEqual(kind === 'mixed' ? 2 : 1);
  });

  it('expert walks shortest paths (TQ ≈ 1); random scores TQ ≈ 0; medium lies between', () => {
    const expert = make('expert');
    const shortest = Math.min(...expert.episodes.filter((e) => e.terminated).map((e) => e.actions.length));
    for (const e of expert.episodes.slice(0, -1)) expect(e.actions.length).toBe(shortest);
    expect(shortest).toBe(20);
    expect(trajectoryQuality(expert)).toBeGreaterThan(0.95);
    const random = make('random', 20_000);
    expect(Math.abs(trajectoryQuality(random))).toBeLessThan(0.15);
    const medium = trajectoryQuality(make('medium', 20_000));
    expect(medium).toBeGreaterThan(0.2);
    expect(medium).toBeLessThan(0.9);
    expect(make('noisy-expert').meta.epsilon).toBe(0.3);
  });

  it('mixed: 80% of the transitions from random episodes, then expert ones', () => {
    const mixed = make('mixed', 5000);
    let random = 0;
    const expertTail = [...mixed.episodes];
    // The expert part comes last: shortest-path episodes (the last may be cut by the size).
    while (expertTail.length > 0 && expertTail[0]!.actions.length !== 20) random += expertTail.shift()!.actions.length;
    expect(random).toBe(4000);
  });

  it('replay: every transition of an online run, and its own SACo reference; random data covers less', () => {
    const replay = make('replay', 10_000);
    const reference = uniquePairs(replay);
    expect(stateActionCoverage(replay, reference)).toBe(1);
    // The expert only takes shortest-path moves (ties split): about a quarter of what the online run tried.
    expect(stateActionCoverage(make('expert', 10_000), reference)).toBeLessThan(0.5);
  });

  it('gives the same dataset from the same seed, another from another seed, and the exact reference returns', () => {
    expect(make('noisy-expert', 500, '7')).toEqual(make('noisy-expert', 500, '7'));
    expect(make('noisy-expert', 500, '7')).not.toEqual(make('noisy-expert', 500, '8'));
    const refs = referenceReturns(model, 0.95);
    expect(refs.expert).toBeCloseTo(0.95 ** 19, 12);
    expect(refs.random).toBeGreaterThan(0);
    expect(refs.random).toBeLessThan(refs.expert);
  });

  it('refuses a size or horizon below one and an ε outside [0, 1]', () => {
    expect(() => generateDataset(model, { ...options('random'), size: 0 }, createRng(1))).toThrow(/at least one transition/);
    expect(() => generateDataset(model, { ...options('random'), horizon: 0 }, createRng(1))).toThrow(/horizon/);
    expect(() => generateDataset(model, { ...options('noisy-expert'), epsilon: 2 }, createRng(1))).toThrow(/ε/);
    expect(() => generateDataset(model, { ...options('play'), noise: -0.1 }, createRng(1))).toThrow(/behaviour noise/);
    expect(() => generateDataset(model, { ...options('play'), scripts: undefined }, createRng(1))).toThrow(/waypoints/);
    expect(() => generateDataset(model, { ...options('expert'), delay: 4 }, createRng(1))).toThrow(/delay/);
  });

  /** The episode's cells in order, and whether `cells` appear among them in that order. */
  const visitsInOrder = (observations: readonly number[], cells: readonly number[]) => {
    let next = 0;
    for (const s of observations) if (s === cells[next]) next++;
    return next === cells.length;
  };

  it('scripted and conservative walk their waypoints in order: 20 and 24 moves without noise (the controller always by one path), noise makes them wander', () => {
    for (const [kind, moves] of [['scripted', 20], ['conservative', 24]] as const) {
      const clean = generateDataset(model, { ...options(kind, 2000), noise: 0 }, createRng(kind));
      expect(clean.meta.noise).toBe(0);
      for (const e of clean.episodes.slice(0, -1)) {
        expect(e.actions.length).toBe(moves);
        expect(e.terminated).toBe(true);
        expect(visitsInOrder(e.observations, FOUR_ROOMS_SCRIPTS[kind])).toBe(true);
      }
      // The deployed controller is a fixed rule: without noise every episode is the same path. The script splits
      // ties between equally short moves at random.
      const paths = new Set(clean.episodes.slice(0, -1).map((e) => e.actions.join()));
      if (kind === 'conservative') expect(paths.size).toBe(1);
      else expect(paths.size).toBeGreaterThan(1);
      const noisy = generateDataset(model, { ...options(kind, 2000), noise: 0.3 }, createRng(kind));
      expect(uniquePairs(noisy)).toBeGreaterThan(uniquePairs(clean));
      expect(trajectoryQuality(noisy)).toBeLessThan(trajectoryQuality(clean));
    }
    // The careful round is 4 moves longer than a shortest path: its return is γ^23 where the expert's is γ^19.
    const { random } = referenceReturns(model, 0.95);
    const round = generateDataset(model, { ...options('conservative', 24 * 100), noise: 0 }, createRng(1));
    expect(trajectoryQuality(round)).toBeCloseTo((0.95 ** 23 - random) / (0.95 ** 19 - random), 9);
  });

  it('play walks from task to task: many episodes pass several tasks before the goal, so TQ is low and coverage wide', () => {
    const play = generateDataset(model, { ...options('play', 10_000), noise: 0 }, createRng('play'));
    const tasks = new Set(FOUR_ROOMS_SCRIPTS.play);
    const tasksPassed = play.episodes.map((e) => new Set(e.observations.filter((s) => tasks.has(s))).size);
    expect(tasksPassed.filter((n) => n >= 4).length).toBeGreaterThan(play.episodes.length / 2);
    const reached = play.episodes.filter((e) => e.terminated).length;
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(play.episodes.length);
    const scripted = generateDataset(model, { ...options('scripted', 10_000), noise: 0 }, createRng('play'));
    expect(trajectoryQuality(play)).toBeLessThan(0.6);
    expect(uniquePairs(play)).toBeGreaterThan(2 * uniquePairs(scripted));
  });

  it('with an action delay d: d waiting steps, the commands logged, the expert still 20 moves late by d, references × γ^d', () => {
    for (const delay of [1, 3]) {
      const data = generateDataset(model, { ...options('expert', (20 + delay) * 40), delay }, createRng(delay));
      expect(data.meta.delay).toBe(delay);
      const refs = referenceReturns(model, 0.95);
      expect(data.meta.references.expert).toBeCloseTo(refs.expert * 0.95 ** delay, 12);
      expect(data.meta.references.random).toBeCloseTo(refs.random * 0.95 ** delay, 12);
      expect(data.episodes).toHaveLength(40);
      for (const e of data.episodes) {
        expect(e.observations.slice(0, delay + 1)).toEqual(Array(delay + 1).fill(model.start));
        expect(e.actions.length).toBe(20 + delay);
        // The last d commands are never carried out: the goal ends the episode first.
        const carriedOut = e.actions.slice(0, -delay);
        expect(carriedOut.length).toBe(20);
      }
      expect(trajectoryQuality(data)).toBeCloseTo(1, 9);
    }
    expect(make('expert').meta.delay).toBeUndefined();
  });
});
