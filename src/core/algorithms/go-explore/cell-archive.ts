// Go-Explore's archive of cells (Ecoffet et al. 2021; catalogue §3.2 after uber-research/go-explore). A cell is a
// coarse description of a state (e.g. a downscaled position plus the key); for each cell the archive keeps the best
// way found to reach it: the state to restore, the score on arrival and the trajectory length, plus counters for
// selection:
//   W(c) = Σ_k w_k / (n_k(c) + 0.001)^{p_k} + 1e-5,   P(select c) = W(c) / Σ W
// with counters k = times seen, times chosen, times chosen since it last led to a new cell. A reached cell takes
// the new trajectory if its score is higher, or equal with a shorter trajectory; so a cell's score never falls.

export interface SelectionWeights {
  /** Weight and power of the "times seen" counter (no-domain-knowledge Montezuma script: 3.0, 0.5). */
  readonly seen: number;
  readonly seenPower: number;
  /** Weight and power of "times chosen" (0.1, 0.5). */
  readonly chosen: number;
  readonly chosenPower: number;
  /** Weight and power of "chosen since it last produced a new cell" (0 by default, power 1.0). */
  readonly sinceNew: number;
  readonly sinceNewPower: number;
}

export const DEFAULT_SELECTION: SelectionWeights = { seen: 3, seenPower: 0.5, chosen: 0.1, chosenPower: 0.5, sinceNew: 0, sinceNewPower: 1 };

export interface CellEntry {
  readonly key: string;
  /** The state to restore to return here. */
  state: number;
  score: number;
  /** Steps from the start along the kept trajectory. */
  length: number;
  /** The kept trajectory's actions (for the replay and for phase 2). */
  actions: number[];
  seen: number;
  chosen: number;
  chosenSinceNew: number;
  /** The kept way ends the episode here (e.g. at the treasure): nothing to explore from, never selected. */
  terminal: boolean;
}

/** W(c) for one cell. */
export function cellWeight(entry: Pick<CellEntry, 'seen' | 'chosen' | 'chosenSinceNew'>, w: SelectionWeights): number {
  return w.seen / (entry.seen + 0.001) ** w.seenPower
    + w.chosen / (entry.chosen + 0.001) ** w.chosenPower
    + w.sinceNew / (entry.chosenSinceNew + 0.001) ** w.sinceNewPower
    + 1e-5;
}

/** Whether a new way to a cell replaces the kept one: a higher score, or the same score in fewer steps. */
export function betterWay(score: number, length: number, kept: Pick<CellEntry, 'score' | 'length'>): boolean {
  return score > kept.score || (score === kept.score && length < kept.length);
}

export class CellArchive {
  private readonly entries = new Map<string, CellEntry>();

  get size(): number { return this.entries.size; }

  cells(): IterableIterator<CellEntry> { return this.entries.values(); }

  get(key: string): CellEntry | undefined { return this.entries.get(key); }

  /** The entry with the highest score (ties: the shortest trajectory). */
  best(): CellEntry | undefined {
    let best: CellEntry | undefined;
    for (const e of this.entries.values()) if (!best || betterWay(e.score, e.length, best)) best = e;
    return best;
  }

  /**
   * Record that the explorer reached `key` in `state` with `score` after `actions`. Returns true for a cell the
   * archive did not have. Every visit counts as "seen"; a better way replaces the kept state and trajectory.
   */
  visit(key: string, state: number, score: number, actions: readonly number[], terminal = false): boolean {
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, {
        key, state, score, length: actions.length, actions: [...actions], seen: 1, chosen: 0, chosenSinceNew: 0, terminal,
      });
      return true;
    }
    entry.seen++;
    if (betterWay(score, actions.length, entry)) {
      entry.state = state;
      entry.score = score;
      entry.length = actions.length;
      entry.actions = [...actions];
      entry.terminal = terminal;
    }
    return false;
  }

  /** Pick a cell with probability W(c)/ΣW, given a uniform u in [0, 1); count it as chosen. */
  select(u: number, weights: SelectionWeights): CellEntry {
    let total = 0;
    for (const e of this.entries.values()) if (!e.terminal) total += cellWeight(e, weights);
    if (total === 0) throw new Error('the archive has no cell to explore from: visit the start first');
    let target = u * total;
    let pick: CellEntry | undefined;
    for (const e of this.entries.values()) {
      if (e.terminal) continue;
      pick = e;
      target -= cellWeight(e, weights);
      if (target < 0) break;
    }
    pick!.chosen++;
    pick!.chosenSinceNew++;
    return pick!;
  }

  /** Selection probabilities of every cell, for the map view. */
  probabilities(weights: SelectionWeights): Map<string, number> {
    let total = 0;
    for (const e of this.entries.values()) if (!e.terminal) total += cellWeight(e, weights);
    return new Map([...this.entries.values()].map((e) => [e.key, e.terminal ? 0 : cellWeight(e, weights) / total]));
  }
}
