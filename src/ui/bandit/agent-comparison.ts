// The agents' numbers after the same number of pulls as the human: cumulative regret at step n − 1, and reward and
// % optimal action averaged over steps 0..n − 1, from the per-step mean series of the metrics store.
import { seriesKey, type SeriesData } from '../../state/metrics-store.ts';

export interface AgentAtPulls {
  readonly agentId: string;
  /** Steps every one of the agent's bandit series has reached. */
  readonly stepsAvailable: number;
  /** Null until the agent has made `pulls` steps. */
  readonly regret: number | null;
  readonly averageReward: number | null;
  readonly optimalFraction: number | null;
}

function averageOfFirst(values: readonly number[], n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  return sum / n;
}

export function agentAtPulls(series: Readonly<Record<string, SeriesData>>, agentId: string, pulls: number): AgentAtPulls {
  const reward = series[seriesKey(agentId, 'bandit/reward')]?.mean ?? [];
  const regret = series[seriesKey(agentId, 'bandit/regret')]?.mean ?? [];
  const optimal = series[seriesKey(agentId, 'bandit/optimal-action')]?.mean ?? [];
  const stepsAvailable = Math.min(reward.length, regret.length, optimal.length);
  const reached = pulls > 0 && stepsAvailable >= pulls;
  return {
    agentId,
    stepsAvailable,
    regret: reached ? regret[pulls - 1] : null,
    averageReward: reached ? averageOfFirst(reward, pulls) : null,
    optimalFraction: reached ? averageOfFirst(optimal, pulls) : null,
  };
}
