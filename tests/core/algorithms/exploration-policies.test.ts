// Hand-worked ε-greedy and softmax probabilities (S&B §2.2, §2.8) and the samplers' empirical frequencies.
import { describe, it, expect } from 'vitest';
import {
  epsilonGreedyProbabilities, selectEpsilonGreedy, selectSoftmax, softmaxProbabilities,
} from '../../../src/core/algorithms/exploration-policies.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

const frequencies = (draw: () => number, n: number, samples: number): number[] => {
  const counts = new Array<number>(n).fill(0);
  for (let i = 0; i < samples; i++) counts[draw()]++;
  return counts.map((c) => c / samples);
};

describe('epsilonGreedyProbabilities', () => {
  it('splits 1−ε among tied greedy actions, reading the row at an offset', () => {
    // Row 1 of a 2×4 table is [1, 3, 3, 0]; ε = 0.2: ε/n = 0.05, greedy ties share 0.8 → 0.05 + 0.4 = 0.45
    const table = [9, 9, 9, 9, 1, 3, 3, 0];
    const p = epsilonGreedyProbabilities(table, 4, 4, 0.2, new Float64Array(4));
    [0.05, 0.45, 0.45, 0.05].forEach((x, a) => expect(p[a]).toBeCloseTo(x, 12));
  });

  it('is one-hot at ε = 0 and uniform at ε = 1', () => {
    expect(Array.from(epsilonGreedyProbabilities([2, 5, 1], 0, 3, 0, new Float64Array(3)))).toEqual([0, 1, 0]);
    epsilonGreedyProbabilities([2, 5, 1], 0, 3, 1, new Float64Array(3)).forEach((x) => expect(x).toBeCloseTo(1 / 3, 12));
  });
});

describe('softmaxProbabilities', () => {
  it('is proportional to exp(Q/τ)', () => {
    // Q = τ·[0, ln 2, ln 3] with τ = 2 → weights [1, 2, 3] → [1/6, 2/6, 3/6]
    const p = softmaxProbabilities([0, 2 * Math.log(2), 2 * Math.log(3)], 0, 3, 2, new Float64Array(3));
    [1 / 6, 2 / 6, 3 / 6].forEach((x, a) => expect(p[a]).toBeCloseTo(x, 12));
  });

  it('stays finite for huge and very negative values (shifts by the max)', () => {
    // exp(1000) overflows and exp(−1000) underflows; shifted, both rows are the weights [1, 2, 3] again.
    for (const shift of [1000, -1000]) {
      const p = softmaxProbabilities([shift, shift + Math.log(2), shift + Math.log(3)], 0, 3, 1, new Float64Array(3));
      [1 / 6, 2 / 6, 3 / 6].forEach((x, a) => expect(p[a]).toBeCloseTo(x, 9));
    }
  });

  it('sharpens as τ falls and flattens as τ grows', () => {
    // Q = [0, 1]: τ = 0.1 → p1 = 1/(1 + e^−10) ≈ 0.9999546; τ = 100 → p1 = 1/(1 + e^−0.01) ≈ 0.5025
    expect(softmaxProbabilities([0, 1], 0, 2, 0.1, new Float64Array(2))[1]).toBeCloseTo(1 / (1 + Math.exp(-10)), 12);
    expect(softmaxProbabilities([0, 1], 0, 2, 100, new Float64Array(2))[1]).toBeCloseTo(0.5025, 4);
  });
});

describe('samplers', () => {
  // 20 000 draws: the standard error of a frequency is at most 0.0035, so 0.015 is over 4 standard errors.
  const samples = 20_000;

  it('selectEpsilonGreedy matches its probabilities, ties included', () => {
    // [0, 1, 1, 0], ε = 0.4 → [0.1, 0.4, 0.4, 0.1]
    const rng = createRng('eps-greedy-freq');
    const f = frequencies(() => selectEpsilonGreedy([0, 1, 1, 0], 0, 4, 0.4, rng), 4, samples);
    [0.1, 0.4, 0.4, 0.1].forEach((x, a) => expect(Math.abs(f[a] - x)).toBeLessThan(0.015));
  });

  it('selectEpsilonGreedy at ε = 0 always takes the unique argmax', () => {
    const rng = createRng('eps-zero');
    const f = frequencies(() => selectEpsilonGreedy([0, 3, 1, 2, 9, 1], 2, 4, 0, rng), 4, 1000);
    expect(f).toEqual([0, 0, 1, 0]);
  });

  it('selectSoftmax matches softmax(Q/τ)', () => {
    const rng = createRng('softmax-freq');
    const scratch = new Float64Array(3);
    const f = frequencies(() => selectSoftmax([0, Math.log(2), Math.log(3)], 0, 3, 1, rng, scratch), 3, samples);
    [1 / 6, 2 / 6, 3 / 6].forEach((x, a) => expect(Math.abs(f[a] - x)).toBeLessThan(0.015));
  });
});
