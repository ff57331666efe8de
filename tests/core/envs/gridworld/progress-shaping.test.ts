// Progress shaping: breadth-first distances to the goals that pay at least 1 (walls and holes in the way), and the
// shaped model pays c·(d(s) − d(s′)) on top of the original reward.
import { describe, expect, it } from 'vitest';
import { distanceToGoals, shapeByProgress } from '../../../../src/core/envs/gridworld/progress-shaping.ts';
import { buildGridModel } from '../../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';

const layout = parseGridSpec({
  rows: ['S.#G', '....'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0,
});

describe('progress shaping', () => {
  it('measures moves to the goal around walls', () => {
    const d = Array.from(distanceToGoals(layout));
    // The wall forces a detour through row 1: (1,3) is 1 move from the goal (up), (1,0) is 4, and the start 5.
    expect(d).toEqual([5, 4, Infinity, 0, 4, 3, 2, 1]);
  });

  it('ignores goals paying less than 1 (a distractor is not a target)', () => {
    const d = distanceToGoals(parseGridSpec({
      rows: ['G.S.G', '.....'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0, goalRewards: [[0, 0.3]],
    }));
    expect(d[2]).toBe(2);
    expect(d[1]).toBe(3);
  });

  it('does not route through a cliff (it sends the agent back to the start)', () => {
    const d = distanceToGoals(parseGridSpec({
      rows: ['.....', 'SCCCG'], stepReward: 0, goalReward: 1, cliffReward: -1, holeReward: 0, slip: 0,
    }));
    // Up, four steps right, down: 6 moves.
    expect(d[5]).toBe(6);
    expect(d[6]).toBe(Infinity);
  });

  it('adds c·(d(s) − d(s′)) to each transition', () => {
    const model = buildGridModel(layout);
    const shaped = shapeByProgress(model, layout, 0.1);
    // From (1,1) (d 3) moving right to (1,2) (d 2): +0.1; moving left to (1,0) (d 4): −0.1; into the goal: +1 + 0.1.
    const at = (s: number, a: number) => (s * 4 + a) * 3;
    expect(shaped.reward[at(5, 1)]).toBeCloseTo(0.1, 12);
    expect(shaped.reward[at(5, 3)]).toBeCloseTo(-0.1, 12);
    expect(shaped.reward[at(7, 0)]).toBeCloseTo(1 + 0.1, 12);
    // The original model is untouched.
    expect(model.reward[at(5, 1)]).toBe(0);
    expect(() => shapeByProgress(model, layout, -1)).toThrow(RangeError);
  });
});
