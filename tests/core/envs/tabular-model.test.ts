// The flat tabular MDP model: array sizes and the one-step lookahead Σ p (r + γ V(s') [not ends]), by hand.
import { describe, it, expect } from 'vitest';
import { actionValue, createTabularModel } from '../../../src/core/envs/tabular-model.ts';

describe('createTabularModel', () => {
  it('allocates nStates·nActions·maxOutcomes zeroed outcomes', () => {
    const m = createTabularModel(5, 4, 3, 2);
    expect([m.nStates, m.nActions, m.maxOutcomes, m.start]).toEqual([5, 4, 3, 2]);
    for (const arr of [m.next, m.prob, m.reward, m.ends]) expect(arr.length).toBe(60);
    expect(m.inert.length).toBe(5);
    expect(m.prob.every((p) => p === 0)).toBe(true);
  });
});

describe('actionValue', () => {
  // Three states; (0, action 1) goes to 1 w.p. 0.5 (r = 1), to 2 w.p. 0.3 (r = 0, ends), stays w.p. 0.2 (r = −1).
  const m = createTabularModel(3, 2, 3, 0);
  const base = (0 * 2 + 1) * 3;
  m.next.set([1, 2, 0], base);
  m.prob.set([0.5, 0.3, 0.2], base);
  m.reward.set([1, 0, -1], base);
  m.ends.set([0, 1, 0], base);
  const V = new Float64Array([2, 4, 100]);

  it('sums p (r + γ V(s′)) and ignores V(s′) on transitions that end', () => {
    // 0.5·(1 + 0.9·4) + 0.3·0 + 0.2·(−1 + 0.9·2) = 2.3 + 0 + 0.16 = 2.46
    expect(actionValue(m, V, 0, 1, 0.9)).toBeCloseTo(2.46, 12);
  });

  it('reduces to the expected reward when γ = 0, and is 0 for an action with no outcomes', () => {
    expect(actionValue(m, V, 0, 1, 0)).toBeCloseTo(0.5 - 0.2, 12);
    expect(actionValue(m, V, 0, 0, 0.9)).toBe(0);
  });
});
