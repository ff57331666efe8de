// The exploring Q-learners: hand-worked updates for the 1/n and constant step sizes, optimistic starts, UCB-Q's step
// (H+1)/(H+n) and bonus c·√(ln t / n), the model-free count bonus β/√n, and each rule's action choice.
import { describe, expect, it } from 'vitest';
import {
  countBonus, createExploringQ, ucbBonus, ucbStepSize, type ExploringQSettings,
} from '../../../../src/core/agents/exploration/exploring-q-learning.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

const BASE: ExploringQSettings = {
  rule: 'epsilon-greedy', gamma: 1, horizon: 2, epsilon: 0, epsilonDecay: false, temperature: 0.1, q0: 0,
  stepSize: '1/n', alpha: 0.5, ucbC: 1, beta: 0.5,
};
const make = (settings: Partial<ExploringQSettings>, states = 3, actions = 2) =>
  createExploringQ({ observationSpace: discrete(states), actionSpace: discrete(actions), rng: createRng(1) }, { ...BASE, ...settings });
const end = (obs: number, action: number, reward: number) => ({ obs, action, reward, nextObs: 2, terminated: true, truncated: false });

describe('exploring Q-learning', () => {
  it('with step 1/n, Q(s,a) is the mean of its targets; a constant step moves α of the way', () => {
    const mean = make({});
    mean.learn(end(0, 1, 1));
    mean.learn(end(0, 1, 0));
    mean.learn(end(0, 1, 0.5));
    expect(mean.view().actionValues![1]).toBeCloseTo(0.5, 12);
    const constant = make({ stepSize: 'constant', alpha: 0.5 });
    constant.learn(end(0, 1, 1));
    constant.learn(end(0, 1, 0));
    // 0 → 0.5 → 0.25.
    expect(constant.view().actionValues![1]).toBeCloseTo(0.25, 12);
  });

  it('bootstraps from max Q(s′) unless the transition terminated', () => {
    const agent = make({});
    agent.learn(end(1, 0, 2));
    agent.learn({ obs: 0, action: 0, reward: 1, nextObs: 1, terminated: false, truncated: false });
    expect(agent.view().actionValues![0]).toBeCloseTo(3, 12);
  });

  it('starts every value at Q₀ for the optimistic rule and acts greedily on it', () => {
    const agent = make({ rule: 'optimistic', q0: 1 });
    expect(Array.from(agent.view().actionValues!)).toEqual([1, 1, 1, 1, 1, 1]);
    // A tried action falls to its target (step 1/n = 1): the untried one is now preferred.
    agent.learn(end(0, 0, -0.1));
    for (let i = 0; i < 20; i++) expect(agent.act(0)).toBe(1);
  });

  it('UCB-Q: starts at H, steps (H+1)/(H+n) with bonus c·√(ln t / n), and caps the next value at H', () => {
    expect(ucbStepSize(2, 1)).toBe(1);
    expect(ucbStepSize(2, 2)).toBe(0.75);
    expect(ucbBonus(1, 1, 1)).toBe(0);
    expect(ucbBonus(2, Math.E ** 4, 4)).toBeCloseTo(2, 12);
    const agent = make({ rule: 'ucb', horizon: 2 });
    expect(agent.view().actionValues![0]).toBe(2);
    agent.learn(end(0, 0, 0.5));
    // t = 1, n = 1: η = 1, bonus 0: Q = 0.5.
    expect(agent.view().actionValues![0]).toBeCloseTo(0.5, 12);
    agent.learn(end(0, 0, 0.5));
    // t = 2, n = 2: η = 3/4, bonus √(ln 2 / 2).
    expect(agent.view().actionValues![0]).toBeCloseTo(0.25 * 0.5 + 0.75 * (0.5 + Math.sqrt(Math.log(2) / 2)), 12);
    // Not terminal: the next state's value (still H = 2 untried) counts at most H.
    agent.learn({ obs: 1, action: 0, reward: 0, nextObs: 0, terminated: false, truncated: false });
    expect(agent.view().actionValues![2]).toBeLessThanOrEqual(2 + ucbBonus(1, 3, 1));
  });

  it('the model-free count bonus adds β/√n, never increases with n, and vanishes at β = 0', () => {
    expect(countBonus(0.5, 1)).toBe(0.5);
    expect(countBonus(0.5, 4)).toBe(0.25);
    for (let n = 1; n < 50; n++) expect(countBonus(0.3, n + 1)).toBeLessThanOrEqual(countBonus(0.3, n));
    const bonus = make({ rule: 'count-bonus', beta: 0.5 });
    bonus.learn(end(0, 0, 0));
    expect(bonus.view().actionValues![0]).toBeCloseTo(0.5, 12);
    expect(bonus.view().bonus![0]).toBeCloseTo(0.5, 12);
    const none = make({ rule: 'count-bonus', beta: 0 });
    none.learn(end(0, 0, 0.3));
    expect(none.view().actionValues![0]).toBeCloseTo(0.3, 12);
  });

  it('ε-greedy explores at rate ε (decaying per episode when asked); Boltzmann follows exp(Q/τ)', () => {
    const agent = make({ epsilon: 0.2 }, 1, 2);
    agent.learn({ obs: 0, action: 1, reward: 1, nextObs: 0, terminated: true, truncated: false });
    let other = 0;
    for (let i = 0; i < 20_000; i++) if (agent.act(0) === 0) other++;
    expect(other / 20_000).toBeCloseTo(0.1, 2);
    const decaying = make({ epsilon: 0.2, epsilonDecay: true }, 1, 2);
    for (let e = 0; e < 100; e++) decaying.learn({ obs: 0, action: 1, reward: 1, nextObs: 0, terminated: true, truncated: false });
    // After 100 episodes ε = 0.2 / 2: the policy puts 0.05 on the other action.
    expect(decaying.view().policy![0]).toBeCloseTo(0.05, 12);
    const soft = make({ rule: 'boltzmann', temperature: 0.5 }, 1, 2);
    soft.learn({ obs: 0, action: 1, reward: 1, nextObs: 0, terminated: true, truncated: false });
    expect(soft.view().policy![1]).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
  });

  it('refuses settings out of range', () => {
    expect(() => make({ epsilon: 1.5 })).toThrow(RangeError);
    expect(() => make({ temperature: 0 })).toThrow(RangeError);
    expect(() => make({ beta: -1 })).toThrow(RangeError);
  });
});
