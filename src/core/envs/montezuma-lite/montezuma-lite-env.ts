// "Montezuma-lite" (catalogue D3): a deterministic three-room world for Go-Explore. The start is in the left room,
// with the key in its far corner; the middle room holds coins (a small reward each, collected once: a decoy); its
// right wall has a door that opens only for the key holder; the treasure (+1, ends the episode) is in the right
// room. Reaching it takes about 40 well-chosen moves, so random exploration from the start almost never does.
//
// The whole state is (cell, holding the key, coins collected), encoded as one integer:
//   state = cell + cells·(hasKey + 2·coinMask)
// so restoring a state (Go-Explore's "return") is setting that integer back. Moves: 0 up, 1 right, 2 down, 3 left;
// walls, the edge and the locked door stop a move. Map legend: '#' wall, '.' floor, 'S' start, 'K' key, 'c' coin,
// 'D' door, 'T' treasure.
import type { Env, StepResult } from '../env.ts';
import { createStepResult } from '../env.ts';
import { discrete, type Space } from '../../spaces/space.ts';

export const MONTEZUMA_LITE_MAP: readonly string[] = [
  '#######################',
  '#.....#.......#.......#',
  '#.S...#...c...#.......#',
  '#...........c.D.....T.#',
  '#.....#.......#.......#',
  '#K....#..c....#.......#',
  '#######################',
];

export const COIN_REWARD = 0.1;
export const TREASURE_REWARD = 1;

export interface MontezumaLayout {
  readonly width: number;
  readonly height: number;
  /** The map's characters, row by row ('S' is floor once parsed). */
  readonly cells: readonly string[];
  readonly start: number;
  /** Coin cells, in reading order: bit i of the coin mask is coins[i]. */
  readonly coins: readonly number[];
  /** Room index of every cell: which of the rooms separated by walls at doorway columns it lies in. */
  readonly room: Uint8Array;
}

export interface MontezumaView {
  readonly kind: 'montezuma-lite';
  readonly width: number;
  readonly height: number;
  readonly cells: readonly string[];
  readonly agent: number;
  readonly hasKey: boolean;
  /** The coins still lying on the map. */
  readonly coinsLeft: number[];
  readonly room: number;
  /** The room of every cell (for drawing cells by room). */
  readonly rooms: number[];
}

export function parseMontezumaMap(rows: readonly string[]): MontezumaLayout {
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  const cells: string[] = [];
  const coins: number[] = [];
  let start = -1;
  const counts: Record<string, number> = {};
  rows.forEach((row, r) => {
    if (row.length !== width) throw new RangeError(`map row ${r + 1} has ${row.length} cells, expected ${width}`);
    [...row].forEach((ch, c) => {
      if (!'#.SKcDT'.includes(ch)) throw new RangeError(`unknown map cell '${ch}' at row ${r + 1}, column ${c + 1}`);
      const i = r * width + c;
      counts[ch] = (counts[ch] ?? 0) + 1;
      if (ch === 'S') start = i;
      if (ch === 'c') coins.push(i);
      cells.push(ch === 'S' ? '.' : ch);
    });
  });
  if (start < 0 || counts.K !== 1 || counts.D !== 1 || counts.T !== 1) throw new RangeError('the map needs one start, key, door and treasure');
  if (coins.length > 8) throw new RangeError('at most 8 coins');
  // Rooms: an inner column that is wall in all inner rows but one (its doorway) divides two rooms; the divider
  // column itself counts with the room on its left.
  const room = new Uint8Array(width * height);
  let index = 0;
  for (let c = 0; c < width; c++) {
    let walls = 0;
    for (let r = 1; r < height - 1; r++) if (cells[r * width + c] === '#') walls++;
    for (let r = 0; r < height; r++) room[r * width + c] = index;
    if (c > 0 && c < width - 1 && walls >= height - 3) index++;
  }
  return { width, height, cells, start, coins, room };
}

const DELTAS: readonly [number, number][] = [[-1, 0], [0, 1], [1, 0], [0, -1]];

export class MontezumaLiteEnv implements Env<number, number, MontezumaView> {
  readonly observationSpace: Space;
  readonly actionSpace: Space = discrete(4);
  private readonly result: StepResult<number> = createStepResult(0);
  private readonly nCells: number;
  private state: number;

  constructor(readonly layout: MontezumaLayout = parseMontezumaMap(MONTEZUMA_LITE_MAP)) {
    this.nCells = layout.width * layout.height;
    this.observationSpace = discrete(this.nCells * 2 * (1 << layout.coins.length));
    this.state = layout.start;
  }

  /** The parts of a state: cell, key, coin mask. */
  decode(state: number): { cell: number; hasKey: boolean; coinMask: number } {
    const cell = state % this.nCells;
    const rest = Math.floor(state / this.nCells);
    return { cell, hasKey: (rest & 1) === 1, coinMask: rest >> 1 };
  }

  encode(cell: number, hasKey: boolean, coinMask: number): number {
    return cell + this.nCells * ((hasKey ? 1 : 0) + 2 * coinMask);
  }

  reset(): number {
    this.state = this.layout.start;
    return this.state;
  }

  /** Go back to a saved state (the deterministic world makes the state integer a complete snapshot). */
  restore(state: number): number {
    if (!(Number.isInteger(state) && state >= 0 && state < (this.observationSpace as { n: number }).n)) {
      throw new RangeError(`not a Montezuma-lite state: ${state}`);
    }
    this.state = state;
    return state;
  }

  step(action: number): StepResult<number> {
    if (!(Number.isInteger(action) && action >= 0 && action < 4)) throw new RangeError(`moves are 0–3, got ${action}`);
    const { layout } = this;
    const { cell, hasKey, coinMask } = this.decode(this.state);
    const r = Math.floor(cell / layout.width) + DELTAS[action][0];
    const c = (cell % layout.width) + DELTAS[action][1];
    let target = cell;
    if (r >= 0 && r < layout.height && c >= 0 && c < layout.width) {
      const t = r * layout.width + c;
      const ch = layout.cells[t];
      if (ch !== '#' && !(ch === 'D' && !hasKey)) target = t;
    }
    let reward = 0;
    let key = hasKey;
    let mask = coinMask;
    const ch = layout.cells[target];
    if (ch === 'K') key = true;
    const coin = layout.coins.indexOf(target);
    if (coin >= 0 && !(mask & (1 << coin))) {
      mask |= 1 << coin;
      reward += COIN_REWARD;
    }
    const treasure = ch === 'T';
    if (treasure) reward += TREASURE_REWARD;
    this.state = this.encode(target, key, mask);
    const res = this.result;
    res.obs = this.state;
    res.reward = reward;
    res.terminated = treasure;
    res.truncated = false;
    return res;
  }

  view(): MontezumaView {
    const { cell, hasKey, coinMask } = this.decode(this.state);
    return {
      kind: 'montezuma-lite', width: this.layout.width, height: this.layout.height, cells: this.layout.cells, agent: cell, hasKey,
      coinsLeft: this.layout.coins.filter((_, i) => !(coinMask & (1 << i))), room: this.layout.room[cell],
      rooms: Array.from(this.layout.room),
    };
  }
}

/**
 * Go-Explore's cell for a state: the room, the position downscaled by `downscale` (cells of downscale × downscale
 * squares), and, when `withKey`, whether the key is held. Too coarse merges states that should stay apart (with and
 * without the key); too fine bloats the archive.
 */
export function montezumaCell(env: MontezumaLiteEnv, state: number, downscale: number, withKey: boolean): string {
  const { cell, hasKey } = env.decode(state);
  const { width, room } = env.layout;
  const x = Math.floor((cell % width) / downscale);
  const y = Math.floor(Math.floor(cell / width) / downscale);
  return `${room[cell]}:${x},${y}${withKey ? `:${hasKey ? 'key' : '-'}` : ''}`;
}
