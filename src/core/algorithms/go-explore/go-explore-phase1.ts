// Go-Explore phase 1, "explore until solved" (Ecoffet et al. 2021; catalogue D3, §3.2): repeat
//   1. select a cell from the archive with probability ∝ W(c) (cell-archive.ts);
//   2. go back to it by restoring its saved state (the world is deterministic, so its score and trajectory hold),
//      or, without a simulator that can restore, by replaying its trajectory's actions from the start, which
//      costs as many frames as the trajectory is long, or by following a goal-conditioned policy learned from every
//      transition so far (goal-conditioned-return.ts), which may fail: then it explores from where it ended;
//   3. explore from there for a number of steps with random actions, each repeated for a while (a new action is
//      drawn with probability 1/meanRepeat per step), stopping early if the episode ends;
//   4. add every cell reached to the archive, or update it when reached with a higher score or a shorter path.
// One call of `iterate()` is one select-return-explore round. Frames are env steps taken while returning (by replay
// or by policy) and exploring.
import type { Rng } from '../../rng/rng.ts';
import type { RestorableEnv } from '../../envs/restorable-env.ts';
import { CellArchive, DEFAULT_SELECTION, type SelectionWeights } from './cell-archive.ts';
import type { Judge } from './scripted-judge.ts';
import { GoalConditionedReturn } from './goal-conditioned-return.ts';

/** A policy's return may take twice the kept trajectory's length plus this many steps before it gives up. */
const RETURN_SLACK = 10;


export interface GoExploreSettings {
  /** Steps of exploration after each return (catalogue default 50). */
  readonly exploreSteps: number;
  /** Mean number of steps an action is repeated (default 4). */
  readonly meanRepeat: number;
  /**
   * How to go back to the chosen cell: restore its state (free), replay its actions from the start, or follow the
   * goal-conditioned policy from the start (default restore).
   */
  readonly returnMode?: 'restore' | 'replay' | 'policy';
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
  /** Returns by policy tried, and those that reached the chosen cell. */
  returnsTried = 0;
  returnsReached = 0;
  /** The goal-conditioned policy, made on the first return by policy (it then learns from every transition). */
  goalReturn: GoalConditionedReturn | null = null;

  constructor(
    private readonly env: RestorableEnv, private readonly cellOf: (state: number) => string, private readonly nActions: number,
    private readonly rng: Rng, public settings: GoExploreSettings = DEFAULT_GO_EXPLORE,
    /** Intelligent Go-Explore: a judge that decides whether a newly found cell is worth keeping (default: all are). */
    private readonly judge?: Judge,
    /** States of the world, for a goal-conditioned policy's table (needed for returnMode 'policy'). */
    private readonly nStates?: number,
  ) {
    if (!(settings.exploreSteps >= 1 && settings.meanRepeat >= 1)) throw new RangeError('Go-Explore needs exploreSteps ≥ 1 and meanRepeat ≥ 1');
    const start = env.reset();
    this.archive.visit(cellOf(start), start, 0, []);
  }

  iterate(): IterationReport {
    const { archive, env, rng, settings } = this;
    const chosen = archive.select(rng.uniform(), settings.weights);
    let frames = 0;
    let score = chosen.score;
    let actions = [...chosen.actions];
    let state = chosen.state;
    let newCells = 0;
    let ended = false;
    if (settings.returnMode === 'policy') {
      const policy = this.policy();
      state = env.reset();
      score = 0;
      actions = [];
      let reached = this.cellOf(state) === chosen.key;
      for (let t = 0; t < 2 * chosen.actions.length + RETURN_SLACK && !reached; t++) {
        const action = policy.act(state, chosen.key, rng);
        const result = env.step(action);
        frames++;
        score += result.reward;
        actions.push(action);
        policy.observe(state, action, result.obs, result.terminated);
        if (this.record(result.obs, score, actions, result.terminated)) newCells++;
        state = result.obs;
        if (result.terminated) { ended = true; break; }
        reached = this.cellOf(state) === chosen.key;
      }
      this.returnsTried++;
      if (reached) this.returnsReached++;
    } else if (settings.returnMode === 'replay') {
      env.reset();
      for (const a of chosen.actions) env.step(a);
      frames += chosen.actions.length;
    } else {
      env.restore(chosen.state);
    }
    let action = rng.int(this.nActions);
    for (let t = 0; t < settings.exploreSteps && !ended; t++) {
      if (t > 0 && rng.uniform() < 1 / settings.meanRepeat) action = rng.int(this.nActions);
      const result = env.step(action);
      frames++;
      score += result.reward;
      actions.push(action);
      this.goalReturn?.observe(state, action, result.obs, result.terminated);
      if (this.record(result.obs, score, actions, result.terminated)) newCells++;
      state = result.obs;
      if (result.terminated) break;
    }
    if (newCells > 0) chosen.chosenSinceNew = 0;
    this.frames += frames;
    this.iterations++;
    return { cell: chosen.key, newCells, frames };
  }

  /** A state reached with this score and path: the archive's update (through the judge for new cells). New cell? */
  private record(obs: number, score: number, actions: readonly number[], terminated: boolean): boolean {
    const key = this.cellOf(obs);
    // The judge only sees new cells: a better way to a kept cell is always taken.
    if (this.judge && !this.archive.get(key) && !this.judge(obs, score, this.archive)) {
      this.rejected++;
      return false;
    }
    const added = this.archive.visit(key, obs, score, actions, terminated);
    if (added) this.goalReturn?.addGoal(key);
    return added;
  }

  private policy(): GoalConditionedReturn {
    if (!this.goalReturn) {
      if (this.nStates === undefined) throw new RangeError('Go-Explore needs the number of states to return by a policy');
      this.goalReturn = new GoalConditionedReturn(this.nStates, this.nActions, this.cellOf);
      for (const cell of this.archive.cells()) this.goalReturn.addGoal(cell.key);
    }
    return this.goalReturn;
  }
}
