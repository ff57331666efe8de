// SARSA agent (S&B eq. 6.7): the update uses the a′ that act() then returns; no pending a′ after an episode ends.
import { describe, it, expect } from 'vitest';
import { createSarsa } from '../../../../src/core/agents/tabular/sarsa.ts';
import type { TabularSettings } from '../../../../src/core/agents/tabular/tabular-action-values.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { qValue, tr, withNextRow } from './tabular-test-kit.ts';

const make = (s: TabularSettings, seed = 1) =>
  createSarsa({ observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(seed) }, s);
const q = qValue;


/** With α = 0.5, γ = 0.9, r = 0 from Q(0,0) = 0: Q(0,0) = 0.45·Q(1,a′), so +0.45 means a′ = 0 and −0.45 means a′ = 1. */
const drawnAction = (q00: number) => (Math.abs(q00 - 0.45) < 1e-12 ? 0 : Math.abs(q00 + 0.45) < 1e-12 ? 1 : -1);

describe('sarsa', () => {
  it('bootstraps from the a′ it draws, and act(s′) then returns that a′', () => {
    // ε = 1 makes a′ a coin flip, so a max-based (Q-learning) target would disagree half the time.
    const seen = new Set<number>();
    for (let seed = 1; seed <= 16; seed++) {
      const agent = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 1 }, seed));
      agent.learn(tr(0, 0, 0, 1));
      const a = drawnAction(q(agent, 0, 0));
      expect(a).toBeGreaterThanOrEqual(0);
      expect(agent.act(1)).toBe(a);
      seen.add(a);
    }
    expect(seen.size).toBe(2);
  });

  it('hand-worked: greedy a′ gives r + γ·Q(s′,a′)', () => {
    // ε = 0: a′ = argmax Q(1,·) = 0; δ = 1 + 0.9·1 − 0 = 1.9 → Q(0,0) = 0.95
    const agent = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 0 }));
    agent.learn(tr(0, 0, 1, 1));
    expect(q(agent, 0, 0)).toBeCloseTo(0.95, 12);
    expect(agent.act(1)).toBe(0);
  });

  it('does not bootstrap on terminated and leaves no pending action', () => {
    // Q(1,·) = [−1, 1] this time, so greedy is action 1 and a stale a′ (0) would show.
    // Q(0,0) = 0.5·(1 − 0) = 0.5 despite max Q(1,·) = 1; then act(1) is a fresh greedy choice: 1.
    for (let seed = 1; seed <= 8; seed++) {
      const agent = make({ alpha: 0.5, gamma: 0.9, epsilon: 0 }, seed);
      agent.learn(tr(1, 0, -2, 2, 'terminated'));
      agent.learn(tr(1, 1, 2, 2, 'terminated'));
      agent.learn(tr(0, 0, 1, 1, 'terminated'));
      expect(q(agent, 0, 0)).toBeCloseTo(0.5, 12);
      expect(agent.act(1)).toBe(1);
    }
  });

  it('bootstraps on truncated, but the drawn a′ is not kept for the next episode', () => {
    // ε = 1 during learn: Q(0,0) = 0.45·Q(1,a′) reveals a′. Then ε = 0: act(1) must be the greedy 0 even when a′ = 1.
    let sawOtherDraw = false;
    for (let seed = 1; seed <= 16; seed++) {
      const agent = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 1 }, seed));
      agent.learn(tr(0, 0, 0, 1, 'truncated'));
      const a = drawnAction(q(agent, 0, 0));
      expect(a).toBeGreaterThanOrEqual(0); // bootstrapped: Q(0,0) = ±0.45, not 0
      agent.setParams({ alpha: 0.5, gamma: 0.9, epsilon: 0 });
      expect(agent.act(1)).toBe(0);
      if (a === 1) sawOtherDraw = true;
    }
    expect(sawOtherDraw).toBe(true);
  });

  it('a pending a′ is used once; later act() calls draw afresh', () => {
    // seeds where the drawn a′ is the non-greedy 1: after it is used, ε = 0 acts must give the greedy 0.
    let checked = 0;
    for (let seed = 1; seed <= 16; seed++) {
      const agent = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 1 }, seed));
      agent.learn(tr(0, 0, 0, 1));
      const a = drawnAction(q(agent, 0, 0));
      expect(agent.act(1)).toBe(a);
      if (a !== 1) continue;
      agent.setParams({ alpha: 0.5, gamma: 0.9, epsilon: 0 });
      for (let i = 0; i < 5; i++) expect(agent.act(1)).toBe(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('reports the on-policy value V(s) = Σ π(a|s)·Q(s,a)', () => {
    // ε = 0.2 over 2 actions: π(·|1) = [0.9, 0.1]; V = 0.9·1 + 0.1·(−1) = 0.8
    const agent = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 0.2 }));
    expect(agent.stateValue!(1)).toBeCloseTo(0.8, 12);
    expect(agent.view().values![1]).toBeCloseTo(0.8, 12);
  });
});
