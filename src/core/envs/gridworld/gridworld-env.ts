// The gridworld environment: each step samples the exact model, so simulation and planning can never disagree.
// The state is the agent's cell index, unless a model transform adds to it (sticky moves: cell + cells·(last + 1));
// the cell is then the state modulo the number of cells.
import type { Env, StepResult } from '../env.ts';
import { createStepResult } from '../env.ts';
import { discrete, type Space } from '../../spaces/space.ts';
import type { Rng } from '../../rng/rng.ts';
import type { TabularModel } from '../tabular-model.ts';
import { buildGridModel, GRID_ACTIONS } from './grid-dynamics.ts';
import type { GridLayout } from './grid-layout.ts';

export interface GridView {
  readonly kind: 'grid';
  readonly layout: GridLayout;
  readonly agent: number;
}

export class GridworldEnv implements Env<number, number, GridView> {
  readonly observationSpace: Space;
  readonly actionSpace: Space = discrete(GRID_ACTIONS);
  private layoutValue: GridLayout;
  private modelValue: TabularModel;
  private position: number;
  private readonly result: StepResult<number>;

  /**
   * `transformModel` rewrites the model built from a layout (e.g. adds reward shaping); the env then samples the
   * rewritten model, so planners and learners see the same rewards.
   */
  constructor(
    layout: GridLayout, private readonly rng: Rng,
    private readonly transformModel: (model: TabularModel, layout: GridLayout) => TabularModel = (model) => model,
  ) {
    this.layoutValue = layout;
    this.modelValue = transformModel(buildGridModel(layout), layout);
    this.observationSpace = discrete(this.modelValue.nStates);
    this.position = layout.start;
    this.result = createStepResult(layout.start);
  }

  get layout(): GridLayout { return this.layoutValue; }
  get model(): TabularModel { return this.modelValue; }
  get agentCell(): number { return this.position % (this.layoutValue.width * this.layoutValue.height); }

  /** Swap in an edited map of the same size mid-run; the agent stays where it is unless that cell became a wall. */
  setLayout(layout: GridLayout): void {
    if (layout.width !== this.layoutValue.width || layout.height !== this.layoutValue.height) {
      throw new RangeError('an edited map must keep its size');
    }
    this.layoutValue = layout;
    this.modelValue = this.transformModel(buildGridModel(layout), layout);
    if (this.modelValue.inert[this.position]) this.position = layout.start;
  }

  reset(): number {
    this.position = this.layoutValue.start;
    return this.position;
  }

  step(action: number): StepResult<number> {
    const m = this.modelValue;
    const base = (this.position * GRID_ACTIONS + action) * m.maxOutcomes;
    let k = 0;
    // Only ice (or sticky moves) has more than one outcome; a draw is spent only there.
    if (m.prob[base] < 1) {
      let u = this.rng.uniform();
      while (k < m.maxOutcomes - 1 && (u -= m.prob[base + k]) >= 0) k++;
      // Rounding can carry the draw onto an empty outcome slot: step back to the last real one.
      while (k > 0 && m.prob[base + k] === 0) k--;
    }
    const r = this.result;
    this.position = m.next[base + k];
    r.obs = this.position;
    r.reward = m.reward[base + k];
    r.terminated = m.ends[base + k] === 1;
    r.truncated = false;
    return r;
  }

  view(): GridView {
    return { kind: 'grid', layout: this.layoutValue, agent: this.agentCell };
  }
}
