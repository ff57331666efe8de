// UCB1 (Auer et al. 2002; S&B eq. 2.10): each arm once first, hand-worked bonus choice, c = 0 is greedy.
import { describe, it, expect } from 'vitest';
import { createUcb1 } from '../../../../src/core/agents/bandit/ucb1.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

const make = (c: number, arms: number, seed = 3) =>
  createUcb1({ observationSpace: discrete(1), actionSpace: discrete(arms), rng: createRng(seed) }, { c });
const pull = (action: number, reward: number) => ({ obs: 0, action, reward, nextObs: 0, terminated: false, truncated: false });

describe('ucb1', () => {
  it('pulls every arm once before repeating one', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const agent = make(2, 5, seed);
      const first = Array.from({ length: 5 }, () => {
        const a = agent.act(0);
        agent.learn(pull(a, 10)); // a huge reward would make a greedy agent stick to its first arm
        return a;
      });
      expect(new Set(first).size).toBe(5);
    }
  });

  it('c = 0 acts greedily on the sample averages', () => {
    const agent = make(0, 3);
    [[0, 0.2], [1, 0.9], [2, 0.5], [1, 0.7]].forEach(([a, r]) => agent.learn(pull(a, r)));
    // means: arm 0 = 0.2, arm 1 = (0.9 + 0.7)/2 = 0.8, arm 2 = 0.5
    expect(agent.view().estimates![1]).toBeCloseTo(0.8, 12);
    for (let i = 0; i < 20; i++) expect(agent.act(0)).toBe(1);
  });

  it('the bonus can outweigh a better mean', () => {
    // arm 0: 4 pulls of 0.6 (mean 0.6); arm 1: 1 pull of 0.3. The next pull is t = 6, c = 1:
    // arm 0: 0.6 + sqrt(ln 6 / 4) = 0.6 + 0.6693 = 1.2693; arm 1: 0.3 + sqrt(ln 6 / 1) = 0.3 + 1.3386 = 1.6386 → arm 1
    const agent = make(1, 2);
    [0, 0, 0, 0].forEach((a) => agent.learn(pull(a, 0.6)));
    agent.learn(pull(1, 0.3));
    expect(agent.act(0)).toBe(1);
    agent.setParams({ c: 0 }); // live: the same counts, now greedy → arm 0
    expect(agent.act(0)).toBe(0);
  });

  it('view() shows the bonus the next choice adds: c·sqrt(ln t / N) with t the next pull, ∞ if unpulled', () => {
    // after 5 pulls the next is t = 6: arm 0 (N = 4): 2·sqrt(ln 6 / 4) = 1.3386; arm 1 (N = 1): 2·sqrt(ln 6) = 2.6773
    const agent = make(2, 3);
    [0, 0, 0, 0, 1].forEach((a) => agent.learn(pull(a, 0)));
    const u = agent.view().uncertainty!;
    expect(u[0]).toBeCloseTo(2 * Math.sqrt(Math.log(6) / 4), 12);
    expect(u[1]).toBeCloseTo(2 * Math.sqrt(Math.log(6)), 12);
    expect(u[2]).toBe(Infinity);
  });

  it('view() shows the index the next choice ranks by: estimate + bonus', () => {
    // c = √2; arm 0: 0.2, 0.4 (Q = 0.3, N = 2); arm 1: 1 (N = 1). Next t = 4: arm 0: 0.3 + √2·√(ln 4 / 2) = 0.3 + √(ln 4)
    // = 0.3 + 1.177410 = 1.477410; arm 1: 1 + √2·√(ln 4) = 1 + 1.665109 = 2.665109.
    const agent = make(Math.SQRT2, 2);
    [[0, 0.2], [0, 0.4], [1, 1]].forEach(([a, r]) => agent.learn(pull(a, r)));
    const v = agent.view();
    expect(v.indices![0]).toBeCloseTo(1.477410, 6);
    expect(v.indices![1]).toBeCloseTo(2.665109, 6);
    expect(v.indexLabel).toBe('UCB1 index');
    expect(agent.act(0)).toBe(1);
  });
});
