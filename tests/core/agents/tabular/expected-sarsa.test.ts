// Expected SARSA agent (S&B eq. 6.9): hand-worked targets under ε-greedy and softmax behaviour policies.
import { describe, it, expect } from 'vitest';
import { createExpectedSarsa } from '../../../../src/core/agents/tabular/expected-sarsa.ts';
import type { TabularSettings } from '../../../../src/core/agents/tabular/tabular-action-values.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { qValue, tr, withNextRow } from './tabular-test-kit.ts';

const make = (s: TabularSettings) =>
  createExpectedSarsa({ observationSpace: discrete(3), actionSpace: discrete(3), rng: createRng(6) }, s);
const q = qValue;


describe('expected sarsa', () => {
  it('averages Q(s′,·) under ε-greedy', () => {
    // ε = 0.3, 3 actions: π(·|1) = [0.1 + 0.7, 0.1, 0.1] = [0.8, 0.1, 0.1]
    // E = 0.8·1 + 0.1·(−1) + 0.1·0 = 0.7; δ = 1 + 0.9·0.7 − 0 = 1.63 → Q(0,0) = 0.5·1.63 = 0.815
    const agent = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 0.3 }));
    agent.learn(tr(0, 0, 1, 1));
    expect(q(agent, 0, 0)).toBeCloseTo(0.815, 12);
    expect(agent.stateValue!(1)).toBeCloseTo(0.7, 12);
  });

  it('averages Q(s′,·) under softmax', () => {
    // τ = 1: π ∝ [e, e^{−1}, 1]; E = (e − e^{−1})/(e + e^{−1} + 1) = 2.350402/4.086161 = 0.575210
    // Q(0,0) = 0.5·(1 + 0.9·0.575210) = 0.758845
    const agent = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 0.3, exploration: 'softmax', temperature: 1 }));
    agent.learn(tr(0, 0, 1, 1));
    const e = Math.E;
    const expected = (e - 1 / e) / (e + 1 / e + 1);
    expect(expected).toBeCloseTo(0.575210, 6);
    expect(q(agent, 0, 0)).toBeCloseTo(0.5 * (1 + 0.9 * expected), 12);
  });

  it('does not bootstrap on terminated but does on truncated', () => {
    // terminated: 0.5·1 = 0.5; truncated: 0.815 as in the ε-greedy case
    const terminated = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 0.3 }));
    terminated.learn(tr(0, 0, 1, 1, 'terminated'));
    expect(q(terminated, 0, 0)).toBeCloseTo(0.5, 12);
    const truncated = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 0.3 }));
    truncated.learn(tr(0, 0, 1, 1, 'truncated'));
    expect(q(truncated, 0, 0)).toBeCloseTo(0.815, 12);
  });

  it('setParams changes ε live, and the next target uses it', () => {
    // ε = 0: E = max = 1 → Q(0,0) = 0.5·(1 + 0.9) = 0.95
    const agent = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 0.3 }));
    agent.setParams({ alpha: 0.5, gamma: 0.9, epsilon: 0 });
    agent.learn(tr(0, 0, 1, 1));
    expect(q(agent, 0, 0)).toBeCloseTo(0.95, 12);
  });

  it('uses Q(s,a) before the update when s′ = s', () => {
    // self-loop at state 1, action 0, ε = 0.3: E = 0.7 from the old row; δ = 0 + 0.9·0.7 − 1 = −0.37 → Q(1,0) = 1 − 0.185 = 0.815
    const agent = withNextRow(make({ alpha: 0.5, gamma: 0.9, epsilon: 0.3 }));
    agent.learn(tr(1, 0, 0, 1));
    expect(q(agent, 1, 0)).toBeCloseTo(0.815, 12);
  });
});
