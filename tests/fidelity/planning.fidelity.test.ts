// Sutton & Barto (2018) Figure 8.2 (Dyna maze) and Example 6.5 (windy gridworld), reproduced in shape.
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { windowMean } from './fidelity-helpers.ts';

const playground = findDemo('gridworld-playground')!;

describe('Dyna maze, α = 0.1, ε = 0.1, γ = 0.95', () => {
  const lengths = (planningSteps: number) => {
    const run = createRun(playground, { map: 'dyna-maze', alpha: 0.1, epsilon: 0.1, gamma: 0.95, planningSteps }, 1, { runs: 30, agents: ['dyna-q'] });
    run.runEpisodes(50);
    return run.series('dyna-q', 'episode/length').mean;
  };
  const q = lengths(0);
  const dyna5 = lengths(5);
  const dyna50 = lengths(50);

  it('needs fewer episodes with more planning: n = 50 reaches the ~14-step path by episode 3, n = 0 takes ~25', () => {
    const firstShort = (ls: number[]) => ls.findIndex((l) => l < 25);
    expect(firstShort(dyna50)).toBeLessThanOrEqual(3);
    expect(firstShort(dyna5)).toBeLessThanOrEqual(8);
    expect(firstShort(q)).toBeGreaterThan(15);
    expect(windowMean(dyna50, 1, 10)).toBeLessThan(windowMean(dyna5, 1, 10));
    expect(windowMean(dyna5, 1, 10)).toBeLessThan(windowMean(q, 1, 10) / 3);
    // Everyone ends near the 14-step optimum plus ε-exploration.
    expect(windowMean(dyna50, 40, 50)).toBeLessThan(20);
    expect(windowMean(q, 40, 50)).toBeLessThan(22);
  });
});

describe('Windy gridworld, SARSA, ε = 0.1, α = 0.5', () => {
  it('learns to ride the wind: episodes shrink toward the 15-step optimum (plus ε-exploration detours)', () => {
    const run = createRun(playground, { map: 'windy', alpha: 0.5, epsilon: 0.1, gamma: 1 }, 1, { runs: 20, agents: ['sarsa'] });
    run.runEpisodes(300);
    const lengths = run.series('sarsa', 'episode/length').mean;
    expect(lengths[0]).toBeGreaterThan(300);
    expect(windowMean(lengths, 80, 100)).toBeLessThan(40);
    expect(windowMean(lengths, 280, 300)).toBeLessThan(windowMean(lengths, 80, 100));
    expect(windowMean(lengths, 280, 300)).toBeLessThan(23);
    expect(windowMean(lengths, 280, 300)).toBeGreaterThan(15);
  });
});
