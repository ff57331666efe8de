// Dyna-Q (S&B §8.2): n planning updates replay the remembered model; on one terminal transition Q = 1 − (1−α)^(n+1).
import { describe, it, expect } from 'vitest';
import { createDynaQ, type DynaQSettings } from '../../../../src/core/agents/tabular/dyna-q.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

const make = (s: DynaQSettings) =>
  createDynaQ({ observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(8) }, s);
const tr = (obs: number, action: number, reward: number, nextObs: number, terminated = false) =>
  ({ obs, action, reward, nextObs, terminated, truncated: false });

describe('dyna-q', () => {
  it('one real terminal step (r = 1) plus n replays gives Q = 1 − (1−α)^(n+1)', () => {
    // each update is Q ← Q + α(1 − Q), so 1 − Q shrinks by (1 − α) per update, n + 1 updates in all.
    // α = 0.5: n = 0 → 0.5, n = 1 → 0.75, n = 3 → 1 − 0.5⁴ = 0.9375
    for (const [n, expected] of [[0, 0.5], [1, 0.75], [3, 0.9375]]) {
      const agent = make({ alpha: 0.5, gamma: 0.9, epsilon: 0.1, planningSteps: n });
      agent.learn(tr(1, 1, 1, 2, true));
      expect(agent.view().actionValues![1 * 2 + 1]).toBeCloseTo(expected, 12);
      expect(agent.view().visits![1 * 2 + 1]).toBe(1); // replays are not visits
    }
  });

  it('matches the closed form for α = 0.1 and n = 10', () => {
    // 1 − 0.9^11 = 1 − 0.3138106 = 0.6861894
    const agent = make({ alpha: 0.1, gamma: 0.9, epsilon: 0.1, planningSteps: 10 });
    agent.learn(tr(0, 0, 1, 1, true));
    expect(agent.view().actionValues![0]).toBeCloseTo(1 - 0.9 ** 11, 12);
  });

  it('planning propagates value backwards without new real steps', () => {
    // remembered: (0,0) → 1 with r = 0, and (1,0) → terminal with r = 1. Many replays converge to
    // Q(1,0) = 1 and Q(0,0) = 0 + 0.9·1 = 0.9; plain Q-learning (n = 0) would leave Q(0,0) = 0.
    const agent = make({ alpha: 0.5, gamma: 0.9, epsilon: 0.1, planningSteps: 0 });
    agent.learn(tr(0, 0, 0, 1));
    agent.learn(tr(1, 0, 1, 2, true));
    expect(agent.view().actionValues![0]).toBe(0);
    agent.setParams({ alpha: 0.5, gamma: 0.9, epsilon: 0.1, planningSteps: 200 }); // live
    agent.learn(tr(1, 0, 1, 2, true));
    expect(agent.view().actionValues![2]).toBeCloseTo(1, 9);
    expect(agent.view().actionValues![0]).toBeCloseTo(0.9, 9);
    expect(agent.stateValue!(0)).toBeCloseTo(0.9, 9);
  });

  it('the model remembers the latest outcome of each pair', () => {
    // (0,1) first ends with r = 1, then ends with r = −1: replays of the newest model pull Q(0,1) to −1.
    const agent = make({ alpha: 0.5, gamma: 0.9, epsilon: 0.1, planningSteps: 60 });
    agent.learn(tr(0, 1, 1, 1, true));
    agent.learn(tr(0, 1, -1, 1, true));
    expect(agent.view().actionValues![1]).toBeCloseTo(-1, 9);
  });
});
