// The Gittins index policy for Bernoulli arms (Gittins 1979): each arm keeps a Beta(α, β) posterior from the prior
// (α₀, β₀) (successes add to α, failures to β), and the agent pulls the arm with the largest index G(α, β) for the
// discount γ. For the discounted objective Σ γ^t r_t with independent Beta–Bernoulli arms this is the Bayes-optimal
// policy (the Gittins index theorem); the undiscounted regret charts show how close "optimal for γ" comes.
// Indices come from gittins-index.ts (calibration method, look-ahead H) through its shared cache, and each arm's
// index is recomputed only when its posterior or the settings change: one new index per pull, most of them cache hits
// across runs. Gittins needs a Beta posterior, so Gaussian arms are refused with a RangeError.
import type { AgentContext, Learner, Transition, AgentView } from '../agent.ts';
import { argmaxRandomTies } from '../../rng/sampling.ts';
import { spaceSize } from '../../spaces/space.ts';
import { cachedGittinsIndex, defaultGittinsHorizon } from './gittins-index.ts';

export interface GittinsBanditSettings {
  /** Discount γ ∈ (0, 1); the demo's range is 0.9–0.999. */
  readonly gamma: number;
  /** Beta prior of every arm; default (1, 1), the uniform prior. */
  readonly priorAlpha?: number;
  readonly priorBeta?: number;
  /** Look-ahead H of the index computation; default defaultGittinsHorizon(γ) (150 at γ = 0.99). */
  readonly horizon?: number;
  /** The env's reward model; Gittins exists only for 'bernoulli' (the default), 'gaussian' throws. */
  readonly rewardModel?: 'bernoulli' | 'gaussian';
}

function checked(settings: GittinsBanditSettings): GittinsBanditSettings {
  if (settings.rewardModel === 'gaussian') {
    throw new RangeError(
      'the Gittins index agent needs Bernoulli arms (a Beta posterior); it is not defined for Gaussian rewards');
  }
  if (!(settings.gamma > 0 && settings.gamma < 1)) {
    throw new RangeError(`Gittins needs a discount γ in (0, 1), got ${settings.gamma}`);
  }
  const a0 = settings.priorAlpha ?? 1;
  const b0 = settings.priorBeta ?? 1;
  if (!(a0 > 0 && b0 > 0)) throw new RangeError(`Gittins needs a Beta prior with α₀, β₀ > 0, got (${a0}, ${b0})`);
  return settings;
}

export function createGittinsBandit(ctx: AgentContext, initial: GittinsBanditSettings): Learner<GittinsBanditSettings> {
  const arms = spaceSize(ctx.actionSpace);
  let settings = checked(initial);
  const pulls = new Float64Array(arms);
  const successes = new Float64Array(arms);
  const indices = new Float64Array(arms);
  // Arms whose index must be recomputed before the next choice.
  const stale = new Uint8Array(arms).fill(1);

  const alphaOf = (a: number) => (settings.priorAlpha ?? 1) + successes[a];
  const betaOf = (a: number) => (settings.priorBeta ?? 1) + pulls[a] - successes[a];
  const meanOf = (a: number) => alphaOf(a) / (alphaOf(a) + betaOf(a));
  const refresh = () => {
    const horizon = settings.horizon ?? defaultGittinsHorizon(settings.gamma);
    for (let a = 0; a < arms; a++) {
      if (stale[a]) {
        indices[a] = cachedGittinsIndex(alphaOf(a), betaOf(a), settings.gamma, horizon);
        stale[a] = 0;
      }
    }
    return indices;
  };

  return {
    kind: 'learner',
    act: () => argmaxRandomTies(refresh(), ctx.rng),
    learn(tr: Transition) {
      const r = tr.reward;
      if (!(r >= 0 && r <= 1)) {
        throw new RangeError(`the Gittins index agent needs rewards in [0, 1] (Bernoulli arms), got ${r}`);
      }
      pulls[tr.action]++;
      successes[tr.action] += r;
      stale[tr.action] = 1;
    },
    setParams(next) {
      settings = checked(next);
      stale.fill(1);
    },
    stateValue() {
      let best = -Infinity;
      for (let a = 0; a < arms; a++) best = Math.max(best, meanOf(a));
      return best;
    },
    view(): AgentView {
      const g = refresh().slice();
      const estimates = Float64Array.from({ length: arms }, (_, a) => meanOf(a));
      return {
        kind: 'bandit', nActions: arms, estimates, pulls: pulls.slice(),
        uncertainty: g.map((v, a) => v - estimates[a]), uncertaintyKind: 'bonus',
        indices: g, indexLabel: 'Gittins index G(α, β)',
      };
    },
  };
}
