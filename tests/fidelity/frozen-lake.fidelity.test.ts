// FrozenLake: our value iteration and policy iteration agree with an independent exact computation written here
// from Gymnasium's definition (its own action order and slip rule, solved by linear algebra), for γ in {0.9, 0.99, 1}.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';

const MAPS = {
  '4x4': ['SFFF', 'FHFH', 'FFFH', 'HFFG'],
  '8x8': ['SFFFFFFF', 'FFFFFFFF', 'FFFHFFFF', 'FFFFFHFF', 'FFFHFFFF', 'FHHFFFHF', 'FHFFHFHF', 'FFFHFFFG'],
};

/** Gymnasium FrozenLake: actions 0 left, 1 down, 2 right, 3 up; slippery moves go a−1, a, a+1 (mod 4) w.p. 1/3. */
function gymnasiumModel(rows: string[], slippery: boolean) {
  const n = rows.length;
  const cell = (s: number) => rows[Math.floor(s / n)][s % n];
  const move = (s: number, a: number) => {
    let row = Math.floor(s / n);
    let col = s % n;
    if (a === 0) col = Math.max(col - 1, 0);
    if (a === 1) row = Math.min(row + 1, n - 1);
    if (a === 2) col = Math.min(col + 1, n - 1);
    if (a === 3) row = Math.max(row - 1, 0);
    return row * n + col;
  };
  const outcomes = (s: number, a: number): [number, number][] =>
    (slippery ? [(a + 3) % 4, a, (a + 1) % 4] : [a]).map((b) => [move(s, b), slippery ? 1 / 3 : 1]);
  const terminal = (s: number) => cell(s) === 'H' || cell(s) === 'G';
  return { nStates: n * n, outcomes, terminal, reward: (s: number) => (cell(s) === 'G' ? 1 : 0) };
}

/** Solve A x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/**
 * Exact optimal values by policy iteration with exact (linear-solve) evaluation. At γ = 1 we evaluate with
 * γ = 1 − 1e-12 so that improper policies stay solvable; the optimal policy here is proper, so the values match.
 */
function exactOptimalValues(rows: string[], slippery: boolean, gamma: number): number[] {
  const model = gymnasiumModel(rows, slippery);
  const g = Math.min(gamma, 1 - 1e-12);
  const policy = new Array(model.nStates).fill(0);
  const q = (v: number[], s: number, a: number) =>
    model.outcomes(s, a).reduce((sum, [next, p]) => sum + p * (model.reward(next) + (model.terminal(next) ? 0 : g * v[next])), 0);
  for (;;) {
    const a = Array.from({ length: model.nStates }, (_, i) => Array.from({ length: model.nStates }, (_, j) => (i === j ? 1 : 0)));
    const b = new Array(model.nStates).fill(0);
    for (let s = 0; s < model.nStates; s++) {
      if (model.terminal(s)) continue;
      for (const [next, p] of model.outcomes(s, policy[s])) {
        b[s] += p * model.reward(next);
        if (!model.terminal(next)) a[s][next] -= g * p;
      }
    }
    const v = solve(a, b);
    let stable = true;
    for (let s = 0; s < model.nStates; s++) {
      if (model.terminal(s)) continue;
      for (let act = 0; act < 4; act++) {
        if (q(v, s, act) > q(v, s, policy[s]) + 1e-12) { policy[s] = act; stable = false; }
      }
    }
    if (stable) return v;
  }
}

const frozenLake = findDemo('frozen-lake')!;

// Agents whose code loads on demand, loaded as the worker loads them.
beforeAll(async () => { await loadAgentFactories(frozenLake); });

describe.each([
  ['4x4', true], ['4x4', false], ['8x8', true],
] as const)('FrozenLake %s slippery=%s', (map, slippery) => {
  it.each([0.9, 0.99, 1])('value and policy iteration equal the exact optimal values at γ = %s', (gamma) => {
    const exact = exactOptimalValues(MAPS[map], slippery, gamma);
    const run = createRun(frozenLake, { map, slippery, gamma }, 1, { agents: ['value-iteration', 'policy-iteration'] });
    run.runEpisodes(20_000);
    for (const agent of ['value-iteration', 'policy-iteration']) {
      const values = run.view(agent).agent.values!;
      exact.forEach((v, s) => expect(values[s], `${agent} state ${s}`).toBeCloseTo(v, 6));
    }
  });
});

it('knows the textbook-famous numbers: V*(start) ≈ 0.542 at γ = 0.99 and ≈ 0.824 at γ = 1 on the slippery 4×4 lake', () => {
  expect(exactOptimalValues(MAPS['4x4'], true, 0.99)[0]).toBeCloseTo(0.542, 3);
  expect(exactOptimalValues(MAPS['4x4'], true, 1)[0]).toBeCloseTo(0.8235, 3);
});
