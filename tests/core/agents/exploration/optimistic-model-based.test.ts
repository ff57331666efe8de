// The model-based explorers: untried actions are worth V_max = H·(1 + b_max); a tried pair is worth its mean reward
// plus its bonus plus the planned future; MBIE-EB's β/√n, MEX's 1/(η·n), and the reward-free agent, which ignores the
// reward for K episodes and plans for it afterwards.
import { describe, expect, it } from 'vitest';
import {
  createOptimisticModelBased, modelBonus, type OptimisticModelSettings,
} from '../../../../src/core/agents/exploration/optimistic-model-based.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

const BASE: OptimisticModelSettings = { variant: 'mbie-eb', gamma: 1, horizon: 2, beta: 0.5, eta: 2, rewardFreeEpisodes: 2 };
const make = (settings: Partial<OptimisticModelSettings>) =>
  createOptimisticModelBased({ observationSpace: discrete(3), actionSpace: discrete(2), rng: createRng(1) }, { ...BASE, ...settings });
const step = (obs: number, action: number, reward: number, nextObs: number, terminated: boolean) =>
  ({ obs, action, reward, nextObs, terminated, truncated: false });

describe('optimistic model-based exploration', () => {
  it('values untried actions at H·(1 + b_max) and a tried terminal pair at r̂ + β/√n', () => {
    const agent = make({});
    expect(agent.view().actionValues![0]).toBeCloseTo(2 * 1.5, 12);
    agent.learn(step(0, 0, 0.2, 1, true));
    agent.learn(step(0, 0, 0.6, 1, true));
    const q = agent.view().actionValues!;
    expect(q[0]).toBeCloseTo(0.4 + 0.5 / Math.sqrt(2), 12);
    expect(q[1]).toBeCloseTo(3, 12);
    // Greedy: the untried action.
    expect(agent.act(0)).toBe(1);
  });

  it('plans through the empirical transitions: Q(s,a) = r̂ + b + γ·V(s′)', () => {
    const agent = make({ gamma: 0.5 });
    // Two episodes: 0 --a0--> 1 (reward 0), then 1 --a0--> end (reward 1); 0 --a0--> 1, then 1 --a1--> end (reward 0).
    // The agent plans when an episode ends.
    agent.learn(step(0, 0, 0, 1, false));
    agent.learn(step(1, 0, 1, 2, true));
    agent.learn(step(0, 0, 0, 1, false));
    agent.learn(step(1, 1, 0, 2, true));
    const q = agent.view().actionValues!;
    expect(q[2]).toBeCloseTo(1 + 0.5, 12);
    expect(q[3]).toBeCloseTo(0 + 0.5, 12);
    // n(0, a0) = 2: r̂ 0, bonus 0.5/√2, future 0.5·V(1) = 0.5·1.5.
    expect(q[0]).toBeCloseTo(0.5 / Math.sqrt(2) + 0.5 * 1.5, 12);
    expect(agent.stateValue!(1)).toBeCloseTo(1.5, 12);
  });

  it('MEX-style: the bonus is 1/(η·n)', () => {
    expect(modelBonus({ ...BASE, variant: 'mex', eta: 2 }, 1, false)).toBe(0.5);
    expect(modelBonus({ ...BASE, variant: 'mex', eta: 2 }, 4, false)).toBe(0.125);
    const agent = make({ variant: 'mex', eta: 2 });
    agent.learn(step(0, 0, 0.1, 1, true));
    expect(agent.view().actionValues![0]).toBeCloseTo(0.1 + 0.5, 12);
  });

  it('reward-free: ignores the reward for K episodes, then plans for it without a bonus', () => {
    const agent = make({ variant: 'reward-free', rewardFreeEpisodes: 2 });
    agent.learn(step(0, 0, 1, 1, true));
    // Episode 1 of 2: exploring, r̂ ignored, bonus β/√1; untried worth H·β.
    expect(agent.view().actionValues![0]).toBeCloseTo(0.5, 12);
    expect(agent.view().actionValues![1]).toBeCloseTo(1, 12);
    agent.learn(step(0, 1, 0, 1, true));
    // K episodes done: plan for the reward seen, no bonus, over tried actions only (untried ones are left out).
    const q = agent.view().actionValues!;
    expect(q[0]).toBeCloseTo(1, 12);
    expect(q[1]).toBeCloseTo(0, 12);
    expect(agent.view().actionValues![2]).toBe(-Infinity);
    expect(agent.act(0)).toBe(0);
    expect(agent.view().bonus![0]).toBe(0);
  });

  it('reports the chance of reaching each goal by planning on tried moves only', () => {
    const agent = createOptimisticModelBased(
      { observationSpace: discrete(4), actionSpace: discrete(2), rng: createRng(1) }, { ...BASE, horizon: 3, goals: [2, 3] });
    // From the start 0: a0 went to 1 twice, a1 to 2 once and to 0 once; from 1, a0 ended the episode.
    agent.learn(step(0, 0, 0, 1, false));
    agent.learn(step(1, 0, 0, 3, true));
    agent.learn(step(0, 0, 0, 1, false));
    agent.learn(step(0, 1, 0, 2, false));
    agent.learn(step(0, 1, 0, 0, false));
    const reach = agent.view().goalReach!;
    // Goal 2: a1 from the start reaches it half the time, and the other half comes back to try again (3 steps).
    expect(reach[0]).toBeCloseTo(0.5 + 0.5 * 0.5 + 0.25 * 0.5, 12);
    // Goal 3 was never entered (the episode ended instead): no tried move leads there.
    expect(reach[1]).toBe(0);
  });

  it('refuses settings out of range', () => {
    expect(() => make({ eta: 0 })).toThrow(RangeError);
    expect(() => make({ beta: -0.1 })).toThrow(RangeError);
    expect(() => make({ rewardFreeEpisodes: 2.5 })).toThrow(RangeError);
  });
});
