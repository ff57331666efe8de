// The Deep Sea lessons through the engine as the page and the sweep run them (seeded, 5 seeds × 2,000 episodes):
// ε-greedy never finds the treasure at N = 12; the count bonus finds it at N = 20 in every seed, as the catalogue's
// reference measurement says (about 145–205 episodes); dithering's first success grows like 2^N, the bonus's
// polynomially; the model-free count bonus does not work.
import { describe, expect, it } from 'vitest';
import { findDemo } from '../../src/demos/registry.ts';
import { defaultExperiment, presetExperiment } from '../../src/state/experiment-url.ts';
import { censoredMedian, sweepPoint, type SweepOptions } from '../../src/engine/first-success-sweep.ts';
import { createRun } from '../../src/engine/run.ts';
import { windowMean } from '../fidelity/fidelity-helpers.ts';

const demo = findDemo('deep-sea')!;
const params = defaultExperiment(demo).params;
const options = (agents: string[]): SweepOptions => ({ agents, sizes: [], seeds: 5, maxEpisodes: 2000 });

describe('deep-sea lessons', () => {
  it('ε-greedy does not reach the treasure at N = 12 within 2,000 episodes, in any seed', () => {
    const point = sweepPoint(demo, params, 1, 'epsilon-greedy', 12, options(['epsilon-greedy']));
    expect(point.firstSuccess).toEqual([null, null, null, null, null]);
    expect(point.median).toBeNull();
  });

  it('the count bonus (MBIE-EB) reaches it at N = 20 within 2,000 episodes in most seeds', () => {
    const point = sweepPoint(demo, params, 1, 'count-bonus', 20, options(['count-bonus']));
    // Measured: 148, 184, 202, 182, 203.
    expect(point.firstSuccess.filter((f) => f !== null).length).toBeGreaterThanOrEqual(4);
    expect(point.median!).toBeGreaterThan(100);
    expect(point.median!).toBeLessThan(300);
  });

  it('grows like 2^N for Boltzmann dithering and polynomially for the count bonus', () => {
    const at = (agent: string, size: number) => sweepPoint(demo, params, 1, agent, size, options([agent])).median!;
    // Boltzmann: each 4 more rows multiply the episodes needed by about 2^4 (measured 19 → 256 from N = 4 to 8).
    expect(at('boltzmann', 8) / at('boltzmann', 4)).toBeGreaterThan(6);
    // Count bonus: N = 10 → 20 multiplies the episodes by far less than 2^10 (measured about 5).
    expect(at('count-bonus', 20) / at('count-bonus', 10)).toBeLessThan(12);
  });

  it('the model-free count bonus never succeeds, even at N = 6; optimistic values with a constant step do', () => {
    expect(sweepPoint(demo, params, 1, 'count-bonus-q', 6, options(['count-bonus-q'])).median).toBeNull();
    const constant = presetExperiment(demo, 'optimism-vs-cost', defaultExperiment(demo)).params;
    expect(sweepPoint(demo, constant, 1, 'optimistic', 10, options(['optimistic'])).median).not.toBeNull();
  });

  it('reward-free: ignores the treasure until K episodes are over, then earns 0.99 per episode', () => {
    const run = createRun(demo, { ...params, size: 8, rewardFreeEpisodes: 100 }, 1, { runs: 5, agents: ['reward-free'] });
    run.runEpisodes(150);
    const returns = run.series('reward-free', 'episode/return').mean;
    // Measured: the exploring phase passes through the treasure in a few episodes only.
    expect(windowMean(returns, 0, 100)).toBeLessThan(0.2);
    expect(windowMean(returns, 100, 150)).toBeCloseTo(0.99, 6);
    // Planning on what it has seen reaches every one of the 20 goal cells chosen in advance (measured: all 5 runs).
    for (let r = 0; r < 5; r++) expect(Array.from(run.view('reward-free', r).agent.goalReach!).every((p) => p > 0.999)).toBe(true);
    run.dispose();
  });
});

describe('deep-sea: reward-free after its phase', () => {
  it('plans over what it has tried: no new moves once K episodes are over, even with coverage incomplete', () => {
    const run = createRun(demo, { ...params, size: 30, rewardFreeEpisodes: 50 }, 1, { runs: 1, agents: ['reward-free'] });
    const tried = () => Array.from(run.view('reward-free').agent.visits!).filter((n) => n > 0).length;
    run.runEpisodes(50);
    const afterPhase = tried();
    // Far from all 30·31 reachable moves have been tried in 50 episodes.
    expect(afterPhase).toBeLessThan(30 * 31);
    run.runEpisodes(100);
    expect(tried()).toBe(afterPhase);
    run.dispose();
  });
});

describe('deep-sea: RiverSwim', () => {
  it('ε-greedy stays at the bank; the count bonus gets upstream within a few episodes and earns near the optimum', () => {
    const experiment = presetExperiment(demo, 'river-swim', defaultExperiment(demo));
    const run = createRun(demo, experiment.params, 1, { runs: 5, agents: ['epsilon-greedy', 'count-bonus'] });
    run.runEpisodes(300);
    const late = (agent: string) => windowMean(run.series(agent, 'episode/return').mean, 200, 300);
    // Measured (500 episodes): ε-greedy 0.14 per episode, never upstream; count bonus 7.4 (optimum 7.1 in expectation).
    expect(late('epsilon-greedy')).toBeLessThan(0.5);
    expect(late('count-bonus')).toBeGreaterThan(6);
    expect(run.view('count-bonus', 0).env).toMatchObject({ kind: 'river-swim', size: 6 });
    run.dispose();
  });
});

describe('censoredMedian', () => {
  it('sorts misses last and returns null when they reach the middle', () => {
    expect(censoredMedian([5, 1, 3])).toBe(3);
    expect(censoredMedian([4, 2, 8, 6])).toBe(5);
    expect(censoredMedian([null, 2, 3])).toBe(3);
    expect(censoredMedian([null, null, 3])).toBeNull();
    expect(censoredMedian([null, 2, 3, 4])).toBe(3.5);
    expect(censoredMedian([null, null, 3, 4])).toBeNull();
    expect(censoredMedian([])).toBeNull();
  });
});
