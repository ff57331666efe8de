// What an offline learner believes about its data (catalogue D7, §3.3): its Q at the actions the data took against
// those it never took in the same states (the out-of-distribution values nothing corrects), and how often its greedy
// action is the data's, and how often it is a move the data never made in that state. Q and the coverage counts are flat [s · A + a].
import type { TransitionTable } from './transition-batch.ts';

export interface QSplit {
  /** Mean Q over the (s, a) pairs the data contains. */
  readonly dataActionMean: number;
  /** Mean Q over the pairs whose state the data visits but whose action it never takes (NaN when there are none). */
  readonly unseenActionMean: number;
}

export function splitQByCoverage(q: ArrayLike<number>, coverage: ArrayLike<number>, nStates: number, nActions: number): QSplit {
  let seen = 0, seenCount = 0, unseen = 0, unseenCount = 0;
  for (let s = 0; s < nStates; s++) {
    let visited = false;
    for (let a = 0; a < nActions; a++) if (coverage[s * nActions + a]! > 0) visited = true;
    if (!visited) continue;
    for (let a = 0; a < nActions; a++) {
      const i = s * nActions + a;
      if (coverage[i]! > 0) { seen += q[i]!; seenCount++; } else { unseen += q[i]!; unseenCount++; }
    }
  }
  return { dataActionMean: seenCount > 0 ? seen / seenCount : NaN, unseenActionMean: unseenCount > 0 ? unseen / unseenCount : NaN };
}

/** Fraction of the data's transitions whose action equals `greedy` at their state. */
export function actionAgreement(greedy: ArrayLike<number>, data: TransitionTable): number {
  if (data.count === 0) return NaN;
  let same = 0;
  for (let i = 0; i < data.count; i++) if (greedy[data.states[i]!] === data.actions[i]) same++;
  return same / data.count;
}

/** Among the states the data visits, the fraction where `greedy` picks an action the data never took there. */
export function offDataGreedyShare(greedy: ArrayLike<number>, coverage: ArrayLike<number>, nStates: number, nActions: number): number {
  let visited = 0, off = 0;
  for (let s = 0; s < nStates; s++) {
    let seen = false;
    for (let a = 0; a < nActions; a++) if (coverage[s * nActions + a]! > 0) seen = true;
    if (!seen) continue;
    visited++;
    if (coverage[s * nActions + greedy[s]!] === 0) off++;
  }
  return visited > 0 ? off / visited : NaN;
}
