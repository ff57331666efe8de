// Behaviour cloning's end point on reweighted data: the cloned table by hand (shares of each cell's weight, uniform
// where there is none); Poisson draw counts average draws × p; the exact score of a table; and on D10's data
// (seeded) the final score against α rises from uniform, peaks, and falls again when α is so small that a handful
// of episodes get every draw.
import { describe, expect, it } from 'vitest';
import { clonedPolicy, drawCounts, logGrid, policyScore, sampledCloneScore } from '../../../src/core/data/weighted-cloning.ts';
import type { OfflineDataset } from '../../../src/core/data/offline-dataset.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { createReweightingWorld } from '../../../src/demos/reweighting-world.ts';
import { envStreamOf } from '../../../src/engine/run-streams.ts';

// A corridor: start at column 1, goal at column 4 (a wall row below). Actions: 1 right, 3 left.
const corridor = buildGridModel(parseGridSpec({ rows: ['.S..G', '#####'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 }));
const data: OfflineDataset = {
  meta: { env: { id: 'corridor', settings: {} }, nStates: 10, nActions: 4, behaviour: 'mixed', seed: 0, gamma: 0.9, references: { random: 0, expert: 0.81 } },
  // Rows in order: (1, right), (2, right), (3, right); then (1, left), (0, right).
  episodes: [
    { observations: [1, 2, 3, 4], actions: [1, 1, 1], rewards: [0, 0, 1], terminated: true, truncated: false },
    { observations: [1, 0, 1], actions: [3, 1], rewards: [0, 0], terminated: false, truncated: true },
  ],
};

describe('weighted cloning', () => {
  it('clones each cell’s share of the weight, uniform where a cell has none', () => {
    const policy = clonedPolicy(data, [3, 1, 1, 1, 1]);
    // Cell 1: right weighs 3, left 1.
    expect(Array.from(policy.slice(4, 8))).toEqual([0, 0.75, 0, 0.25]);
    expect(Array.from(policy.slice(8, 12))).toEqual([0, 1, 0, 0]);
    // Cell 5 (a wall) and cell 4 (the goal) have no data.
    expect(Array.from(policy.slice(20, 24))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('scores a table exactly: always right from the start earns 0.9² = the expert, 100', () => {
    const right = clonedPolicy(data, [1, 1, 1, 0, 1]);
    expect(policyScore(corridor, data, right)).toBeCloseTo(100, 9);
  });

  it('draws each row about draws × p times, never one with p = 0', () => {
    const p = [0.5, 0.3, 0.2 - 1e-4, 1e-4, 0];
    const sums = new Float64Array(p.length);
    const rng = createRng('counts');
    for (let r = 0; r < 200; r++) drawCounts(p, 10_000, rng).forEach((c, i) => { sums[i] += c / 200; });
    expect(sums[0]).toBeCloseTo(5000, -1);
    expect(sums[1]).toBeCloseTo(3000, -1);
    // The rare row: 1 draw on average (Knuth's method below the normal approximation's threshold).
    expect(sums[3]).toBeGreaterThan(0.8);
    expect(sums[3]).toBeLessThan(1.2);
    expect(sums[4]).toBe(0);
  });

  it('spaces α evenly on a log scale, both ends included', () => {
    const grid = logGrid(0.01, 1, 3);
    expect(grid[0]).toBeCloseTo(0.01, 12);
    expect(grid[1]).toBeCloseTo(0.1, 12);
    expect(grid[2]).toBeCloseTo(1, 12);
  });

  it('on the 95/5 mixture, rises from uniform to a peak and falls when α is too small', () => {
    const world = createReweightingWorld({ expertShare: 5, startSpread: true }, envStreamOf(1, 0));
    const score = (scheme: 'uniform' | 'rw', alpha: number) => sampledCloneScore(world.model, world.dataset, scheme, alpha, 3000 * 64, createRng(`a${alpha}`));
    const uniform = score('uniform', 1);
    const peak = Math.max(...[0.04, 0.06, 0.08].map((a) => score('rw', a)));
    expect(uniform).toBeLessThan(15);
    expect(score('rw', 2)).toBeLessThan(20);
    expect(peak).toBeGreaterThan(75);
    expect(score('rw', 0.01)).toBeLessThan(peak - 15);
  });
});
