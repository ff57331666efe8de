// The restless-bandit env (catalogue D6): N two-state arms, a budget B and a coupling constraint, described by a
// RestlessProblem (restless-problem.ts).
//
// - Observation: the joint state as one integer, bit i = arm i (1 = good); discrete(2^N).
// - Action: an index into problem.actions, the enumerated feasible joint actions (bitmasks); discrete(#feasible).
//   Every action is feasible by construction, and action 0 is the empty set (act on nothing).
// - Transition: every arm moves independently, by its active chain if acted on (its strong chain under a strong
//   intervention, 'multi-type' only) and its passive chain otherwise. One
//   uniform is drawn per arm per step, in arm order, so envs built from the same stream give different agents common
//   random numbers.
// - Reward: the number of arms that are good AFTER the transition (the state the action led to), so an action's effect
//   is paid in the same step. (Paying the state before acting instead gives Σγ^t r_t = (J − r_0)/γ: the same optimal
//   policies; the Whittle index scales by 1/γ, see whittle-index.ts.)
// - Episodes: none. Like the bandits the env is continuing: `terminated` and `truncated` are always false; reset()
//   draws each arm's state from its passive stationary distribution (where the arms settle when nobody acts).
// - Info (per step): 'restless/reward' (good arms after the step), 'restless/unused' (B − |S|, budget not spent) and
//   'restless/wasted' (budget not spent on a bad arm: (B − |S|) + the number of acted arms that were already good).
//   Under 'multi-type' both count budget units (a strong intervention costs STRONG_COST): unused = capacity − cost.
// - View: the current states, the last action, the arms' dynamics and the last RESTLESS_HISTORY steps (for a raster).
import type { Env, StepResult } from '../env.ts';
import { createStepResult } from '../env.ts';
import { discrete, type Space } from '../../spaces/space.ts';
import type { Rng } from '../../rng/rng.ts';
import {
  goodChance, interventionLevel, passiveGoodFraction, popcount, STRONG_COST, type ArmDynamics, type RestlessConstraint, type RestlessProblem,
} from './restless-problem.ts';

/** How many recent steps view().history keeps. */
export const RESTLESS_HISTORY = 60;

/** One step of the raster: the arms' states after the step and what each arm received (0 nothing, 1 acted on, 2 strong). */
export interface RestlessStep {
  readonly states: number[];
  readonly acted: number[];
}

export interface RestlessView {
  readonly kind: 'restless';
  readonly n: number;
  /** Each arm's current state (0 bad, 1 good), index = arm. */
  readonly states: number[];
  /** Each arm's last action in the step that led to `states` (0 passive, 1 acted on, 2 strong); all 0 after reset. */
  readonly lastAction: number[];
  readonly budget: number;
  readonly constraint: RestlessConstraint;
  /** Arm costs and the capacity ('capacity' constraint; shown for the others too but not binding). */
  readonly costs: number[];
  readonly capacity: number;
  /** Steps since reset. */
  readonly t: number;
  /** Each arm's dynamics (for the Whittle table). */
  readonly arms: ArmDynamics[];
  /** The last min(t, RESTLESS_HISTORY) steps, oldest first: entry k is step t − len + 1 + k; the last is `states`. */
  readonly history: RestlessStep[];
}

export class RestlessEnv implements Env<number, number, RestlessView> {
  readonly observationSpace: Space;
  readonly actionSpace: Space;
  private readonly result: StepResult<number> = createStepResult(0);
  private state = 0;
  private lastMask = 0;
  private lastStrong = 0;
  private t = 0;
  // Ring buffers of the recent steps' after-states and acted-on masks.
  private readonly pastStates = new Uint16Array(RESTLESS_HISTORY);
  private readonly pastActs = new Uint16Array(RESTLESS_HISTORY);
  private readonly pastStrong = new Uint16Array(RESTLESS_HISTORY);

  constructor(readonly problem: RestlessProblem, private readonly rng: Rng) {
    this.observationSpace = discrete(problem.nStates);
    this.actionSpace = discrete(problem.actions.length);
    this.state = this.initialState();
  }

  private initialState(): number {
    let s = 0;
    this.problem.arms.forEach((arm, i) => {
      if (this.rng.uniform() < passiveGoodFraction(arm)) s |= 1 << i;
    });
    return s;
  }

  reset(): number {
    this.state = this.initialState();
    this.lastMask = 0;
    this.lastStrong = 0;
    this.t = 0;
    return this.state;
  }

  /** The current joint state (bit i = arm i good). */
  get jointState(): number {
    return this.state;
  }

  step(action: number): StepResult<number> {
    const { problem } = this;
    if (!(Number.isInteger(action) && action >= 0 && action < problem.actions.length)) {
      throw new RangeError(`restless action must be an index in [0, ${problem.actions.length}), got ${action}`);
    }
    const mask = problem.actions[action];
    const strong = problem.strong[action];
    let next = 0;
    let actedGood = 0;
    for (let i = 0; i < problem.n; i++) {
      const s = (this.state >>> i) & 1;
      const level = interventionLevel(problem, action, i);
      // A level's cost in budget units equals the level (cheap 1, strong STRONG_COST = 2).
      if (s) actedGood += level;
      if (this.rng.uniform() < goodChance(problem.arms[i], s, level)) next |= 1 << i;
    }
    this.state = next;
    this.lastMask = mask;
    this.lastStrong = strong;
    this.pastStates[this.t % RESTLESS_HISTORY] = next;
    this.pastActs[this.t % RESTLESS_HISTORY] = mask;
    this.pastStrong[this.t % RESTLESS_HISTORY] = strong;
    this.t++;
    const r = this.result;
    const good = popcount(next);
    const unused = problem.constraint === 'multi-type'
      ? problem.capacity - popcount(mask) - (STRONG_COST - 1) * popcount(strong)
      : problem.budget - popcount(mask);
    r.obs = next;
    r.reward = good;
    // A restless bandit never ends; reset the flags in case a wrapper set them on this reused result.
    r.terminated = false;
    r.truncated = false;
    r.info['restless/reward'] = good;
    r.info['restless/unused'] = unused;
    r.info['restless/wasted'] = unused + actedGood;
    return r;
  }

  view(): RestlessView {
    const { n, budget, constraint, costs, capacity, arms } = this.problem;
    const bits = (m: number, extra = 0) => Array.from({ length: n }, (_, i) => ((m >>> i) & 1) + ((extra >>> i) & 1));
    const history: RestlessStep[] = [];
    for (let step = Math.max(0, this.t - RESTLESS_HISTORY); step < this.t; step++) {
      const k = step % RESTLESS_HISTORY;
      history.push({ states: bits(this.pastStates[k]), acted: bits(this.pastActs[k], this.pastStrong[k]) });
    }
    return {
      kind: 'restless', n, states: bits(this.state), lastAction: bits(this.lastMask, this.lastStrong), budget, constraint,
      costs: [...costs], capacity, t: this.t,
      arms: arms.map((a) => ({ active: { ...a.active }, passive: { ...a.passive }, ...(a.strong ? { strong: { ...a.strong } } : {}) })), history,
    };
  }
}
