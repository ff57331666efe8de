// Sutton & Barto (2018) Figures 2.2–2.5 on the 10-armed testbed at the book's scale: 2000 runs × 1000 steps.
// Levels are read off the book's figures; each band is wide enough for sampling noise, narrow enough to catch a bug.
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { windowMean } from './fidelity-helpers.ts';

const testbed = findDemo('ten-armed-testbed')!;

function curves(params: Record<string, unknown>, agent: string) {
  const run = createRun(testbed, params, 1, { runs: 2000, agents: [agent] });
  run.step(1000);
  return {
    reward: run.series(agent, 'bandit/reward').mean,
    optimal: run.series(agent, 'bandit/optimal-action').mean,
  };
}
const last100 = (values: number[]) => windowMean(values, 900, 1000);

describe('Figure 2.2: greedy vs ε-greedy, sample averages', () => {
  const greedy = curves({ alpha: 0 }, 'greedy');
  const eps01 = curves({ alpha: 0, epsilon: 0.01 }, 'epsilon-greedy');
  const eps1 = curves({ alpha: 0, epsilon: 0.1 }, 'epsilon-greedy');

  it('reaches the book’s average-reward levels: ≈1.0 greedy, ≈1.3 ε=0.01, ≈1.4 ε=0.1', () => {
    expect(last100(greedy.reward)).toBeGreaterThan(0.95);
    expect(last100(greedy.reward)).toBeLessThan(1.1);
    expect(last100(eps01.reward)).toBeGreaterThan(1.22);
    expect(last100(eps01.reward)).toBeLessThan(1.38);
    expect(last100(eps1.reward)).toBeGreaterThan(1.3);
    expect(last100(eps1.reward)).toBeLessThan(1.45);
  });

  it('reaches the book’s % optimal action: ≈36% greedy, ≈55% ε=0.01, ≈80% ε=0.1', () => {
    expect(last100(greedy.optimal)).toBeGreaterThan(0.3);
    expect(last100(greedy.optimal)).toBeLessThan(0.43);
    expect(last100(eps01.optimal)).toBeGreaterThan(0.5);
    expect(last100(eps01.optimal)).toBeLessThan(0.68);
    expect(last100(eps1.optimal)).toBeGreaterThan(0.75);
    expect(last100(eps1.optimal)).toBeLessThan(0.85);
  });

  it('has ε=0.1 learn faster early while ε=0.01 is still climbing at the end', () => {
    expect(windowMean(eps1.optimal, 100, 200)).toBeGreaterThan(windowMean(eps01.optimal, 100, 200) + 0.15);
    expect(windowMean(eps01.optimal, 900, 1000)).toBeGreaterThan(windowMean(eps01.optimal, 400, 500) + 0.03);
  });
});

describe('Figure 2.3: optimistic initial values', () => {
  const optimistic = curves({ alpha: 0.1, initialValue: 5 }, 'optimistic-greedy');
  const realistic = curves({ alpha: 0.1, epsilon: 0.1 }, 'epsilon-greedy');

  it('starts worse, spikes at step 11, and ends above realistic ε-greedy', () => {
    expect(windowMean(optimistic.optimal, 0, 10)).toBeLessThan(windowMean(realistic.optimal, 0, 10));
    expect(optimistic.optimal[10]).toBeGreaterThan(0.35);
    expect(optimistic.optimal[10]).toBeGreaterThan(optimistic.optimal[9] + 0.2);
    expect(last100(optimistic.optimal)).toBeGreaterThan(0.8);
    expect(last100(optimistic.optimal)).toBeLessThan(0.92);
    expect(last100(realistic.optimal)).toBeGreaterThan(0.7);
    expect(last100(optimistic.optimal)).toBeGreaterThan(last100(realistic.optimal) + 0.04);
  });
});

describe('Figure 2.4: UCB vs ε-greedy', () => {
  const ucb = curves({ c: 2 }, 'ucb1');
  const eps = curves({ alpha: 0, epsilon: 0.1 }, 'epsilon-greedy');

  it('earns more reward than ε-greedy (≈1.5 vs ≈1.35) after a spike at step 11', () => {
    expect(last100(ucb.reward)).toBeGreaterThan(1.42);
    expect(last100(ucb.reward)).toBeLessThan(1.58);
    expect(last100(ucb.reward)).toBeGreaterThan(last100(eps.reward) + 0.05);
    expect(windowMean(ucb.reward, 50, 1000)).toBeGreaterThan(windowMean(eps.reward, 50, 1000));
    expect(ucb.reward[10]).toBeGreaterThan(ucb.reward[9] + 0.8);
  });
});

describe('Figure 2.5: gradient bandit with and without baseline, q* centred at +4', () => {
  const run = (alpha: number, baseline: boolean) => last100(curves({ qStarMean: 4, gradientAlpha: alpha, baseline }, 'gradient-bandit').optimal);
  const withBaseline01 = run(0.1, true);
  const withBaseline04 = run(0.4, true);
  const without01 = run(0.1, false);
  const without04 = run(0.4, false);

  it('orders the four curves as the book does, at its levels', () => {
    expect(withBaseline01).toBeGreaterThan(0.78);
    expect(withBaseline01).toBeLessThan(0.9);
    expect(withBaseline04).toBeGreaterThan(0.66);
    expect(withBaseline04).toBeLessThan(0.8);
    expect(without01).toBeGreaterThan(0.4);
    expect(without01).toBeLessThan(0.6);
    expect(without04).toBeGreaterThan(0.18);
    expect(without04).toBeLessThan(0.36);
    expect(withBaseline01).toBeGreaterThan(withBaseline04);
    expect(withBaseline04).toBeGreaterThan(without01);
    expect(without01).toBeGreaterThan(without04);
  });
});
