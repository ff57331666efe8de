// MEX, Maximize to EXplore (Liu et al. 2023), reduced to a K-armed bandit with Gaussian loss (catalogue §3.1, our
// derivation [D]). MEX picks the hypothesis θ ∈ R^K maximising  max_a θ_a − η·Σ_b n_b(θ_b − μ̂_b)²  and acts greedily
// for it. For a candidate best arm a the optimum keeps θ_b = μ̂_b for b ≠ a and lifts θ_a = μ̂_a + 1/(2η·n_a), worth
// μ̂_a + 1/(4η·n_a); so MEX pulls untried arms first, then
//   argmax_a μ̂_a + 1/(4·η_t·n_a),   η_t = η ('constant')  or  η_t = η/√t ('sqrt-decay', a bonus √t/(4η·n_a)),
// with t the pull being chosen. Large η trusts the data (η → ∞ is greedy); small η is optimistic. A constant η's
// bonus falls like 1/n with no ln t to bring a neglected arm back, so it under-explores late; the decaying
// schedule's √t restores that pressure.
import type { AgentContext, Learner } from '../agent.ts';
import { createIndexPolicyBandit } from './index-policy.ts';

export type MexSchedule = 'constant' | 'sqrt-decay';

export interface MexBanditSettings {
  /** η > 0, the weight of the data-fit loss against optimism. */
  readonly eta: number;
  readonly schedule: MexSchedule;
}

/** The MEX bonus 1/(4·η_t·n) at pull t; +∞ for an untried arm, 0 when η = ∞. */
export function mexBonus(pulls: number, t: number, eta: number, schedule: MexSchedule): number {
  if (pulls <= 0) return Infinity;
  const etaT = schedule === 'sqrt-decay' ? eta / Math.sqrt(Math.max(1, t)) : eta;
  return 1 / (4 * etaT * pulls);
}

function checked(settings: MexBanditSettings): MexBanditSettings {
  if (!(settings.eta > 0)) throw new RangeError(`MEX needs η > 0, got ${settings.eta}`);
  return settings;
}

export function createMexBandit(ctx: AgentContext, initial: MexBanditSettings): Learner<MexBanditSettings> {
  return createIndexPolicyBandit(ctx, initial, {
    index: (estimate, pulls, t, settings) => estimate + mexBonus(pulls, t, settings.eta, settings.schedule),
    indexLabel: 'MEX index μ̂ + 1/(4ηₜn)',
    check: checked,
  });
}
