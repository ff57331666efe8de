// Softmax (Boltzmann) exploration over sample-average estimates (catalogue §3.1; §2.3 of S&B's first edition):
// P(a) ∝ exp(Q(a)/τ), computed stably by subtracting max Q. τ → 0 is greedy (τ ≤ 0 acts greedily with random ties),
// τ → ∞ is uniform. Unlike ε-greedy, a clearly bad arm is almost never tried once its estimate is a few τ below the
// best; unlike the gradient bandit, Q are value estimates, not preferences, so τ has the reward's units.
import type { AgentContext, Learner, Transition, AgentView } from '../agent.ts';
import { incrementalUpdate } from '../../algorithms/bandit-estimates.ts';
import { selectSoftmax, softmaxProbabilities } from '../../algorithms/exploration-policies.ts';
import { argmaxRandomTies } from '../../rng/sampling.ts';
import { spaceSize } from '../../spaces/space.ts';

export interface SoftmaxBanditSettings {
  /** τ, in reward units (the demo's default 0.1 suits rewards in [0, 1]). */
  readonly temperature: number;
  /** Q1 of every arm before its first pull; default 0. The first reward replaces it (sample averages). */
  readonly initialValue?: number;
}

export function createSoftmaxBandit(ctx: AgentContext, initial: SoftmaxBanditSettings): Learner<SoftmaxBanditSettings> {
  const arms = spaceSize(ctx.actionSpace);
  let settings = initial;
  const estimates = new Float64Array(arms).fill(settings.initialValue ?? 0);
  const pulls = new Float64Array(arms);
  const scratch = new Float64Array(arms);

  const probabilities = (out: Float64Array): Float64Array => {
    if (settings.temperature > 0) return softmaxProbabilities(estimates, 0, arms, settings.temperature, out);
    // τ ≤ 0: the greedy limit, ties sharing the probability.
    const best = Math.max(...estimates);
    let ties = 0;
    for (let a = 0; a < arms; a++) if (estimates[a] === best) ties++;
    for (let a = 0; a < arms; a++) out[a] = estimates[a] === best ? 1 / ties : 0;
    return out;
  };

  return {
    kind: 'learner',
    act() {
      if (!(settings.temperature > 0)) return argmaxRandomTies(estimates, ctx.rng);
      return selectSoftmax(estimates, 0, arms, settings.temperature, ctx.rng, scratch);
    },
    learn(tr: Transition) {
      const a = tr.action;
      pulls[a]++;
      estimates[a] = incrementalUpdate(estimates[a], tr.reward, 1 / pulls[a]);
    },
    setParams(next) { settings = next; },
    stateValue: () => Math.max(...estimates),
    view: (): AgentView => ({
      kind: 'bandit', nActions: arms, estimates: estimates.slice(), estimateKind: 'mean', pulls: pulls.slice(),
      policy: probabilities(new Float64Array(arms)),
    }),
  };
}
