// Hand-worked bandit estimates: incremental mean (eq. 2.3/2.5), UCB (eq. 2.10), gradient bandit (eq. 2.12), Gaussian posterior.
import { describe, it, expect } from 'vitest';
import {
  gaussianPosterior, gradientBanditUpdate, incrementalUpdate, stepSize, ucbScore,
} from '../../../src/core/algorithms/bandit-estimates.ts';

describe('incrementalUpdate and stepSize', () => {
  it('moves the estimate a step towards the reward', () => {
    // 2 + 0.25·(5 − 2) = 2.75
    expect(incrementalUpdate(2, 5, 0.25)).toBeCloseTo(2.75, 12);
  });

  it('uses α when α > 0, else 1/n', () => {
    expect(stepSize(0.1, 7)).toBe(0.1);
    expect(stepSize(0, 4)).toBe(0.25);
  });

  it('with 1/n steps reproduces the sample mean', () => {
    // rewards 3, 5, 10: Q = 0 + 1·3 = 3; 3 + ½(5−3) = 4; 4 + ⅓(10−4) = 6 = (3+5+10)/3
    let q = 0;
    const seen: number[] = [];
    [3, 5, 10].forEach((r, i) => { q = incrementalUpdate(q, r, stepSize(0, i + 1)); seen.push(q); });
    expect(seen[0]).toBeCloseTo(3, 12);
    expect(seen[1]).toBeCloseTo(4, 12);
    expect(seen[2]).toBeCloseTo(6, 12);
  });
});

describe('ucbScore (eq. 2.10)', () => {
  it('treats an unpulled arm as maximising', () => {
    expect(ucbScore(0.5, 0, 10, 2)).toBe(Infinity);
  });

  it('adds c·sqrt(ln t / N)', () => {
    // t = e², N = 4, c = 2: 0.5 + 2·sqrt(2/4) = 0.5 + 1.4142136 = 1.9142136
    expect(ucbScore(0.5, 4, Math.exp(2), 2)).toBeCloseTo(1.9142136, 6);
  });

  it('is the plain estimate when c = 0 or t = 1 (ln 1 = 0)', () => {
    expect(ucbScore(0.3, 2, 50, 0)).toBe(0.3);
    expect(ucbScore(0.3, 1, 1, 2)).toBe(0.3);
  });
});

describe('gradientBanditUpdate (eq. 2.12)', () => {
  it('raises the taken action by α(R−R̄)(1−π) and lowers the others by α(R−R̄)π', () => {
    // α = 0.1, R − R̄ = 3 − 1 = 2, A = 2, π = [0.5, 0.2, 0.3]:
    // H0 = 0.5 + 0.1·2·(0 − 0.5) = 0.4; H1 = −0.5 + 0.1·2·(0 − 0.2) = −0.54; H2 = 0 + 0.1·2·(1 − 0.3) = 0.14
    const h = Float64Array.from([0.5, -0.5, 0]);
    gradientBanditUpdate(h, [0.5, 0.2, 0.3], 2, 3, 1, 0.1);
    expect(h[0]).toBeCloseTo(0.4, 12);
    expect(h[1]).toBeCloseTo(-0.54, 12);
    expect(h[2]).toBeCloseTo(0.14, 12);
  });

  it('lowers the taken action when the reward is below the baseline', () => {
    // R − R̄ = 0 − 1 = −1, π uniform over 2: H0 = 0.5·(−1)·(1 − 0.5) = −0.25, H1 = +0.25
    const h = new Float64Array(2);
    gradientBanditUpdate(h, [0.5, 0.5], 0, 0, 1, 0.5);
    expect(h[0]).toBeCloseTo(-0.25, 12);
    expect(h[1]).toBeCloseTo(0.25, 12);
  });
});

describe('gaussianPosterior', () => {
  it('is the prior with no pulls', () => {
    expect(gaussianPosterior(1, 4, 2, 0, 0)).toEqual([1, 4]);
  });

  it('combines prior and data precision-weighted', () => {
    // m0 = 1, s0² = 4, σ² = 2, n = 2, Σr = 6: s² = 1/(1/4 + 2/2) = 0.8; m = 0.8·(1/4 + 6/2) = 0.8·3.25 = 2.6
    const [mean, variance] = gaussianPosterior(1, 4, 2, 2, 6);
    expect(variance).toBeCloseTo(0.8, 12);
    expect(mean).toBeCloseTo(2.6, 12);
  });
});
