// Go-Explore phase 1, "explore until solved" (Ecoffet et al. 2021; catalogue D3, §3.2): repeat
//   1. select a cell from the archive with probability ∝ W(c) (cell-archive.ts);
//   2. go back to it by restoring its saved state (the world is deterministic, so its score and trajectory hold),
//      or, without a simulator that can restore, by replaying its trajectory's actions from the start, which
//      costs as many frames as the trajectory is long;
//   3. explore from there for a number of steps with random actions, each repeated for a while (a new action is
//      drawn with probability 1/meanRepeat per step), stopping early if the episode ends;
//   4. add every cell reached to the archive, or update it when reached with a higher score or a shorter path.
// One call of `iterate()` is one select-return-explore round. Frames are env steps taken while returning (by replay)
// and exploring.
import type { Rng } from '../../rng/rng.ts';
import type { RestorableEnv } from '../../envs/restorable-env.ts';
import { CellArchive, DEFAULT_SELECTION, type SelectionWeights } from './cell-archive.ts';
import type { Judge } from './scripted-judge.ts';


export interface GoExploreSettings {
  /** Steps of exploration after each return (catalogue default 50). */
  readonly exploreSteps: number;
  /** Mean number of steps an action is repeated (default 4). */
  readonly meanRepeat: number;
  /** How to go back to the chosen cell: restore its state (free) or replay its actions from the start (default restore). */
  readonly returnMode?: 'restore' | 'replay';
  readonly weights: SelectionWeights;
}

export const DEFAULT_GO_EXPLORE: GoExploreSettings = { exploreSteps: 50, meanRepeat: 4, weights: DEFAULT_SELECTION };

export interface IterationReport {
  readonly cell: string;
  readonly newCells: number;
  readonly frames: number;
}

export class GoExplorePhase1 {
  readonly archive = new CellArchive();
  frames = 0;
  iterations = 0;
  /** New cells the judge turned away. */
  rejected = 0;

  constructor(
    private readonly env: RestorableEnv, private readonly cellOf: (state: number) => string, private readonly nActions: number,
    private readonly rng: Rng, public settings: GoExploreSettings = DEFAULT_GO_EXPLORE,
    /** Intelligent Go-Explore: a judge that decides whether a newly found cell is worth keeping (default: all are). */
    private readonly judge?: Judge,
  ) {
    if (!(settings.exploreSteps >= 1 && settings.meanRepeat >= 1)) throw new RangeError('Go-Explore needs exploreSteps ≥ 1 and meanRepeat ≥ 1');
    const start = env.reset();
    this.archive.visit(cellOf(start), start, 0, []);
  }

  iterate(): IterationReport {
    const { archive, env, rng, settings } = this;
    const chosen = archive.select(rng.uniform(), settings.weights);
    let frames = 0;
    if (settings.returnMode === 'replay') {
      env.reset();
      for (const a of chosen.actions) env.step(a);
      frames += chosen.actions.length;
    } else {
      env.restore(chosen.state);
    }
    let score = chosen.score;
    const actions = [...chosen.actions];
    let newCells = 0;
    let action = rng.int(this.nActions);
    for (let t = 0; t < settings.exploreSteps; t++) {
      if (t > 0 && rng.uniform() < 1 / settings.meanRepeat) action = rng.int(this.nActions);
      const result = env.step(action);
      frames++;
      score += result.reward;
      actions.push(action);
      const key = this.cellOf(result.obs);
      // The judge only sees new cells: a better way to a kept cell is always taken.
      if (this.judge && !archive.get(key) && !this.judge(result.obs, score, archive)) {
        this.rejected++;
      } else if (archive.visit(key, result.obs, score, actions, result.terminated)) {
        newCells++;
      }
      if (result.terminated) break;
    }
    if (newCells > 0) chosen.chosenSinceNew = 0;
    this.frames += frames;
    this.iterations++;
    return { cell: chosen.key, newCells, frames };
  }
}
