// Q-learning agent (S&B eq. 6.8): hand-worked updates, terminated vs truncated bootstrapping, live α and ε.
import { describe, it, expect } from 'vitest';
import { createQLearning } from '../../../../src/core/agents/tabular/q-learning.ts';
import type { TabularSettings } from '../../../../src/core/agents/tabular/tabular-action-values.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { qValue, tr, withNextRow } from './tabular-test-kit.ts';

const settings: TabularSettings = { alpha: 0.5, gamma: 0.9, epsilon: 0.1 };
const make = (s: TabularSettings = settings) =>
  createQLearning({ observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(2) }, s);
const q = qValue;


describe('q-learning', () => {
  it('bootstraps from max Q(s′,·)', () => {
    const agent = withNextRow(make());
    expect(q(agent, 1, 0)).toBeCloseTo(1, 12);
    expect(q(agent, 1, 1)).toBeCloseTo(-1, 12);
    // δ = 1 + 0.9·max(1, −1) − 0 = 1.9 → Q(0,1) = 0.5·1.9 = 0.95
    agent.learn(tr(0, 1, 1, 1));
    expect(q(agent, 0, 1)).toBeCloseTo(0.95, 12);
    // again: δ = 1 + 0.9 − 0.95 = 0.95 → Q(0,1) = 0.95 + 0.475 = 1.425
    agent.learn(tr(0, 1, 1, 1));
    expect(q(agent, 0, 1)).toBeCloseTo(1.425, 12);
    expect(agent.view().visits![1]).toBe(2);
  });

  it('does not bootstrap on terminated, but does on truncated', () => {
    // terminated: Q(0,1) = 0.5·(1 − 0) = 0.5; truncated: 0.5·(1 + 0.9·1) = 0.95
    const terminated = withNextRow(make());
    terminated.learn(tr(0, 1, 1, 1, 'terminated'));
    expect(q(terminated, 0, 1)).toBeCloseTo(0.5, 12);
    const truncated = withNextRow(make());
    truncated.learn(tr(0, 1, 1, 1, 'truncated'));
    expect(q(truncated, 0, 1)).toBeCloseTo(0.95, 12);
  });

  it('setParams changes α and ε live, keeping Q', () => {
    const agent = withNextRow(make());
    agent.setParams({ alpha: 1, gamma: 0.9, epsilon: 0.1 });
    // α = 1: Q(0,1) = 1 + 0.9·1 = 1.9 in one step
    agent.learn(tr(0, 1, 1, 1));
    expect(q(agent, 0, 1)).toBeCloseTo(1.9, 12);
    expect(q(agent, 1, 0)).toBeCloseTo(1, 12);
    // ε = 0.1 → π(·|1) = [0.95, 0.05]; ε = 0.5 → [0.75, 0.25]
    expect(agent.view().policy![2]).toBeCloseTo(0.95, 12);
    agent.setParams({ alpha: 1, gamma: 0.9, epsilon: 0.5 });
    expect(agent.view().policy![2]).toBeCloseTo(0.75, 12);
    expect(agent.view().policy![3]).toBeCloseTo(0.25, 12);
  });

  it('reports V(s) = max_a Q(s,a)', () => {
    const agent = withNextRow(make());
    expect(agent.stateValue!(1)).toBeCloseTo(1, 12);
    expect(agent.view().values![1]).toBeCloseTo(1, 12);
  });

  it('learns with the softmax behaviour policy, which the view shows', () => {
    // τ = 0.5, Q(1,·) = [1, −1]: π(0|1) = 1/(1 + e^{−2/0.5}) = 1/(1 + e^{−4}) = 0.982014
    const agent = withNextRow(make({ ...settings, exploration: 'softmax', temperature: 0.5 }));
    expect(agent.view().policy![2]).toBeCloseTo(1 / (1 + Math.exp(-4)), 12);
    // the update is still off-policy: Q(0,1) = 0.5·(1 + 0.9·max) = 0.95
    agent.learn(tr(0, 1, 1, 1));
    expect(q(agent, 0, 1)).toBeCloseTo(0.95, 12);
    let zeros = 0;
    for (let i = 0; i < 5000; i++) if (agent.act(1) === 0) zeros++;
    // π(1|1) = 0.018, so about 90 of 5000 draws take action 1 (sd ≈ 9.4)
    expect(zeros).toBeGreaterThan(4860);
    expect(zeros).toBeLessThan(5000);
  });
});
