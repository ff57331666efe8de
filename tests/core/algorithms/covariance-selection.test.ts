// Clip-Cov and KL-Cov on a small batch by hand: the centred covariances, the quantile bounds, which samples each
// method picks (Clip-Cov at random among candidates inside the bounds and not already clipped; KL-Cov the largest),
// and that both pick nothing when switched off.
import { describe, expect, it } from 'vitest';
import { centredCovariances, clipCovMask, klCovMask, quantile } from '../../../src/core/algorithms/covariance-selection.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

// Advantages (mean 0) and log-probabilities (mean −1): cov = A · (log π + 1).
const A = [2, 1, -1, -2, 0];
const logP = [0, -0.5, -1, -2.5, -1];
const cov = centredCovariances(A, logP);

describe('covariance selection', () => {
  it('centres both factors', () => {
    expect(Array.from(cov, (x) => x + 0)).toEqual([2, 0.5, 0, 3, 0]);
  });

  it('takes quantiles by linear interpolation', () => {
    expect(quantile([3, 1, 2, 4], 0)).toBe(1);
    expect(quantile([3, 1, 2, 4], 0.5)).toBe(2.5);
    expect(quantile([3, 1, 2, 4], 1)).toBe(4);
  });

  it('Clip-Cov: detaches max(1, ⌊ratio·n⌋) samples drawn among the candidates only', () => {
    const settings = { clipRatio: 0.2, lower: 1, upper: 5 };
    // Candidates: cov in (1, 5) → samples 0 (2) and 3 (3); ⌊0.2·5⌋ = 1 is picked, each about half the time.
    const picks = [0, 0, 0, 0, 0];
    const rng = createRng('clip');
    for (let t = 0; t < 2000; t++) clipCovMask(cov, settings, rng).forEach((m, i) => { picks[i] += m; });
    expect(picks[1]! + picks[2]! + picks[4]!).toBe(0);
    expect(picks[0]! + picks[3]!).toBe(2000);
    expect(picks[0]! / 2000).toBeGreaterThan(0.45);
    expect(picks[0]! / 2000).toBeLessThan(0.55);
    // A sample PPO already clipped is never a candidate; a large ratio takes every candidate.
    expect(Array.from(clipCovMask(cov, { ...settings, clipRatio: 1 }, rng, [false, false, false, true, false]))).toEqual([1, 0, 0, 0, 0]);
    expect(Array.from(clipCovMask(cov, { ...settings, clipRatio: 1 }, rng))).toEqual([1, 0, 0, 1, 0]);
  });

  it('Clip-Cov picks nothing when off or when no sample lies between the bounds', () => {
    expect(Array.from(clipCovMask(cov, { clipRatio: 0, lower: 1, upper: 5 }, createRng(1)))).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(clipCovMask(cov, { clipRatio: 0.2, lower: 10, upper: 20 }, createRng(1)))).toEqual([0, 0, 0, 0, 0]);
  });

  it('KL-Cov: penalises the max(1, ⌊n·k%⌋) largest covariances, none at 0%', () => {
    expect(Array.from(klCovMask(cov, 20))).toEqual([0, 0, 0, 1, 0]);
    expect(Array.from(klCovMask(cov, 40))).toEqual([1, 0, 0, 1, 0]);
    // 1% of 5 rounds down to 0, but at least one sample is penalised.
    expect(Array.from(klCovMask(cov, 1))).toEqual([0, 0, 0, 1, 0]);
    expect(Array.from(klCovMask(cov, 0))).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses mismatched inputs and settings out of range', () => {
    expect(() => centredCovariances([1, 2], [0])).toThrow(/as many log-probabilities/);
    expect(() => klCovMask(cov, 150)).toThrow(/\[0, 100\]/);
    expect(() => clipCovMask(cov, { clipRatio: 2, lower: 0, upper: 1 }, createRng(1))).toThrow(/\[0, 1\]/);
  });
});
