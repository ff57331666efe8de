// The Whittle index of a two-state restless arm (Whittle 1988; catalogue §3.1). Pay a subsidy λ on every step the arm
// is left passive; the index of state s is the smallest subsidy at which leaving the arm passive in s is as good as
// acting on it:
//   Q_λ(s, passive) = r(s, passive) + λ + γ Σ_s′ P0(s′|s) V_λ(s′)
//   Q_λ(s, active)  = r(s, active)      + γ Σ_s′ P1(s′|s) V_λ(s′)
//   V_λ = max over the two,    W(s) = inf{ λ : Q_λ(s, passive) ≥ Q_λ(s, active) }.
//
// Reward timing. The env pays the number of good arms after the step, so by default r(s, a) = P_a(good | s), the
// expected reward of the step. With timing 'before', r(s, a) = s (the catalogue's R(s)). The two objectives differ by
// a factor and a constant (Σγ^t s_{t+1} = (Σγ^t s_t − s_0)/γ), so they rank states and arms the same way and
// W_after = W_before / γ; the default keeps λ in the env's units (good arms per step).
//
// Method: for a fixed λ the arm is a 2-state, 2-action discounted MDP, solved exactly: each of its four deterministic
// policies is evaluated by a 2×2 linear solve, and V_λ is their elementwise maximum (the optimal policy dominates
// every other, and one of the four is optimal). Then W(s) is found by bisection on λ, after bracketing by doubling.
// Indexability (the set of states where passive is optimal grows with λ) is checked on a grid of subsidies.

import type { ArmDynamics, GoodChance, RestlessProblem } from '../../envs/restless/restless-problem.ts';

export type RewardTiming = 'after' | 'before';

export interface WhittleOptions {
  /** Which state pays the reward (default 'after', as the env does). */
  readonly timing?: RewardTiming;
  /** Bisection stops when the bracket is narrower than this (default 1e-10). */
  readonly tolerance?: number;
}

/** Action values of the subsidised arm: q[s][0] passive, q[s][1] active; v[s] = max. */
export interface SubsidisedArmValues {
  readonly q: [[number, number], [number, number]];
  readonly v: [number, number];
}

function pGood(chain: GoodChance, s: number): number {
  return s ? chain.fromGood : chain.fromBad;
}

function immediate(arm: ArmDynamics, s: number, active: boolean, timing: RewardTiming): number {
  return timing === 'after' ? pGood(active ? arm.active : arm.passive, s) : s;
}

/** Exact V_λ and Q_λ of one arm under subsidy λ for passivity. */
export function subsidisedArmValues(arm: ArmDynamics, gamma: number, subsidy: number, timing: RewardTiming = 'after'): SubsidisedArmValues {
  if (!(gamma >= 0 && gamma < 1)) throw new RangeError(`the Whittle index needs a discount γ in [0, 1), got ${gamma}`);
  let v0 = -Infinity;
  let v1 = -Infinity;
  // Policy bits: bit s set = active in state s.
  for (let policy = 0; policy < 4; policy++) {
    const a0 = (policy & 1) === 1;
    const a1 = (policy & 2) === 2;
    const r0 = immediate(arm, 0, a0, timing) + (a0 ? 0 : subsidy);
    const r1 = immediate(arm, 1, a1, timing) + (a1 ? 0 : subsidy);
    const g0 = pGood(a0 ? arm.active : arm.passive, 0);
    const g1 = pGood(a1 ? arm.active : arm.passive, 1);
    // (I − γP)V = r with P = [[1−g0, g0], [1−g1, g1]].
    const a = 1 - gamma * (1 - g0);
    const b = -gamma * g0;
    const c = -gamma * (1 - g1);
    const d = 1 - gamma * g1;
    const det = a * d - b * c;
    const x0 = (r0 * d - b * r1) / det;
    const x1 = (a * r1 - c * r0) / det;
    if (x0 > v0) v0 = x0;
    if (x1 > v1) v1 = x1;
  }
  const q = (s: number, active: boolean): number => {
    const g = pGood(active ? arm.active : arm.passive, s);
    return immediate(arm, s, active, timing) + (active ? 0 : subsidy) + gamma * ((1 - g) * v0 + g * v1);
  };
  return { q: [[q(0, false), q(0, true)], [q(1, false), q(1, true)]], v: [v0, v1] };
}

/** Q_λ(s, passive) − Q_λ(s, active): non-decreasing in λ for an indexable arm. */
export function passiveAdvantage(arm: ArmDynamics, gamma: number, subsidy: number, state: number, timing: RewardTiming = 'after'): number {
  const { q } = subsidisedArmValues(arm, gamma, subsidy, timing);
  return q[state][0] - q[state][1];
}

function indexOfState(arm: ArmDynamics, gamma: number, state: number, timing: RewardTiming, tolerance: number): number {
  const f = (lambda: number) => passiveAdvantage(arm, gamma, lambda, state, timing);
  let lo = -1;
  let hi = 1;
  // Bracket: f(lo) < 0 ≤ f(hi). Rewards lie in [0, 1], so |W| ≤ 1/(1−γ) + 1 for any arm; the loop cap is a guard.
  for (let k = 0; f(hi) < 0; k++) {
    if (k > 60) throw new RangeError('Whittle index: passive never becomes optimal as the subsidy grows');
    lo = hi;
    hi *= 2;
  }
  for (let k = 0; f(lo) >= 0; k++) {
    if (k > 60) throw new RangeError('Whittle index: acting never becomes optimal as the subsidy falls');
    hi = lo;
    lo *= 2;
  }
  while (hi - lo > tolerance * Math.max(1, Math.abs(hi))) {
    const mid = 0.5 * (lo + hi);
    if (f(mid) >= 0) hi = mid;
    else lo = mid;
  }
  return hi;
}

export interface WhittleArmIndex {
  /** [W(bad), W(good)]. */
  readonly indices: [number, number];
  /** Whether the passive set grew monotonically with λ on the checked grid. */
  readonly indexable: boolean;
}

/** The Whittle index of each state of one arm, and whether the arm passed the indexability check. */
export function whittleIndex(arm: ArmDynamics, gamma: number, options: WhittleOptions = {}): WhittleArmIndex {
  const timing = options.timing ?? 'after';
  const tolerance = options.tolerance ?? 1e-10;
  const indices: [number, number] = [
    indexOfState(arm, gamma, 0, timing, tolerance),
    indexOfState(arm, gamma, 1, timing, tolerance),
  ];
  return { indices, indexable: checkIndexable(arm, gamma, indices, timing) };
}

/**
 * Indexability on a grid: for each state, passive must stay optimal for every subsidy above its index and acting for
 * every subsidy below it (checked at 201 subsidies spanning the indices with a margin, plus points just either side).
 */
function checkIndexable(arm: ArmDynamics, gamma: number, indices: [number, number], timing: RewardTiming): boolean {
  const lo = Math.min(...indices);
  const hi = Math.max(...indices);
  const margin = Math.max(1, hi - lo);
  const grid: number[] = [];
  for (let k = 0; k <= 200; k++) grid.push(lo - margin + (k / 200) * (hi - lo + 2 * margin));
  for (const w of indices) grid.push(w - 1e-6 * Math.max(1, Math.abs(w)), w + 1e-6 * Math.max(1, Math.abs(w)));
  const slack = 1e-9;
  for (const lambda of grid) {
    const { q } = subsidisedArmValues(arm, gamma, lambda, timing);
    for (let s = 0; s < 2; s++) {
      const adv = q[s][0] - q[s][1];
      const scale = slack * Math.max(1, Math.abs(q[s][0]));
      if (lambda > indices[s] && adv < -scale) return false;
      if (lambda < indices[s] && adv > scale) return false;
    }
  }
  return true;
}

export interface WhittleTable {
  /** indices[i] = [W_i(bad), W_i(good)]. */
  readonly indices: [number, number][];
  readonly indexable: boolean[];
  readonly gamma: number;
  readonly timing: RewardTiming;
}

/** The Whittle index of every arm and state of a problem (or a list of arms). */
export function whittleIndexTable(problem: RestlessProblem | readonly ArmDynamics[], gamma: number, options: WhittleOptions = {}): WhittleTable {
  const arms = 'arms' in problem ? problem.arms : problem;
  const results = arms.map((arm) => whittleIndex(arm, gamma, options));
  return {
    indices: results.map((r) => r.indices), indexable: results.map((r) => r.indexable),
    gamma, timing: options.timing ?? 'after',
  };
}

/**
 * Under 'multi-type' each arm has a second index: the Whittle index of the arm whose only intervention is the strong
 * one (strong chain versus passive). The index policy then scores a strong intervention by it and a cheap one by the
 * usual index: a heuristic, since neither index knows what the other intervention or the cost cap would allow.
 */
export function strongInterventionArms(arms: readonly ArmDynamics[]): ArmDynamics[] {
  return arms.map((arm, i) => {
    if (!arm.strong) throw new RangeError(`arm ${i} has no strong-intervention chain`);
    return { active: arm.strong, passive: arm.passive };
  });
}
