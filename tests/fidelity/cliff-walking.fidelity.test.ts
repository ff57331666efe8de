// Sutton & Barto (2018) Example 6.6: with ε = 0.1 and α = 0.5, SARSA's online return beats Q-learning's,
// Q-learning's greedy path runs along the cliff edge and SARSA's keeps away from it.
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { parseGridSpec } from '../../src/core/envs/gridworld/grid-layout.ts';
import { CLIFF_WALKING } from '../../src/core/envs/gridworld/grid-presets.ts';
import { greedyPathRows, windowMean } from './fidelity-helpers.ts';

const cliff = findDemo('cliff-walking')!;
const layout = parseGridSpec(CLIFF_WALKING);

describe('cliff walking, ε = 0.1, α = 0.5', () => {
  const run = createRun(cliff, { epsilon: 0.1, alpha: 0.5, gamma: 1 }, 1, { runs: 50, agents: ['q-learning', 'sarsa'] });
  run.runEpisodes(500);
  const sarsa = run.series('sarsa', 'episode/return').mean;
  const qLearning = run.series('q-learning', 'episode/return').mean;

  it('gives SARSA the better online return: about −25 against Q-learning’s −50', () => {
    const sarsaLate = windowMean(sarsa, 100, 500);
    const qLate = windowMean(qLearning, 100, 500);
    expect(sarsaLate).toBeGreaterThan(qLate + 15);
    expect(sarsaLate).toBeGreaterThan(-35);
    expect(sarsaLate).toBeLessThan(-18);
    expect(qLate).toBeGreaterThan(-62);
    expect(qLate).toBeLessThan(-40);
  });

  it('has Q-learning’s greedy path along the edge (the optimal 13 steps)', () => {
    expect(greedyPathRows(layout, run.view('q-learning').agent.actionValues!)).toEqual([
      '............',
      '............',
      '************',
      '*CCCCCCCCCCG',
    ]);
  });

  it('has SARSA’s greedy path keep off the row next to the cliff, taking a longer, safer way', () => {
    const rows = greedyPathRows(layout, run.view('sarsa').agent.actionValues!);
    // It may come down beside the goal, but never walks along the edge.
    expect(rows[2].slice(1, 10)).toBe('.........');
    // It reaches the goal from the cell above it; each '*' is one step, and there are more than the optimal 13.
    expect(rows[2][11]).toBe('*');
    expect(rows.join('').split('*').length - 1).toBeGreaterThan(13);
  });
});
