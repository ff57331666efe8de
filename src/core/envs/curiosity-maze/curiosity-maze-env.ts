// The curiosity lab's worlds (catalogue D2). 'maze': a 15×15 maze with the start in the bottom-left corner and the
// treasure (+1, ends the episode) 36 moves away in the top-right one; a random walk needs thousands of steps to get
// there. 'treasure-field': an open room with 8 treasures (+1 each, the first one reached ends the episode), for
// the diversity of successes. Either may hold a noisy TV: a dead-end cell near the start whose screen shows one of
// K random patterns every step the agent stands on it. The screen is part of the observation, so an agent that
// rewards itself for surprise can sit there forever.
//
// Observation = cell + cells·pattern, pattern 0 when no picture is on screen and 1..K otherwise. Moves: 0 up,
// 1 right, 2 down, 3 left; walls and the edge stop a move. Map legend: '#' wall, '.' floor, 'S' start, 'T' treasure,
// 'V' the TV's cell (floor when the TV is off).
import type { Env, StepResult } from '../env.ts';
import { createStepResult } from '../env.ts';
import { discrete, type Space } from '../../spaces/space.ts';
import type { Rng } from '../../rng/rng.ts';

export const CURIOSITY_MAZE_MAP: readonly string[] = [
  '###############',
  '#.........#..T#',
  '#.#####.#.#.#.#',
  '#...#...#...#.#',
  '###.#.#########',
  '#.#.#.........#',
  '#.#.#.#.##.##.#',
  '#.#.#...#.....#',
  '#.#.###.#.###.#',
  '#.#...#...#...#',
  '#.###.#####.#.#',
  '#..V#.#...#...#',
  '#.###.#.#.#.#.#',
  '#S......#.....#',
  '###############',
];

export const TREASURE_FIELD_MAP: readonly string[] = [
  '###############',
  '#T.....T.....T#',
  '#.............#',
  '#.............#',
  '#.............#',
  '#.............#',
  '#.............#',
  '#T.....S.....T#',
  '#.............#',
  '#.............#',
  '#.............#',
  '#.............#',
  '#.#.#.........#',
  '#T#V#..T.....T#',
  '###############',
];

export type CuriosityWorld = 'maze' | 'treasure-field';
export const MAX_TV_PATTERNS = 256;
export const TREASURE_REWARD = 1;
/** The window of successes over which `explore/recent-treasures` counts distinct treasures. */
export const RECENT_SUCCESSES = 20;

export interface CuriosityMazeOptions {
  readonly world: CuriosityWorld;
  readonly tv: boolean;
  /** K: how many different pictures the TV can show (1..256). */
  readonly tvPatterns: number;
}

export interface CuriosityLayout {
  readonly width: number;
  readonly height: number;
  /** The map's characters ('S' becomes floor; 'V' stays, drawn only when the TV is on). */
  readonly cells: readonly string[];
  readonly start: number;
  readonly treasures: readonly number[];
  readonly tvCell: number;
}

export interface CuriosityMazeView {
  readonly kind: 'curiosity-maze';
  readonly width: number;
  readonly height: number;
  readonly cells: readonly string[];
  readonly agent: number;
  readonly tv: boolean;
  readonly tvCell: number;
  /** The picture on screen now (0 = none). */
  readonly pattern: number;
  /** Times each cell was entered, over all episodes of this run. */
  readonly visits: number[];
  readonly treasures: readonly number[];
  /** Treasures reached at least once. */
  readonly treasuresFound: number[];
  readonly episodes: number;
}

export function parseCuriosityMap(rows: readonly string[]): CuriosityLayout {
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  const cells: string[] = [];
  const treasures: number[] = [];
  let start = -1;
  let tvCell = -1;
  rows.forEach((row, r) => {
    if (row.length !== width) throw new RangeError(`map row ${r + 1} has ${row.length} cells, expected ${width}`);
    [...row].forEach((ch, c) => {
      if (!'#.STV'.includes(ch)) throw new RangeError(`unknown map cell '${ch}' at row ${r + 1}, column ${c + 1}`);
      const i = r * width + c;
      if (ch === 'S') {
        if (start >= 0) throw new RangeError('the map has two starts');
        start = i;
      }
      if (ch === 'V') {
        if (tvCell >= 0) throw new RangeError('the map has two TVs');
        tvCell = i;
      }
      if (ch === 'T') treasures.push(i);
      cells.push(ch === 'S' ? '.' : ch);
    });
  });
  if (start < 0 || tvCell < 0 || treasures.length === 0) throw new RangeError('the map needs a start, a TV cell and a treasure');
  return { width, height, cells, start, treasures, tvCell };
}

const LAYOUTS: Record<CuriosityWorld, CuriosityLayout> = {
  maze: parseCuriosityMap(CURIOSITY_MAZE_MAP),
  'treasure-field': parseCuriosityMap(TREASURE_FIELD_MAP),
};

export function curiosityLayout(world: CuriosityWorld): CuriosityLayout {
  const layout = LAYOUTS[world];
  if (!layout) throw new RangeError(`unknown curiosity world '${world}'`);
  return layout;
}

const DELTAS: readonly [number, number][] = [[-1, 0], [0, 1], [1, 0], [0, -1]];

export class CuriosityMazeEnv implements Env<number, number, CuriosityMazeView> {
  readonly observationSpace: Space;
  readonly actionSpace: Space = discrete(4);
  readonly layout: CuriosityLayout;
  readonly nCells: number;
  private readonly result: StepResult<number> = createStepResult(0);
  private readonly visits: Float64Array;
  private readonly found = new Set<number>();
  /** The treasures the last RECENT_SUCCESSES successful episodes ended at (a ring). */
  private readonly recent: number[] = [];
  private recentNext = 0;
  private cell: number;
  private pattern = 0;
  private distinct = 0;
  /** Episodes started (resets), so the current one is number `episodes`. */
  private episodes = 0;
  private firstSuccess: number | null = null;
  private episodeSteps = 0;
  private tvSteps = 0;

  constructor(readonly options: CuriosityMazeOptions, private readonly rng: Rng) {
    const { tvPatterns } = options;
    if (!(Number.isInteger(tvPatterns) && tvPatterns >= 1 && tvPatterns <= MAX_TV_PATTERNS)) {
      throw new RangeError(`the TV shows 1 to ${MAX_TV_PATTERNS} patterns, got ${tvPatterns}`);
    }
    this.layout = curiosityLayout(options.world);
    this.nCells = this.layout.width * this.layout.height;
    this.observationSpace = discrete(this.nCells * (tvPatterns + 1));
    this.visits = new Float64Array(this.nCells);
    this.cell = this.layout.start;
  }

  /** The parts of an observation: the agent's cell and the picture on screen (0 = none). */
  decode(obs: number): { cell: number; pattern: number } {
    return { cell: obs % this.nCells, pattern: Math.floor(obs / this.nCells) };
  }

  private observe(): number {
    this.pattern = this.options.tv && this.cell === this.layout.tvCell ? 1 + this.rng.int(this.options.tvPatterns) : 0;
    return this.cell + this.nCells * this.pattern;
  }

  private enter(cell: number): void {
    this.cell = cell;
    if (this.visits[cell] === 0) this.distinct++;
    this.visits[cell]++;
  }

  reset(): number {
    this.episodes++;
    this.episodeSteps = 0;
    this.tvSteps = 0;
    this.enter(this.layout.start);
    return this.observe();
  }

  step(action: number): StepResult<number> {
    if (!(Number.isInteger(action) && action >= 0 && action < 4)) throw new RangeError(`moves are 0–3, got ${action}`);
    const { layout } = this;
    const r = Math.floor(this.cell / layout.width) + DELTAS[action][0];
    const c = (this.cell % layout.width) + DELTAS[action][1];
    let target = this.cell;
    if (r >= 0 && r < layout.height && c >= 0 && c < layout.width && layout.cells[r * layout.width + c] !== '#') {
      target = r * layout.width + c;
    }
    this.enter(target);
    this.episodeSteps++;
    if (this.options.tv && target === layout.tvCell) this.tvSteps++;
    const treasure = layout.cells[target] === 'T';
    const res = this.result;
    res.obs = this.observe();
    res.reward = treasure ? TREASURE_REWARD : 0;
    res.terminated = treasure;
    res.truncated = false;
    // Written every step, so whichever step ends the episode (the treasure or the time limit) carries them.
    const info = res.info;
    info['explore/states-visited'] = this.distinct;
    info['explore/tv-share'] = this.tvSteps / this.episodeSteps;
    info['explore/success'] = treasure ? 1 : 0;
    if (treasure) {
      this.found.add(target);
      this.recent[this.recentNext] = target;
      this.recentNext = (this.recentNext + 1) % RECENT_SUCCESSES;
      if (this.firstSuccess === null) this.firstSuccess = this.episodes;
    }
    info['explore/treasures-found'] = this.found.size;
    info['explore/recent-treasures'] = new Set(this.recent).size;
    if (this.firstSuccess !== null) info['explore/first-success-episode'] = this.firstSuccess;
    else delete info['explore/first-success-episode'];
    return res;
  }

  view(): CuriosityMazeView {
    const { layout } = this;
    return {
      kind: 'curiosity-maze', width: layout.width, height: layout.height, cells: layout.cells, agent: this.cell,
      tv: this.options.tv, tvCell: layout.tvCell, pattern: this.pattern, visits: Array.from(this.visits),
      treasures: layout.treasures, treasuresFound: [...this.found], episodes: this.episodes,
    };
  }
}
