// Gradient bandit (S&B §2.8, eq. 2.12): softmax over preferences H, stochastic gradient ascent on expected reward,
// with the average reward R̄ as baseline (or none). Figure 2.5 compares both at α = 0.1 and 0.4.
import type { AgentContext, Learner, Transition, AgentView } from '../agent.ts';
import { gradientBanditUpdate, incrementalUpdate } from '../../algorithms/bandit-estimates.ts';
import { selectSoftmax, softmaxProbabilities } from '../../algorithms/exploration-policies.ts';
import { spaceSize } from '../../spaces/space.ts';

export interface GradientBanditSettings {
  readonly alpha: number;
  readonly baseline: boolean;
}

export function createGradientBandit(ctx: AgentContext, initial: GradientBanditSettings): Learner<GradientBanditSettings> {
  const arms = spaceSize(ctx.actionSpace);
  let settings = initial;
  const preferences = new Float64Array(arms);
  const policy = new Float64Array(arms);
  const pulls = new Float64Array(arms);
  let averageReward = 0;
  let t = 0;
  return {
    kind: 'learner',
    act: () => selectSoftmax(preferences, 0, arms, 1, ctx.rng, policy),
    learn(tr: Transition) {
      t++;
      pulls[tr.action]++;
      softmaxProbabilities(preferences, 0, arms, 1, policy);
      // R̄ includes the current reward (S&B 2nd-ed. draft wording; the standard reproduction of Figure 2.5 does the same).
      averageReward = incrementalUpdate(averageReward, tr.reward, 1 / t);
      gradientBanditUpdate(preferences, policy, tr.action, tr.reward, settings.baseline ? averageReward : 0, settings.alpha);
    },
    setParams(next) { settings = next; },
    stateValue: () => averageReward,
    view: (): AgentView => ({
      kind: 'bandit', nActions: arms, estimates: preferences.slice(), pulls: pulls.slice(),
      policy: softmaxProbabilities(preferences, 0, arms, 1, new Float64Array(arms)),
    }),
  };
}
