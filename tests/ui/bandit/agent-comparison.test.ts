// The agents' numbers after n pulls: regret at index n − 1, reward and % optimal averaged over the first n steps.
import { describe, it, expect } from 'vitest';
import { agentAtPulls } from '../../../src/ui/bandit/agent-comparison.ts';
import { seriesKey, type SeriesData } from '../../../src/state/metrics-store.ts';

const data = (mean: number[]): SeriesData => ({ mean, lo: mean, hi: mean });
const series = {
  [seriesKey('ucb1', 'bandit/reward')]: data([1, 0, 2, 5]),
  [seriesKey('ucb1', 'bandit/regret')]: data([0.5, 1.5, 1.5, 2]),
  [seriesKey('ucb1', 'bandit/optimal-action')]: data([0, 0, 1, 1]),
};

describe('agentAtPulls', () => {
  it('reads regret at n − 1 and averages reward and optimal action over n steps', () => {
    expect(agentAtPulls(series, 'ucb1', 3)).toEqual({
      agentId: 'ucb1', stepsAvailable: 4, regret: 1.5, averageReward: 1, optimalFraction: 1 / 3,
    });
    expect(agentAtPulls(series, 'ucb1', 4)).toMatchObject({ regret: 2, averageReward: 2, optimalFraction: 0.5 });
  });

  it('says when the agent has not reached that many steps, or there is nothing to compare', () => {
    expect(agentAtPulls(series, 'ucb1', 5)).toMatchObject({ stepsAvailable: 4, regret: null, averageReward: null, optimalFraction: null });
    expect(agentAtPulls(series, 'greedy', 1)).toMatchObject({ stepsAvailable: 0, regret: null });
    expect(agentAtPulls(series, 'ucb1', 0)).toMatchObject({ regret: null });
  });
});
