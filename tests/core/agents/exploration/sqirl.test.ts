// SQIRL, tabular: stage by stage it fixes one timestep's action; with k = 1 it is greedy on the random
// continuation's returns, so on the two-step choice whose min-k is 2 (tests/core/algorithms/k-qvi.test.ts) it can
// settle for the early 0.5, and with k = 2 it takes the path to 1; it follows its learned actions at earlier
// timesteps and acts at random later; it stops adding stages once episodes end before the next timestep.
import { describe, expect, it } from 'vitest';
import { createSqirl, type SqirlSettings } from '../../../../src/core/agents/exploration/sqirl.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

/**
 * The two-step choice: state 0, action 0 ends with 0.5, action 1 goes to state 1 (reward 0); in state 1 action 0
 * ends with 1 and action 1 ends with 0. Returns the episode's actions and return.
 */
function episode(agent: ReturnType<typeof createSqirl>): { actions: number[]; ret: number } {
  const actions: number[] = [];
  let s = 0;
  let ret = 0;
  for (;;) {
    const a = agent.act(s);
    actions.push(a);
    const [next, r, end] = s === 0 ? (a === 0 ? [0, 0.5, true] : [1, 0, false]) : [1, a === 0 ? 1 : 0, true];
    agent.learn({ obs: s, action: a, reward: r, nextObs: next as number, terminated: end as boolean, truncated: false });
    ret += r as number;
    if (end) return { actions, ret };
    s = next as number;
  }
}

const make = (settings: Partial<SqirlSettings>, seed = 1) => createSqirl(
  { observationSpace: discrete(2), actionSpace: discrete(2), rng: createRng(seed) },
  { gamma: 1, k: 1, episodesPerStage: 400, horizon: 2, ...settings });

describe('SQIRL (tabular)', () => {
  it('with k = 1 is greedy on the random continuation: both first actions are worth 0.5, a coin flip', () => {
    // Q¹(0, a1) is the return of a random step in state 1: (1 + 0)/2 = 0.5, the same as Q¹(0, a0).
    const outcomes = [1, 2, 3, 4, 5, 6].map((seed) => {
      const agent = make({ k: 1 }, seed);
      for (let e = 0; e < 400; e++) episode(agent);
      return episode(agent).actions[0];
    });
    // Sampling noise decides: over six seeds both first actions appear.
    expect(new Set(outcomes).size).toBe(2);
  });

  it('with k = 2 fits one step of Q-iteration on the rollouts and takes the path to 1', () => {
    for (const seed of [1, 2, 3]) {
      const agent = make({ k: 2 }, seed);
      // Stage 0 (400 episodes) fixes the first action; stage 1 (400 more) the second.
      for (let e = 0; e < 800; e++) episode(agent);
      const last = episode(agent);
      expect(last.actions).toEqual([1, 0]);
      expect(last.ret).toBe(1);
    }
  });

  it('acts at random at timesteps it has not learned yet, and follows what it learned before them', () => {
    const agent = make({ k: 2, episodesPerStage: 50 });
    // Before any stage: random in state 0.
    const first = new Set<number>();
    for (let e = 0; e < 50; e++) first.add(episode(agent).actions[0]);
    expect(first.size).toBe(2);
    // After stage 0: the first action is fixed (1), the second still random.
    const seconds = new Set<number>();
    for (let e = 0; e < 40; e++) {
      const { actions } = episode(agent);
      expect(actions[0]).toBe(1);
      seconds.add(actions[1]);
    }
    expect(seconds.size).toBe(2);
  });

  it('shows the learned action of each state as its arrow, and random elsewhere', () => {
    const agent = make({ k: 2, episodesPerStage: 200 });
    for (let e = 0; e < 400; e++) episode(agent);
    const pi = Array.from(agent.view().policy!);
    expect(pi).toEqual([0, 1, 1, 0]);
  });

  it('refuses settings it cannot run', () => {
    expect(() => make({ k: 0 })).toThrow(RangeError);
    expect(() => make({ episodesPerStage: 2.5 })).toThrow(RangeError);
  });
});
