// Trajectory reweighting by hand: returns rescaled to [0, 1]; RW's softmax runs over transitions, so an episode's
// mass is its length times exp(G/α); α → ∞ is uniform and α → 0 keeps only the best; AW subtracts the mean return
// of the episodes from the same start cell; the positive-sided variance of returns.
import { describe, expect, it } from 'vitest';
import {
  effectiveReturn, normalizedReturns, positiveSidedVariance, startAdvantages, trajectoryWeights,
} from '../../../src/core/data/trajectory-weights.ts';
import type { DatasetEpisode, OfflineDataset } from '../../../src/core/data/offline-dataset.ts';

/** An episode from `start` of `length` moves whose last reward is `reward` (γ = 1, so its return is `reward`). */
function episode(start: number, length: number, reward: number): DatasetEpisode {
  return {
    observations: [start, ...Array<number>(length).fill(start + 1)], actions: Array<number>(length).fill(0),
    rewards: [...Array<number>(length - 1).fill(0), reward], terminated: true, truncated: false,
  };
}

const dataset = (episodes: DatasetEpisode[]): OfflineDataset => ({
  meta: { env: { id: 't', settings: {} }, nStates: 10, nActions: 1, behaviour: 'mixed', seed: 0, gamma: 1, references: { random: 0, expert: 1 } },
  episodes,
});

// Two low episodes (return 0, 2 moves each) and one good one (return 1, 1 move).
const mixed = dataset([episode(0, 2, 0), episode(0, 2, 0), episode(0, 1, 1)]);

describe('trajectory weights', () => {
  it('rescales returns to [0, 1]', () => {
    expect(Array.from(normalizedReturns(dataset([episode(0, 1, 3), episode(0, 1, 5), episode(0, 1, 4)])))).toEqual([0, 1, 0.5]);
    expect(Array.from(normalizedReturns(dataset([episode(0, 1, 2), episode(0, 1, 2)])))).toEqual([0, 0]);
  });

  it('samples uniformly over transitions, or by exp(G/α) per transition', () => {
    const uniform = trajectoryWeights(mixed, 'uniform', 0.1);
    expect(Array.from(uniform.transitionProb)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(Array.from(uniform.episodeMass)).toEqual([0.4, 0.4, 0.2]);
    // α = 1: weights e^0 = 1 per low transition, e^1 per good one; masses 2 : 2 : e.
    const rw = trajectoryWeights(mixed, 'rw', 1);
    const z = 4 + Math.E;
    expect(rw.episodeMass[0]).toBeCloseTo(2 / z, 12);
    expect(rw.episodeMass[2]).toBeCloseTo(Math.E / z, 12);
    expect(rw.transitionProb[4]).toBeCloseTo(Math.E / z, 12);
    expect(rw.transitionProb.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('is uniform as α grows and keeps only the best episode as α shrinks', () => {
    const wide = trajectoryWeights(mixed, 'rw', 1e9);
    expect(wide.episodeMass[2]).toBeCloseTo(0.2, 6);
    const narrow = trajectoryWeights(mixed, 'rw', 1e-3);
    expect(narrow.episodeMass[2]).toBeCloseTo(1, 12);
    expect(effectiveReturn(narrow.episodeMass, normalizedReturns(mixed))).toBeCloseTo(1, 12);
    expect(effectiveReturn(trajectoryWeights(mixed, 'uniform', 1).episodeMass, normalizedReturns(mixed))).toBeCloseTo(0.2, 12);
  });

  it('AW compares each episode with the others from its start cell', () => {
    // Start 0: returns 0 and 1 (mean 0.5); start 5: a lone return of 0.5, which is its own baseline.
    const two = dataset([episode(0, 1, 0), episode(0, 1, 1), episode(5, 1, 0.5)]);
    expect(Array.from(startAdvantages(two, normalizedReturns(two)))).toEqual([-0.5, 0.5, 0]);
    // RW ranks the 0.5 episode above the 0 one; AW ranks it level with the mean of start 0.
    const aw = trajectoryWeights(two, 'aw', 1);
    expect(aw.episodeMass[2]! / aw.episodeMass[0]!).toBeCloseTo(Math.exp(0.5), 12);
  });

  it('measures the positive-sided variance of returns, and refuses a non-positive α', () => {
    // Mean 0.25; only 1 lies above it: (0.75)² / 4.
    expect(positiveSidedVariance(Float64Array.from([0, 0, 0, 1]))).toBeCloseTo(0.140625, 12);
    expect(positiveSidedVariance(Float64Array.from([0.3, 0.3]))).toBe(0);
    expect(() => trajectoryWeights(mixed, 'rw', 0)).toThrow('the reweighting temperature α must be > 0, got 0');
  });
});
