// A restless multi-armed bandit (Whittle 1988) with combinatorial coupling (catalogue D6, SEQUOIA): N arms, each a
// two-state Markov chain (0 = bad, 1 = good) that moves every step whether or not it is acted on, with one transition
// matrix when acted on ("active") and another when left alone ("passive"). Each step the agent acts on a set S of at
// most B arms; the set must also satisfy the coupling constraint:
//   'none'      any S with |S| ≤ B;
//   'path'      the arms lie on a line and S must be contiguous (arms i, i+1, …, i+k−1), |S| ≤ B;
//   'capacity'  each arm has a cost and Σ_{i∈S} cost_i ≤ capacity, on top of |S| ≤ B (a knapsack).
//   'multi-type' two kinds of intervention (SEQUOIA's "multiple interventions"): a cheap one (cost 1, the arm follows
//               its active chain) or a strong one (cost 2, its strong chain), and a total cost of at most the capacity,
//               by default B: B is then a budget of intervention units, so with B = 2 a step holds one strong
//               intervention or two cheap ones (with B = 1 a strong intervention never fits).
// The empty set is always allowed (acting on fewer than B arms is legal; unused budget shows up as waste).
//
// This module is the plain, deterministic description of one instance: the env samples from it, and agents read it
// (it goes into their settings). Building it twice from the same spec gives equal problems, so a demo can build it
// once for the env and once per agent from the same params.
//
// Joint actions are pairs of bitmasks: `acted` (bit i set = arm i acted on) and `strong` (the acted arms that get the
// strong intervention; always 0 outside 'multi-type'). The feasible ones are enumerated once, in a fixed order: by
// number of arms, then by increasing acted mask, then by increasing strong mask (so action 0 is always the empty set).
// The env's action is an index into that list, so every action is feasible by construction; feasibility never
// depends on the state.

export type RestlessConstraint = 'none' | 'path' | 'capacity' | 'multi-type';
export const RESTLESS_CONSTRAINTS: readonly RestlessConstraint[] = ['none', 'path', 'capacity', 'multi-type'];

/** What one arm receives in a joint action: 0 nothing (passive), 1 the (cheap) intervention, 2 the strong one. */
export type InterventionLevel = 0 | 1 | 2;

/** The cost of a strong intervention under 'multi-type' (a cheap one costs 1). */
export const STRONG_COST = 2;

/** One two-state chain: the probability that the arm is good next step, from each current state. */
export interface GoodChance {
  /** P(good next | bad now). */
  readonly fromBad: number;
  /** P(good next | good now). */
  readonly fromGood: number;
}

/** An arm's dynamics: the chain followed when acted on, and the one followed when left alone. */
export interface ArmDynamics {
  readonly active: GoodChance;
  readonly passive: GoodChance;
  /** The chain followed under a strong intervention ('multi-type' only; required there). */
  readonly strong?: GoodChance;
}

/**
 * Named instances:
 * - 'catalogue': every arm is the catalogue's default, active (0.6, 0.95), passive (0.1, 0.8). Identical arms, so the
 *   only thing to rank is the state, and a myopic policy already ranks states the way the Whittle index does.
 * - 'sticky-volatile': arms alternate between two kinds. Even arms are sticky: active (0.5, 0.99), passive (0.05, 0.95),
 *   so one successful intervention keeps the arm good for about 20 steps. Odd arms are volatile: active (0.8, 0.8),
 *   passive (0.1, 0.3), a big immediate effect that fades after a step or two. Myopic prefers the volatile arms (larger
 *   one-step gain); the Whittle index sees the sticky arms' lasting gain and prefers them. Because the preferred arms
 *   are never neighbours and (with the default costs) are the expensive ones, both coupled constraints bind.
 * - 'maintain-repair': made for 'multi-type' (strong chain in brackets). Even arms are fragile: passive (0, 0.3),
 *   cheap (0.1, 0.99), strong (0.65, 0.99): a bad one never recovers alone and a good one slips fast, but a cheap visit
 *   keeps a good one good. Odd arms are sturdy: passive (0.1, 0.7), cheap (0.2, 0.85), strong (0.8, 1): only the strong
 *   intervention repairs them, and then they hold. At γ = 0.95 a bad fragile arm's cheap index (≈ 0.65) is high, since
 *   a repaired fragile arm is cheap to keep, so two cheap nudges (each works with chance 0.1) outscore one strong repair
 *   (index ≈ 0.96, works with chance 0.65): index + repair spreads the budget over nudges that rarely work, and the
 *   optimal policy, which repairs one fragile arm at a time, earns about 15% more.
 */
export type RestlessPreset = 'catalogue' | 'sticky-volatile' | 'maintain-repair';
export const RESTLESS_PRESETS: readonly RestlessPreset[] = ['catalogue', 'sticky-volatile', 'maintain-repair'];

// The strong chains (used only by 'multi-type') raise the chance of a bad arm turning good most.
export const CATALOGUE_ARM: ArmDynamics = {
  active: { fromBad: 0.6, fromGood: 0.95 }, passive: { fromBad: 0.1, fromGood: 0.8 }, strong: { fromBad: 0.9, fromGood: 0.99 },
};
export const STICKY_ARM: ArmDynamics = {
  active: { fromBad: 0.5, fromGood: 0.99 }, passive: { fromBad: 0.05, fromGood: 0.95 }, strong: { fromBad: 0.9, fromGood: 0.995 },
};
export const VOLATILE_ARM: ArmDynamics = {
  active: { fromBad: 0.8, fromGood: 0.8 }, passive: { fromBad: 0.1, fromGood: 0.3 }, strong: { fromBad: 0.95, fromGood: 0.9 },
};
export const FRAGILE_ARM: ArmDynamics = {
  active: { fromBad: 0.1, fromGood: 0.99 }, passive: { fromBad: 0, fromGood: 0.3 }, strong: { fromBad: 0.65, fromGood: 0.99 },
};
export const STURDY_ARM: ArmDynamics = {
  active: { fromBad: 0.2, fromGood: 0.85 }, passive: { fromBad: 0.1, fromGood: 0.7 }, strong: { fromBad: 0.8, fromGood: 1 },
};

const PRESET_KINDS: Record<RestlessPreset, readonly [ArmDynamics, ArmDynamics]> = {
  catalogue: [CATALOGUE_ARM, CATALOGUE_ARM],
  'sticky-volatile': [STICKY_ARM, VOLATILE_ARM],
  'maintain-repair': [FRAGILE_ARM, STURDY_ARM],
};

/** The arms of a named instance with n arms. */
export function presetArms(preset: RestlessPreset, n: number): ArmDynamics[] {
  const kinds = PRESET_KINDS[preset];
  if (!kinds) throw new RangeError(`unknown restless instance '${String(preset)}' (expected one of ${RESTLESS_PRESETS.join(', ')})`);
  return Array.from({ length: n }, (_, i) => kinds[i % 2]);
}

/** Default arm costs for 'capacity': even arms cost 2, odd arms 1 (in 'sticky-volatile' the sticky arms are the dear ones). */
export function defaultCosts(n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 2 : 1));
}

/**
 * Default capacity for 'capacity': B + 1. With costs 1 and 2 that allows B cheap arms, or one dear arm with B − 1
 * cheap ones, but never two dear arms when B ≥ 2 (at B = 1 every single arm fits, so the constraint does not bind).
 */
export function defaultCapacity(budget: number): number {
  return budget + 1;
}

export interface RestlessProblemSpec {
  /** Number of arms, 3–10 in the demo (1–10 accepted). */
  readonly n: number;
  /** Budget B: at most B arms acted on per step (1–3 in the demo; 0 ≤ B ≤ n accepted). */
  readonly budget: number;
  readonly constraint: RestlessConstraint;
  /** A named instance (default 'catalogue'); ignored when `arms` is given. */
  readonly preset?: RestlessPreset;
  /** Explicit per-arm dynamics (length n); overrides the preset. */
  readonly arms?: readonly ArmDynamics[];
  /** Per-arm costs for 'capacity' (default defaultCosts(n)); kept but unused by the other constraints. */
  readonly costs?: readonly number[];
  /** Total cost allowed per step: 'capacity' (default defaultCapacity(budget)), 'multi-type' (default budget). */
  readonly capacity?: number;
}

export interface RestlessProblem {
  readonly n: number;
  readonly budget: number;
  readonly constraint: RestlessConstraint;
  readonly arms: readonly ArmDynamics[];
  readonly costs: readonly number[];
  readonly capacity: number;
  /** The feasible joint actions as bitmasks; the env's action a means "act on the arms set in actions[a]". */
  readonly actions: Uint16Array;
  /** strong[a]: the arms of actions[a] that get the strong intervention (all 0 outside 'multi-type'). */
  readonly strong: Uint16Array;
  /** Number of joint states, 2^n; state bit i is arm i (1 = good). */
  readonly nStates: number;
}

export const MAX_RESTLESS_ARMS = 10;

function checkChance(c: GoodChance, what: string): void {
  for (const p of [c.fromBad, c.fromGood]) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`${what}: transition probabilities must lie in [0, 1], got ${p}`);
  }
}

/** Number of set bits. */
export function popcount(mask: number): number {
  let c = 0;
  for (let m = mask; m !== 0; m &= m - 1) c++;
  return c;
}

/** True when the arms of `mask` form one contiguous run (the empty set counts as contiguous). */
function isContiguous(mask: number): boolean {
  if (mask === 0) return true;
  let m = mask;
  while ((m & 1) === 0) m >>>= 1;
  // A run of ones plus one is a power of two.
  return (m & (m + 1)) === 0;
}

/**
 * The feasible joint actions of a constraint, as bitmasks ordered by size then by mask (index 0 = the empty set).
 * Counts for n = 6, B = 2: 'none' 1 + 6 + 15 = 22; 'path' 1 + 6 + 5 = 12; 'capacity' with defaultCosts and capacity 3:
 * 1 + 6 + 12 = 19 (the 3 pairs of even arms cost 4).
 */
export function feasibleActions(
  constraint: Exclude<RestlessConstraint, 'multi-type'>, n: number, budget: number, costs: readonly number[] = defaultCosts(n),
  capacity: number = defaultCapacity(budget),
): Uint16Array {
  checkSize(n, budget);
  if (constraint === 'capacity' && costs.length !== n) throw new RangeError(`'capacity' needs one cost per arm (${n}), got ${costs.length}`);
  const masks: number[] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    if (popcount(mask) > budget) continue;
    if (constraint === 'path' && !isContiguous(mask)) continue;
    if (constraint === 'capacity') {
      let cost = 0;
      for (let i = 0; i < n; i++) if (mask & (1 << i)) cost += costs[i];
      if (cost > capacity) continue;
    }
    masks.push(mask);
  }
  masks.sort((a, b) => popcount(a) - popcount(b) || a - b);
  return Uint16Array.from(masks);
}

function checkSize(n: number, budget: number): void {
  if (!(Number.isInteger(n) && n >= 1 && n <= MAX_RESTLESS_ARMS)) throw new RangeError(`a restless bandit needs 1–${MAX_RESTLESS_ARMS} arms, got ${n}`);
  if (!(Number.isInteger(budget) && budget >= 0 && budget <= n)) throw new RangeError(`the budget must be an integer in [0, ${n}], got ${budget}`);
}

/**
 * The feasible joint actions of 'multi-type': every set of at most B arms, each acted arm cheap (cost 1) or strong
 * (cost STRONG_COST), total cost ≤ capacity; ordered by size, acted mask, strong mask (index 0 = the empty set).
 * Counts for n = 6, B = 2: capacity 2 (the default) 1 + 6·2 + 15 = 28 (one strong, or one or two cheap); capacity 3:
 * 1 + 6·2 + 15·3 = 58 (a pair may hold one strong intervention, not two).
 */
export function feasibleInterventions(n: number, budget: number, capacity: number = budget): { acted: Uint16Array; strong: Uint16Array } {
  checkSize(n, budget);
  const pairs: [number, number][] = [];
  for (let acted = 0; acted < 1 << n; acted++) {
    const size = popcount(acted);
    if (size > budget) continue;
    // Every subset of the acted arms may be the strong ones; submask enumeration, the empty submask included.
    for (let strong = acted; ; strong = (strong - 1) & acted) {
      if (size + (STRONG_COST - 1) * popcount(strong) <= capacity) pairs.push([acted, strong]);
      if (strong === 0) break;
    }
  }
  pairs.sort((x, y) => popcount(x[0]) - popcount(y[0]) || x[0] - y[0] || x[1] - y[1]);
  return { acted: Uint16Array.from(pairs, (p) => p[0]), strong: Uint16Array.from(pairs, (p) => p[1]) };
}

/** What arm i receives in joint action a (0 nothing, 1 cheap/active, 2 strong). */
export function interventionLevel(problem: Pick<RestlessProblem, 'actions' | 'strong'>, action: number, arm: number): InterventionLevel {
  return ((((problem.actions[action] >>> arm) & 1) + ((problem.strong[action] >>> arm) & 1)) as InterventionLevel);
}

/** The arms acted on by a joint-action bitmask, in increasing order. */
export function armsOfAction(mask: number, n: number): number[] {
  const arms: number[] = [];
  for (let i = 0; i < n; i++) if (mask & (1 << i)) arms.push(i);
  return arms;
}

/** Arm i's state (0 bad, 1 good) in a joint state. */
export function armState(state: number, arm: number): 0 | 1 {
  return ((state >>> arm) & 1) as 0 | 1;
}

/** The joint state of per-arm states (index i = arm i). */
export function encodeState(states: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < states.length; i++) if (states[i]) s |= 1 << i;
  return s;
}

/** The chain an arm follows under an intervention level (a missing strong chain is an error, not a silent fallback). */
export function chainOf(arm: ArmDynamics, level: InterventionLevel): GoodChance {
  if (level === 0) return arm.passive;
  if (level === 1) return arm.active;
  if (!arm.strong) throw new RangeError('this arm has no strong-intervention chain');
  return arm.strong;
}

/** P(arm good next step | its state now, what it receives: 0 nothing, 1 acted on, 2 the strong intervention). */
export function goodChance(arm: ArmDynamics, state: number, level: InterventionLevel): number {
  const chain = chainOf(arm, level);
  return state ? chain.fromGood : chain.fromBad;
}

/** The myopic gain of acting on an arm in a state (level 1 cheap, 2 strong): how much acting raises P(good next step). */
export function immediateGain(arm: ArmDynamics, state: number, level: 1 | 2 = 1): number {
  return goodChance(arm, state, level) - goodChance(arm, state, 0);
}

export function createRestlessProblem(spec: RestlessProblemSpec): RestlessProblem {
  const { n, budget, constraint } = spec;
  checkSize(n, budget);
  if (!RESTLESS_CONSTRAINTS.includes(constraint)) throw new RangeError(`unknown restless constraint '${String(constraint)}' (expected one of ${RESTLESS_CONSTRAINTS.join(', ')})`);
  const arms = spec.arms ? [...spec.arms] : presetArms(spec.preset ?? 'catalogue', n);
  if (arms.length !== n) throw new RangeError(`expected dynamics for ${n} arms, got ${arms.length}`);
  arms.forEach((arm, i) => {
    checkChance(arm.active, `arm ${i} active`);
    checkChance(arm.passive, `arm ${i} passive`);
    if (arm.strong) checkChance(arm.strong, `arm ${i} strong`);
    else if (constraint === 'multi-type') throw new RangeError(`'multi-type' needs a strong-intervention chain for every arm; arm ${i} has none`);
  });
  const costs = spec.costs ? [...spec.costs] : defaultCosts(n);
  if (costs.length !== n || !costs.every((c) => c >= 0 && Number.isFinite(c))) {
    throw new RangeError(`expected ${n} finite non-negative arm costs, got [${costs.join(', ')}]`);
  }
  const capacity = spec.capacity ?? (constraint === 'multi-type' ? budget : defaultCapacity(budget));
  if (!(capacity >= 0 && Number.isFinite(capacity))) throw new RangeError(`the capacity must be a finite non-negative number, got ${capacity}`);
  if (constraint === 'multi-type') {
    const { acted, strong } = feasibleInterventions(n, budget, capacity);
    return { n, budget, constraint, arms, costs, capacity, actions: acted, strong, nStates: 1 << n };
  }
  const actions = feasibleActions(constraint, n, budget, costs, capacity);
  return { n, budget, constraint, arms, costs, capacity, actions, strong: new Uint16Array(actions.length), nStates: 1 << n };
}

/** Stationary probability that an arm is good when never acted on (where a run starts). */
export function passiveGoodFraction(arm: ArmDynamics): number {
  const up = arm.passive.fromBad;
  const down = 1 - arm.passive.fromGood;
  return up + down === 0 ? 0.5 : up / (up + down);
}
