// A gridworld with sticky actions: it samples the exact sticky model (sticky-model.ts), whose states are (cell, last
// move), so simulation and planning agree. The view is the ordinary grid view, with the agent's cell.
import type { Env, StepResult } from '../env.ts';
import { createStepResult } from '../env.ts';
import { discrete, type Space } from '../../spaces/space.ts';
import type { Rng } from '../../rng/rng.ts';
import type { TabularModel } from '../tabular-model.ts';
import { buildGridModel, GRID_ACTIONS } from './grid-dynamics.ts';
import type { GridLayout } from './grid-layout.ts';
import type { GridView } from './gridworld-env.ts';
import { stickyModel } from './sticky-model.ts';

export class StickyGridworldEnv implements Env<number, number, GridView> {
  readonly observationSpace: Space;
  readonly actionSpace: Space = discrete(GRID_ACTIONS);
  readonly model: TabularModel;
  private state: number;
  private readonly result: StepResult<number>;

  /** `transformModel` rewrites the plain model first (e.g. shaping), then the moves are made sticky. */
  constructor(
    readonly layout: GridLayout, readonly stickyProb: number, private readonly rng: Rng,
    transformModel: (model: TabularModel, layout: GridLayout) => TabularModel = (model) => model,
  ) {
    this.model = stickyModel(transformModel(buildGridModel(layout), layout), stickyProb);
    this.observationSpace = discrete(this.model.nStates);
    this.state = this.model.start;
    this.result = createStepResult(this.state);
  }

  reset(): number {
    this.state = this.model.start;
    return this.state;
  }

  step(action: number): StepResult<number> {
    if (!(Number.isInteger(action) && action >= 0 && action < GRID_ACTIONS)) throw new RangeError(`moves are 0–3, got ${action}`);
    const m = this.model;
    const base = (this.state * GRID_ACTIONS + action) * m.maxOutcomes;
    let u = this.rng.uniform();
    let k = 0;
    while (k < m.maxOutcomes - 1 && (u -= m.prob[base + k]) >= 0) k++;
    // Skip zero-probability padding the draw may have landed on through rounding.
    while (k > 0 && m.prob[base + k] === 0) k--;
    const r = this.result;
    this.state = m.next[base + k];
    r.obs = this.state;
    r.reward = m.reward[base + k];
    r.terminated = m.ends[base + k] === 1;
    r.truncated = false;
    return r;
  }

  view(): GridView {
    return { kind: 'grid', layout: this.layout, agent: this.state % (this.layout.width * this.layout.height) };
  }
}
