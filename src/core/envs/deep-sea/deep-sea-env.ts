// Deep Sea (Osband et al., bsuite; catalogue D1 and §3.2): an N×N grid the agent falls through one row per step,
// from the top-left cell. Each step it moves one column left or right; "right" costs 0.01/N, and "right" in the
// bottom-right cell pays +1. The only way to the treasure is N "right"s in a row, so the optimal return is
// 1 − 0.01 = 0.99, and an agent that dithers (ε-greedy) finds it with chance about 2^−N per episode.
//
// As in bsuite, which action index means "right" is drawn per cell (when `randomize` is on), so an agent cannot
// learn "always press 1"; the mapping is fixed for the env's lifetime. Windy mode (catalogue): "right" fails with
// probability 1/N (the agent still falls a row and still pays the cost).
//
// - Observation: row·N + column while falling; after the last step the episode terminates in the absorbing state N².
// - Episodes end after exactly N steps (terminated: the value after the bottom row is 0).
// - Info at each episode's end: 'explore/success' (1 if the treasure was reached), 'explore/first-success-episode'
//   (the 1-based episode of the first success, absent before), 'explore/states-visited' (distinct cells ever
//   entered) and 'explore/cumulative-regret' (Σ over episodes of the optimal expected return minus the return).
import type { Env, StepResult } from '../env.ts';
import { createStepResult } from '../env.ts';
import { discrete, type Space } from '../../spaces/space.ts';
import { createRng, type Rng } from '../../rng/rng.ts';
import { partialShuffle } from '../../rng/partial-shuffle.ts';
import { deepSeaModel, deepSeaOptimalReturn, MOVE_COST } from './deep-sea-model.ts';
import { ExplorationTally } from '../exploration-tally.ts';

export interface DeepSeaSpec {
  /** N: rows and columns (2–40 in the demo). */
  readonly size: number;
  /** Draw which action means "right" per cell (bsuite); off: action 1 is always "right". */
  readonly randomize: boolean;
  /** "Right" fails with probability 1/N. */
  readonly windy: boolean;
}

export const MAX_DEEP_SEA_SIZE = 40;

export interface DeepSeaView {
  readonly kind: 'deep-sea';
  readonly size: number;
  /** The cell the agent is in (row N after the last step). */
  readonly row: number;
  readonly column: number;
  /** Cells entered this episode, as row·N + column, in order (the start first). */
  readonly path: number[];
  /** The previous episode's path (what the agent just did when the current one has barely started). */
  readonly lastPath: number[];
  /** How often each cell (row·N + column) has been entered since the env was built. */
  readonly visits: number[];
  /** rightAction[cell]: the action index that moves right in that cell. */
  readonly rightAction: number[];
  readonly episodes: number;
  readonly firstSuccess: number | null;
  readonly windy: boolean;
}

export function checkDeepSeaSpec(spec: DeepSeaSpec): void {
  if (!(Number.isInteger(spec.size) && spec.size >= 2 && spec.size <= MAX_DEEP_SEA_SIZE)) {
    throw new RangeError(`Deep Sea needs a whole size from 2 to ${MAX_DEEP_SEA_SIZE}, got ${spec.size}`);
  }
}

/** Which action is "right" in each cell: random per cell (bsuite) or always action 1. */
export function drawActionMapping(spec: DeepSeaSpec, rng: Rng): Uint8Array {
  const cells = spec.size * spec.size;
  const mapping = new Uint8Array(cells).fill(1);
  if (spec.randomize) for (let c = 0; c < cells; c++) mapping[c] = rng.int(2);
  return mapping;
}

/**
 * Up to `count` distinct cells the agent can reach (column ≤ row, below the start), drawn from a stream named by the
 * size alone: the goals a reward-free agent is asked to plan to afterwards, the same for every agent and seed.
 */
export function deepSeaGoalCells(size: number, count = 20): number[] {
  const cells: number[] = [];
  for (let row = 1; row < size; row++) for (let column = 0; column <= row; column++) cells.push(row * size + column);
  const rng = createRng(`deep-sea-goals/${size}`);
  partialShuffle(cells, count, rng);
  return cells.slice(0, Math.min(count, cells.length)).sort((x, y) => x - y);
}

export class DeepSeaEnv implements Env<number, number, DeepSeaView> {
  readonly observationSpace: Space;
  readonly actionSpace: Space = discrete(2);
  readonly rightAction: Uint8Array;
  /** V*(start): the best expected return (0.99 without wind). */
  readonly optimalReturn: number;
  private readonly result: StepResult<number> = createStepResult(0);
  private readonly tally: ExplorationTally;
  private row = 0;
  private column = 0;
  private path: number[] = [0];
  private lastPath: number[] = [];
  private success = false;
  private episodeReturn = 0;

  constructor(readonly spec: DeepSeaSpec, private readonly rng: Rng) {
    checkDeepSeaSpec(spec);
    const n = spec.size;
    this.observationSpace = discrete(n * n + 1);
    // The mapping has its own stream, so it does not depend on how many steps are taken.
    this.rightAction = drawActionMapping(spec, rng.fork('mapping'));
    this.optimalReturn = deepSeaOptimalReturn(deepSeaModel(spec, this.rightAction));
    this.tally = new ExplorationTally(n * n, this.optimalReturn);
  }

  reset(): number {
    this.row = 0;
    this.column = 0;
    if (this.path.length > 1) this.lastPath = this.path;
    this.path = [0];
    this.success = false;
    this.episodeReturn = 0;
    this.tally.enter(0);
    return 0;
  }

  step(action: number): StepResult<number> {
    const n = this.spec.size;
    if (this.row >= n) throw new Error('Deep Sea: step() after the episode ended; call reset()');
    if (action !== 0 && action !== 1) throw new RangeError(`Deep Sea actions are 0 and 1, got ${action}`);
    const right = action === this.rightAction[this.row * n + this.column];
    let reward = 0;
    if (right) {
      if (this.column === n - 1) {
        reward += 1;
        this.success = true;
      }
      reward -= MOVE_COST / n;
      if (!this.spec.windy || this.rng.uniform() >= 1 / n) this.column = Math.min(this.column + 1, n - 1);
    } else {
      this.column = Math.max(this.column - 1, 0);
    }
    this.row++;
    this.episodeReturn += reward;
    const r = this.result;
    r.reward = reward;
    r.truncated = false;
    r.terminated = this.row === n;
    if (r.terminated) {
      r.obs = n * n;
      this.tally.endEpisode(this.success, this.episodeReturn, r.info);
    } else {
      const cell = this.row * n + this.column;
      r.obs = cell;
      this.path.push(cell);
      this.tally.enter(cell);
    }
    return r;
  }

  view(): DeepSeaView {
    return {
      kind: 'deep-sea', size: this.spec.size, row: this.row, column: this.column, path: [...this.path],
      lastPath: [...this.lastPath], visits: Array.from(this.tally.visits), rightAction: Array.from(this.rightAction),
      episodes: this.tally.episodes, firstSuccess: this.tally.firstSuccess, windy: this.spec.windy,
    };
  }
}
