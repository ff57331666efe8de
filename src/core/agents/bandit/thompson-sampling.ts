// Thompson sampling (Thompson 1933; Russo et al. 2018): draw a mean for each arm from its posterior, pull the best.
// Bernoulli arms: Beta(α, β) posteriors from a Beta(α₀, β₀) prior, (1, 1) unless set; α += r, β += 1 − r.
// Gaussian arms: conjugate normal posterior with known reward variance.
import type { AgentContext, Learner, Transition, AgentView } from '../agent.ts';
import { gaussianPosterior } from '../../algorithms/bandit-estimates.ts';
import { argmaxRandomTies, sampleBeta } from '../../rng/sampling.ts';
import { spaceSize } from '../../spaces/space.ts';

export type ThompsonSettings =
  | { readonly rewardModel: 'bernoulli'; readonly priorAlpha?: number; readonly priorBeta?: number }
  | { readonly rewardModel: 'gaussian'; readonly priorMean: number; readonly priorVariance: number; readonly noiseVariance: number };

export function createThompsonSampling(ctx: AgentContext, initial: ThompsonSettings): Learner<ThompsonSettings> {
  const arms = spaceSize(ctx.actionSpace);
  let settings = initial;
  const pulls = new Float64Array(arms);
  const rewardSums = new Float64Array(arms);
  const draws = new Float64Array(arms);

  const posterior = (a: number): [number, number] => {
    if (settings.rewardModel === 'bernoulli') {
      const alpha = (settings.priorAlpha ?? 1) + rewardSums[a];
      const beta = (settings.priorBeta ?? 1) + pulls[a] - rewardSums[a];
      const mean = alpha / (alpha + beta);
      return [mean, (alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1))];
    }
    return gaussianPosterior(settings.priorMean, settings.priorVariance, settings.noiseVariance, pulls[a], rewardSums[a]);
  };

  return {
    kind: 'learner',
    act() {
      for (let a = 0; a < arms; a++) {
        if (settings.rewardModel === 'bernoulli') {
          const alpha = (settings.priorAlpha ?? 1) + rewardSums[a];
          draws[a] = sampleBeta(alpha, (settings.priorBeta ?? 1) + pulls[a] - rewardSums[a], ctx.rng);
        } else {
          const [mean, variance] = posterior(a);
          draws[a] = ctx.rng.normal(mean, Math.sqrt(variance));
        }
      }
      return argmaxRandomTies(draws, ctx.rng);
    },
    learn(t: Transition) {
      pulls[t.action]++;
      rewardSums[t.action] += t.reward;
    },
    setParams(next) { settings = next; },
    stateValue() {
      let best = -Infinity;
      for (let a = 0; a < arms; a++) best = Math.max(best, posterior(a)[0]);
      return best;
    },
    view(): AgentView {
      const estimates = new Float64Array(arms);
      const uncertainty = new Float64Array(arms);
      for (let a = 0; a < arms; a++) {
        const [mean, variance] = posterior(a);
        estimates[a] = mean;
        uncertainty[a] = Math.sqrt(variance);
      }
      const s = settings;
      return {
        kind: 'bandit', nActions: arms, estimates, uncertainty, uncertaintyKind: 'posterior-sd', pulls: pulls.slice(),
        ...(s.rewardModel === 'bernoulli' && {
          betaAlpha: rewardSums.map((sum) => (s.priorAlpha ?? 1) + sum),
          betaBeta: pulls.map((n, a) => (s.priorBeta ?? 1) + n - rewardSums[a]),
        }),
      };
    },
  };
}
