// Intelligent Go-Explore's judge, scripted (Lu et al. 2024; catalogue D3). IGE asks a foundation model whether a
// newly found state is interesting enough to keep; here a rule reads the same facts a text description of the
// state would give (which room, whether the key is held, the score so far) and keeps a new cell only if it is
// progress: a (room, key) pair the archive has not reached, or a higher score than the archive holds for that
// pair. Everything else (one more square of an explored room) is turned away, so the archive stays small and every
// cell in it is a real step forward. With probability `error` the judge gets it wrong, either way.
import type { Rng } from '../../rng/rng.ts';
import type { CellArchive } from './cell-archive.ts';

/** What the judge reads about a state. */
export interface StateFacts {
  readonly room: number;
  readonly hasKey: boolean;
}

export type Judge = (state: number, score: number, archive: CellArchive) => boolean;

export function createScriptedJudge(describe: (state: number) => StateFacts, error: number, rng: Rng): Judge {
  if (!(error >= 0 && error <= 1)) throw new RangeError(`the judge's error rate must lie in [0, 1], got ${error}`);
  return (state, score, archive) => {
    const facts = describe(state);
    let seenPair = false;
    let bestScore = -Infinity;
    for (const e of archive.cells()) {
      const f = describe(e.state);
      if (f.room !== facts.room || f.hasKey !== facts.hasKey) continue;
      seenPair = true;
      bestScore = Math.max(bestScore, e.score);
    }
    const interesting = !seenPair || score > bestScore;
    // Drawn every time, so the random stream does not depend on what was judged.
    const wrong = rng.uniform() < error;
    return wrong ? !interesting : interesting;
  };
}
