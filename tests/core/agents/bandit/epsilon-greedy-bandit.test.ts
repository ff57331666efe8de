// ε-greedy bandit agent (S&B §2.2–2.6): sample-average vs constant-α estimates, optimistic Q1, live ε.
import { describe, it, expect } from 'vitest';
import { createEpsilonGreedyBandit, type EpsilonGreedyBanditSettings } from '../../../../src/core/agents/bandit/epsilon-greedy-bandit.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

const make = (settings: EpsilonGreedyBanditSettings, arms = 3, seed = 1) =>
  createEpsilonGreedyBandit({ observationSpace: discrete(1), actionSpace: discrete(arms), rng: createRng(seed) }, settings);
const pull = (action: number, reward: number) => ({ obs: 0, action, reward, nextObs: 0, terminated: false, truncated: false });

describe('epsilon-greedy bandit', () => {
  it('α = 0 keeps sample averages', () => {
    // arm 0 gets 1, 0, 2: Q = 1, then 1 + ½(0 − 1) = 0.5, then 0.5 + ⅓(2 − 0.5) = 1 = (1+0+2)/3
    const agent = make({ epsilon: 0.1, alpha: 0, initialValue: 0 });
    const seen = [1, 0, 2].map((r) => { agent.learn(pull(0, r)); return agent.view().estimates![0]; });
    expect(seen[0]).toBeCloseTo(1, 12);
    expect(seen[1]).toBeCloseTo(0.5, 12);
    expect(seen[2]).toBeCloseTo(1, 12);
    expect(Array.from(agent.view().pulls!)).toEqual([3, 0, 0]);
  });

  it('α > 0 keeps a recency-weighted average', () => {
    // α = 0.5 from Q1 = 0 with rewards 1, 0, 2: 0.5, 0.25, 0.25 + 0.5·(2 − 0.25) = 1.125
    const agent = make({ epsilon: 0.1, alpha: 0.5, initialValue: 0 });
    const seen = [1, 0, 2].map((r) => { agent.learn(pull(0, r)); return agent.view().estimates![0]; });
    expect(seen[0]).toBeCloseTo(0.5, 12);
    expect(seen[1]).toBeCloseTo(0.25, 12);
    expect(seen[2]).toBeCloseTo(1.125, 12);
  });

  it('optimistic Q1 with constant α decays slowly and drives greedy exploration', () => {
    // Q1 = 5, α = 0.1, reward 0 on arm 0: 5 + 0.1·(0 − 5) = 4.5 < 5, so greedy (ε = 0) now avoids arm 0.
    const agent = make({ epsilon: 0, alpha: 0.1, initialValue: 5 }, 2);
    expect(Array.from(agent.view().estimates!)).toEqual([5, 5]);
    agent.learn(pull(0, 0));
    expect(agent.view().estimates![0]).toBeCloseTo(4.5, 12);
    for (let i = 0; i < 20; i++) expect(agent.act(0)).toBe(1);
  });

  it('with sample averages the first reward replaces an optimistic Q1', () => {
    // step 1/1: Q = 5 + 1·(0.3 − 5) = 0.3
    const agent = make({ epsilon: 0, alpha: 0, initialValue: 5 }, 2);
    agent.learn(pull(1, 0.3));
    expect(agent.view().estimates![1]).toBeCloseTo(0.3, 12);
    expect(agent.stateValue!(0)).toBe(5);
  });

  it('setParams changes ε live without losing the estimates', () => {
    const agent = make({ epsilon: 0, alpha: 0, initialValue: 0 }, 4, 7);
    agent.learn(pull(2, 1));
    const greedy = Array.from({ length: 200 }, () => agent.act(0));
    expect(greedy.every((a) => a === 2)).toBe(true);
    agent.setParams({ epsilon: 1, alpha: 0, initialValue: 0 });
    // ε = 1 is uniform: 400 draws hit every one of 4 arms (a miss has probability < 4·0.75^400).
    const random = new Set(Array.from({ length: 400 }, () => agent.act(0)));
    expect(random.size).toBe(4);
    expect(agent.view().estimates![2]).toBe(1);
  });
});
