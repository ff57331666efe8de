// Hand-worked TD errors for Q-learning, SARSA and Expected SARSA (Sutton & Barto 2018, eqs. 6.7–6.9).
import { describe, it, expect } from 'vitest';
import { discountFor, expectedSarsaTdError, qLearningTdError, sarsaTdError } from '../../../src/core/algorithms/td-errors.ts';

// Flat table, 3 actions: Q(0,·) = [0.5, 7, 7] (row 0 is only the source), Q(1,·) = [1, 4, 2], Q(2,·) = [−3, −1, −2].
const nActions = 3;
const q = Float64Array.from([0.5, 7, 7, 1, 4, 2, -3, -1, -2]);

describe('discountFor', () => {
  it('zeroes γ only for terminal transitions (truncation still bootstraps)', () => {
    expect(discountFor(true, 0.9)).toBe(0);
    expect(discountFor(false, 0.9)).toBe(0.9);
  });
});

describe('qLearningTdError (eq. 6.8)', () => {
  it('bootstraps from the max over the next row', () => {
    // δ = r + γ·max Q(1,·) − Q(0,0) = 1 + 0.9·4 − 0.5 = 4.1
    expect(qLearningTdError(q, nActions, 0, 0, 1, 0.9, 1)).toBeCloseTo(4.1, 12);
  });

  it('takes the max of an all-negative row (not 0)', () => {
    // δ = 0 + 0.5·max(−3, −1, −2) − 0.5 = −0.5 − 0.5 = −1
    expect(qLearningTdError(q, nActions, 0, 0, 0, 0.5, 2)).toBeCloseTo(-1, 12);
  });

  it('uses only the reward when the discount is 0 (terminal)', () => {
    // δ = 1 + 0·4 − 0.5 = 0.5
    expect(qLearningTdError(q, nActions, 0, 0, 1, discountFor(true, 0.9), 1)).toBeCloseTo(0.5, 12);
  });
});

describe('sarsaTdError (eq. 6.7)', () => {
  it('bootstraps from the action actually taken next', () => {
    // δ = r + γ·Q(1,2) − Q(0,0) = 1 + 0.9·2 − 0.5 = 2.3 (not the max, 4)
    expect(sarsaTdError(q, nActions, 0, 0, 1, 0.9, 1, 2)).toBeCloseTo(2.3, 12);
  });

  it('ignores the next action when terminal', () => {
    // δ = 1 + 0·Q(1,1) − 0.5 = 0.5
    expect(sarsaTdError(q, nActions, 0, 0, 1, 0, 1, 1)).toBeCloseTo(0.5, 12);
  });
});

describe('expectedSarsaTdError (eq. 6.9)', () => {
  it('averages the next row under π(·|s′)', () => {
    // E = 0.2·1 + 0.5·4 + 0.3·2 = 0.2 + 2 + 0.6 = 2.8; δ = 1 + 0.9·2.8 − 0.5 = 3.02
    expect(expectedSarsaTdError(q, nActions, 0, 0, 1, 0.9, 1, [0.2, 0.5, 0.3])).toBeCloseTo(3.02, 12);
  });

  it('reduces to Q-learning under a greedy π and to SARSA under a one-hot π on a′', () => {
    expect(expectedSarsaTdError(q, nActions, 0, 0, 1, 0.9, 1, [0, 1, 0])).toBeCloseTo(qLearningTdError(q, nActions, 0, 0, 1, 0.9, 1), 12);
    expect(expectedSarsaTdError(q, nActions, 0, 0, 1, 0.9, 1, [0, 0, 1])).toBeCloseTo(sarsaTdError(q, nActions, 0, 0, 1, 0.9, 1, 2), 12);
  });
});
