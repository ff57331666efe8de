// When has a learner got there? A gridworld wrapper that watches which goal each episode ends at and reports the
// first episode by which the agent reaches the best goal reliably: at least `share` of the last `window` episodes
// ended there (18 of 20 by default). That episode is the env view's `firstSuccess`, so the first-success sweep
// (engine/first-success-sweep.ts) can measure episodes-to-reliable-success across the effective-horizon suite.
// The best goal is the one paying the most; on every suite map the optimal policy heads for it.
import type { Env, StepResult } from '../env.ts';
import type { TabularModel } from '../tabular-model.ts';
import { Cell, type GridLayout } from './grid-layout.ts';
import type { GridView, GridworldEnv } from './gridworld-env.ts';

export interface GoalReliabilityView extends GridView {
  /** The 1-based episode by which the best goal was reached reliably, or null. */
  readonly firstSuccess: number | null;
  /** Share of the last `window` finished episodes that ended at the best goal. */
  readonly recentShare: number;
}

export const RELIABLE_WINDOW = 20;
export const RELIABLE_SHARE = 0.9;

export class GoalReliability implements Env<number, number, GoalReliabilityView> {
  private readonly recent: boolean[] = [];
  private readonly best: number;
  private episodes = 0;
  private reached = false;
  private firstSuccess: number | null = null;

  constructor(readonly inner: GridworldEnv, private readonly window = RELIABLE_WINDOW, private readonly share = RELIABLE_SHARE) {
    const { cells, enterReward } = inner.layout;
    let best = -Infinity;
    cells.forEach((type, c) => { if (type === Cell.goal) best = Math.max(best, enterReward[c]); });
    this.best = best;
  }

  get observationSpace() { return this.inner.observationSpace; }
  get actionSpace() { return this.inner.actionSpace; }
  get model(): TabularModel { return this.inner.model; }
  get layout(): GridLayout { return this.inner.layout; }

  reset(): number {
    // An episode that was running is over (finished or cut by the time limit): record where it ended.
    if (this.episodes > 0) this.record(this.reached);
    this.episodes++;
    this.reached = false;
    return this.inner.reset();
  }

  step(action: number): StepResult<number> {
    const r = this.inner.step(action);
    const { cells, enterReward } = this.inner.layout;
    // The state may carry more than the cell (sticky moves: cell + cells·(last move + 1)).
    const cell = r.obs % cells.length;
    if (r.terminated && cells[cell] === Cell.goal && enterReward[cell] >= this.best) this.reached = true;
    return r;
  }

  private record(success: boolean): void {
    this.recent.push(success);
    if (this.recent.length > this.window) this.recent.shift();
    const hits = this.recent.filter(Boolean).length;
    if (this.firstSuccess === null && this.recent.length === this.window && hits >= this.share * this.window) {
      this.firstSuccess = this.episodes;
    }
  }

  view(): GoalReliabilityView {
    const hits = this.recent.filter(Boolean).length;
    return {
      ...this.inner.view(), firstSuccess: this.firstSuccess, recentShare: this.recent.length > 0 ? hits / this.recent.length : 0,
    };
  }
}
