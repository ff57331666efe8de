// RiverSwim (Strehl & Littman 2008; the version of Osband et al. 2013): N states in a row, a river flowing left.
// Swimming left always works, and "left" in the leftmost state pays a small 0.005. Swimming right fights the current:
// from an inner state it moves right with probability 0.35, stays with 0.6 and is swept left with 0.05 (from the
// leftmost state: right 0.4, stay 0.6); "right" in the rightmost state pays 1 (and stays there with 0.6). A
// dithering agent collects the small reward at the bank; only persistent swimming finds the big one.
//
// - Observation: the position 0 … N−1; the start is state 0.
// - Episodes last H = RIVER_SWIM_HORIZON_PER_STATE · N steps and end truncated (the river goes on).
// - Info at each episode's end, as for Deep Sea (exploration-tally.ts); success = the big reward was collected.
import type { Env, StepResult } from '../env.ts';
import { createStepResult } from '../env.ts';
import { discrete, type Space } from '../../spaces/space.ts';
import type { Rng } from '../../rng/rng.ts';
import { createTabularModel, type TabularModel } from '../tabular-model.ts';
import { ExplorationTally } from '../exploration-tally.ts';

export const RIVER_SWIM_HORIZON_PER_STATE = 5;
export const BANK_REWARD = 0.005;
export const LEFT = 0;
export const RIGHT = 1;

export interface RiverSwimView {
  readonly kind: 'river-swim';
  readonly size: number;
  readonly position: number;
  /** Steps taken in this episode, and the episode length H. */
  readonly t: number;
  readonly horizon: number;
  /** How many steps (and resets) have ended in each state since the env was built: time spent there. */
  readonly visits: number[];
  /** Positions this episode, the start first; and the previous episode's. */
  readonly path: number[];
  readonly lastPath: number[];
  readonly episodes: number;
  readonly firstSuccess: number | null;
}

export function riverSwimHorizon(size: number): number {
  return RIVER_SWIM_HORIZON_PER_STATE * size;
}

/** The chain as a TabularModel (up to three outcomes per state and action). */
export function riverSwimModel(size: number): TabularModel {
  if (!(Number.isInteger(size) && size >= 2)) throw new RangeError(`RiverSwim needs a whole size of at least 2, got ${size}`);
  const model = createTabularModel(size, 2, 3, 0);
  for (let s = 0; s < size; s++) {
    const set = (a: number, outcomes: [number, number][], reward: number) => {
      outcomes.forEach(([next, p], k) => {
        const i = (s * 2 + a) * 3 + k;
        model.next[i] = next;
        model.prob[i] = p;
        model.reward[i] = reward;
      });
    };
    set(LEFT, [[Math.max(s - 1, 0), 1]], s === 0 ? BANK_REWARD : 0);
    if (s === 0) set(RIGHT, [[1, 0.4], [0, 0.6]], 0);
    else if (s === size - 1) set(RIGHT, [[s, 0.6], [s - 1, 0.4]], 1);
    else set(RIGHT, [[s + 1, 0.35], [s, 0.6], [s - 1, 0.05]], 0);
  }
  return model;
}

/** The best expected return of an H-step episode from state 0 (backward induction over time). */
export function riverSwimOptimalReturn(model: TabularModel, horizon: number): number {
  let v = new Float64Array(model.nStates);
  for (let t = 0; t < horizon; t++) {
    const next = new Float64Array(model.nStates);
    for (let s = 0; s < model.nStates; s++) {
      let best = -Infinity;
      for (let a = 0; a < model.nActions; a++) {
        let q = 0;
        for (let k = 0; k < model.maxOutcomes; k++) {
          const i = (s * model.nActions + a) * model.maxOutcomes + k;
          if (model.prob[i] > 0) q += model.prob[i] * (model.reward[i] + v[model.next[i]]);
        }
        best = Math.max(best, q);
      }
      next[s] = best;
    }
    v = next;
  }
  return v[0];
}

export class RiverSwimEnv implements Env<number, number, RiverSwimView> {
  readonly observationSpace: Space;
  readonly actionSpace: Space = discrete(2);
  readonly horizon: number;
  readonly optimalReturn: number;
  private readonly chain: TabularModel;
  private readonly result: StepResult<number> = createStepResult(0);
  private readonly tally: ExplorationTally;
  private position = 0;
  private t = 0;
  private success = false;
  private episodeReturn = 0;
  private path: number[] = [0];
  private lastPath: number[] = [];

  constructor(readonly size: number, private readonly rng: Rng) {
    this.chain = riverSwimModel(size);
    this.observationSpace = discrete(size);
    this.horizon = riverSwimHorizon(size);
    this.optimalReturn = riverSwimOptimalReturn(this.chain, this.horizon);
    this.tally = new ExplorationTally(size, this.optimalReturn);
  }

  reset(): number {
    this.position = 0;
    this.t = 0;
    this.success = false;
    this.episodeReturn = 0;
    if (this.path.length > 1) this.lastPath = this.path;
    this.path = [0];
    this.tally.enter(0);
    return 0;
  }

  step(action: number): StepResult<number> {
    if (action !== LEFT && action !== RIGHT) throw new RangeError(`RiverSwim actions are 0 (left) and 1 (right), got ${action}`);
    if (this.t >= this.horizon) throw new Error('RiverSwim: step() after the episode ended; call reset()');
    const model = this.chain;
    const base = (this.position * 2 + action) * 3;
    // One uniform per step picks the outcome: the first whose cumulative probability exceeds it.
    const u = this.rng.uniform();
    let k = 0;
    let cumulative = model.prob[base];
    while (u >= cumulative && k < 2 && model.prob[base + k + 1] > 0) cumulative += model.prob[base + ++k];
    const reward = model.reward[base + k];
    if (reward === 1) this.success = true;
    this.position = model.next[base + k];
    this.t++;
    this.episodeReturn += reward;
    this.path.push(this.position);
    this.tally.enter(this.position);
    const r = this.result;
    r.obs = this.position;
    r.reward = reward;
    r.terminated = false;
    r.truncated = this.t === this.horizon;
    if (r.truncated) this.tally.endEpisode(this.success, this.episodeReturn, r.info);
    return r;
  }

  view(): RiverSwimView {
    return {
      kind: 'river-swim', size: this.size, position: this.position, t: this.t, horizon: this.horizon,
      visits: Array.from(this.tally.visits), path: [...this.path], lastPath: [...this.lastPath],
      episodes: this.tally.episodes, firstSuccess: this.tally.firstSuccess,
    };
  }
}
