// Win-stay / lose-shift over a short window: the "raw-history heuristic" stand-in for an in-context (LLM) bandit
// agent of catalogue D5 (EVOLvE gives a model only the raw list of past pulls). Deliberately simple and weak:
//   - memory: the last W (arm, reward) pairs, nothing else (no counts or means beyond the window);
//   - win: the last reward was at least the mean reward of the W pulls before it (any reward ≥ 0 on the very
//     first pull); then pull the same arm again;
//   - loss: shift to another arm: one not seen in the window if there is any (uniformly among them), otherwise the
//     other arm with the best mean reward within the window (ties at random);
//   - the first pull is uniform.
// On a large gap the best arm wins often enough to hold the agent; on a small gap a few unlucky rewards push it off,
// and with the window forgetting everything older it keeps re-trying bad arms: linear regret, and suffix failures.
import type { AgentContext, Learner, Transition, AgentView } from '../agent.ts';
import { spaceSize } from '../../spaces/space.ts';
import { DEFAULT_WSLS_WINDOW, PullWindow } from './pull-window.ts';

export interface WinStayLoseShiftSettings {
  /** W, the number of latest (arm, reward) pairs remembered; default 10 (at least 1). */
  readonly window?: number;
}

export { DEFAULT_WSLS_WINDOW };

export function createWinStayLoseShift(ctx: AgentContext, initial: WinStayLoseShiftSettings): Learner<WinStayLoseShiftSettings> {
  const arms = spaceSize(ctx.actionSpace);
  let settings = initial;
  const pulls = new Float64Array(arms);
  const window = new PullWindow(PullWindow.sizeOf(settings.window));
  let lastArm = -1;
  let lastWin = false;
  const sums = new Float64Array(arms);
  const counts = new Float64Array(arms);
  const candidates: number[] = [];

  // Per-arm reward sums and counts within the window.
  const tally = () => {
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < window.arms.length; i++) {
      sums[window.arms[i]] += window.rewards[i];
      counts[window.arms[i]]++;
    }
  };

  return {
    kind: 'learner',
    act() {
      if (lastArm < 0) return ctx.rng.int(arms);
      if (lastWin || arms === 1) return lastArm;
      tally();
      candidates.length = 0;
      for (let a = 0; a < arms; a++) if (a !== lastArm && counts[a] === 0) candidates.push(a);
      if (candidates.length === 0) {
        let best = -Infinity;
        for (let a = 0; a < arms; a++) {
          if (a === lastArm) continue;
          const mean = sums[a] / counts[a];
          if (mean > best) { best = mean; candidates.length = 0; }
          if (mean === best) candidates.push(a);
        }
      }
      return candidates.length === 1 ? candidates[0] : candidates[ctx.rng.int(candidates.length)];
    },
    learn(tr: Transition) {
      lastWin = window.push(tr.action, tr.reward);
      lastArm = tr.action;
      pulls[tr.action]++;
    },
    setParams(next) {
      settings = next;
      window.resize(PullWindow.sizeOf(settings.window));
    },
    stateValue() {
      tally();
      let best = -Infinity;
      for (let a = 0; a < arms; a++) if (counts[a] > 0) best = Math.max(best, sums[a] / counts[a]);
      return best === -Infinity ? 0 : best;
    },
    view(): AgentView {
      tally();
      // Arms outside the window have no estimate (NaN: the arms view draws no marker).
      return {
        kind: 'bandit', nActions: arms, pulls: pulls.slice(),
        estimates: Float64Array.from({ length: arms }, (_, a) => (counts[a] > 0 ? sums[a] / counts[a] : NaN)),
      };
    },
  };
}
