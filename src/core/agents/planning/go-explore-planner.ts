// Go-Explore as a planner to step through (catalogue D3). Phase 1: each sweep is one select–return–explore round
// (go-explore-phase1.ts) in its own copy of Montezuma-lite, which it can restore at will. Metrics per round:
// 'explore/archive-size', 'explore/best-score' and 'explore/frames' (env steps so far). With phase 2 on, once the
// best trajectory reaches the treasure, exploring stops and each sweep is instead ten training episodes of the
// backward algorithm under sticky actions (backward-robustify.ts), reporting the share of the demo the policy has
// learned to finish ('explore/robust-progress') and its success from the real start under sticky actions
// ('explore/robust-success'), next to the open-loop replay's ('explore/replay-success'). The view lists the archive
// (for the map), each cell's selection probability, the cells along the best trajectory and phase 2's progress.
import type { AgentContext, AgentView, Planner } from '../agent.ts';
import { GoExplorePhase1 } from '../../algorithms/go-explore/go-explore-phase1.ts';
import { DEFAULT_SELECTION } from '../../algorithms/go-explore/cell-archive.ts';
import { BackwardRobustifier, DEFAULT_ROBUSTIFY } from '../../algorithms/go-explore/backward-robustify.ts';
import { createScriptedJudge } from '../../algorithms/go-explore/scripted-judge.ts';
import { MontezumaLiteEnv, montezumaCell } from '../../envs/montezuma-lite/montezuma-lite-env.ts';
import { checkPositiveInt } from '../settings-checks.ts';
import { spaceSize } from '../../spaces/space.ts';

export interface GoExplorePlannerSettings {
  /** Cell size: positions are grouped in downscale × downscale squares. */
  readonly downscale: number;
  /** Whether holding the key is part of the cell. */
  readonly withKey: boolean;
  readonly exploreSteps: number;
  readonly meanRepeat: number;
  /** Go back to a cell by restoring its state, or by replaying its actions from the start (counted as frames). */
  readonly returnMode: 'restore' | 'replay' | 'policy';
  /** Intelligent Go-Explore: a scripted judge keeps only new cells that are progress; it errs with `judgeError`. */
  readonly judge: boolean;
  readonly judgeError: number;
  /** Selection weights of "times seen" and "times chosen" (powers 0.5). */
  readonly seenWeight: number;
  readonly chosenWeight: number;
  /** Rounds before the planner counts as done. */
  readonly maxIterations: number;
  /** Robustify the best trajectory once it reaches the treasure. */
  readonly phase2: boolean;
  /** Sticky-action probability of phase 2's training and tests. */
  readonly stickyProb: number;
}

/** Phase 2 training episodes per sweep, test episodes per sweep, and the cap on training episodes. */
const EPISODES_PER_ROUND = 10;
const TEST_EPISODES = 20;
const REPLAY_TEST_EPISODES = 200;
const MAX_PHASE2_EPISODES = 20_000;

export interface RobustifyView {
  /** The map cell training episodes start from now, and the share of the demo the policy has learned to finish. */
  readonly startCell: number;
  readonly progress: number;
  readonly episodes: number;
  readonly testSuccess: number;
  readonly replaySuccess: number;
  readonly done: boolean;
  /** Once done: success from the start at each sticky probability, the trained policy's and the blind replay's. */
  readonly stickinessCurve: readonly StickinessPoint[];
  /** The sticky probability the policy was trained under. */
  readonly trainedProb: number;
}

export interface StickinessPoint {
  readonly stickyProb: number;
  readonly policy: number;
  readonly replay: number;
}

/** The sticky probabilities of the curve drawn once phase 2 is done, and the test episodes at each. */
export const CURVE_PROBS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
const CURVE_EPISODES = 100;

export interface ArchiveCellView {
  readonly key: string;
  /** A representative map cell (where the kept way ends). */
  readonly cell: number;
  readonly room: number;
  readonly hasKey: boolean;
  readonly seen: number;
  readonly score: number;
  /** Steps of the kept trajectory to the cell. */
  readonly length: number;
  readonly probability: number;
}

export interface GoExploreView extends AgentView {
  readonly archive: readonly ArchiveCellView[];
  /** Map cells along the best trajectory from the start. */
  readonly bestPath: readonly number[];
  readonly bestScore: number;
  readonly frames: number;
  readonly iterations: number;
  readonly downscale: number;
  /** New cells the judge turned away (0 without a judge). */
  readonly rejected: number;
  readonly judged: boolean;
  /** Returns by policy: tried so far and the share that reached the chosen cell (0 tried in the other modes). */
  readonly returnsTried: number;
  readonly returnSuccess: number;
  /** Phase 2's state once it has started. */
  readonly robustify: RobustifyView | null;
}

function check(s: GoExplorePlannerSettings): void {
  checkPositiveInt('Go-Explore', 'downscale', s.downscale);
  checkPositiveInt('Go-Explore', 'exploreSteps', s.exploreSteps);
  checkPositiveInt('Go-Explore', 'maxIterations', s.maxIterations);
  if (!(s.meanRepeat >= 1)) throw new RangeError(`Go-Explore: the mean action repeat must be at least 1, got ${s.meanRepeat}`);
  if (!(s.seenWeight >= 0 && s.chosenWeight >= 0)) throw new RangeError('Go-Explore: selection weights must be ≥ 0');
  if (!(s.judgeError >= 0 && s.judgeError <= 0.5)) throw new RangeError(`Go-Explore: the judge's error rate must lie in [0, 0.5], got ${s.judgeError}`);
  if (!(s.stickyProb >= 0 && s.stickyProb < 1)) throw new RangeError(`Go-Explore: the sticky-action probability must lie in [0, 1), got ${s.stickyProb}`);
}

const phaseSettings = (s: GoExplorePlannerSettings) => ({
  exploreSteps: s.exploreSteps, meanRepeat: s.meanRepeat, returnMode: s.returnMode,
  weights: { ...DEFAULT_SELECTION, seen: s.seenWeight, chosen: s.chosenWeight },
});

export function createGoExplorePlanner(ctx: AgentContext, initial: GoExplorePlannerSettings): Planner<GoExplorePlannerSettings> {
  check(initial);
  let s = initial;
  const world = new MontezumaLiteEnv();
  const replayWorld = new MontezumaLiteEnv();
  // The judge is fixed when the archive is built (its own random stream, so the explorer's is unchanged).
  const judge = s.judge
    ? createScriptedJudge((state) => {
      const { cell, hasKey } = world.decode(state);
      return { room: world.layout.room[cell], hasKey };
    }, s.judgeError, ctx.rng.fork('judge'))
    : undefined;
  const go = new GoExplorePhase1(
    world, (state) => montezumaCell(world, state, s.downscale, s.withKey), 4, ctx.rng, phaseSettings(s), judge,
    spaceSize(world.observationSpace),
  );
  const phase2Rng = ctx.rng.fork('phase2');
  const testRng = ctx.rng.fork('phase2-test');
  let robust: BackwardRobustifier | null = null;
  let testSuccess = 0;
  let replaySuccess = 0;
  let curve: StickinessPoint[] = [];

  const solved = () => (go.archive.best()?.terminal ?? false);
  const robustSettings = () => ({ ...DEFAULT_ROBUSTIFY, stickyProb: s.stickyProb });
  const progress = (r: BackwardRobustifier) => (r.demoLength - r.start) / r.demoLength;
  const phase1Metrics = () => ({
    'explore/archive-size': go.archive.size, 'explore/best-score': go.archive.best()?.score ?? 0, 'explore/frames': go.frames,
    'value/start': go.archive.best()?.score ?? 0,
  });

  const phase2Round = () => {
    if (!robust) {
      // The demo is frozen here: phase 1 stops exploring once its best trajectory reaches the treasure.
      robust = new BackwardRobustifier(new MontezumaLiteEnv(), go.archive.best()!.actions, 4, phase2Rng, robustSettings());
      replaySuccess = robust.testReplay(new MontezumaLiteEnv(), REPLAY_TEST_EPISODES, s.stickyProb, testRng);
    }
    robust.settings = robustSettings();
    for (let i = 0; i < EPISODES_PER_ROUND && !robust.done; i++) robust.trainEpisode();
    testSuccess = robust.testPolicy(new MontezumaLiteEnv(), TEST_EPISODES, s.stickyProb, testRng);
    if (robust.done && curve.length === 0) {
      // How robust the finished policy is, at stickiness it was not trained for as well (its own stream of tests).
      const r = robust;
      const curveRng = testRng.fork('curve');
      curve = CURVE_PROBS.map((p) => ({
        stickyProb: p,
        policy: r.testPolicy(new MontezumaLiteEnv(), CURVE_EPISODES, p, curveRng),
        replay: r.testReplay(new MontezumaLiteEnv(), CURVE_EPISODES, p, curveRng),
      }));
    }
    return {
      ...phase1Metrics(), 'explore/robust-progress': progress(robust), 'explore/robust-success': testSuccess, 'explore/replay-success': replaySuccess,
    };
  };

  return {
    kind: 'planner',
    sweep() {
      if (s.phase2 && solved()) return phase2Round();
      go.iterate();
      return phase1Metrics();
    },
    get converged() {
      if (robust) return robust.done || robust.episodes >= MAX_PHASE2_EPISODES;
      return go.iterations >= s.maxIterations;
    },
    setParams(next) {
      check(next);
      // The cell shape is fixed when the archive is built (a change restarts the run); the rest applies now.
      s = { ...next, downscale: s.downscale, withKey: s.withKey, judge: s.judge, judgeError: s.judgeError };
      go.settings = phaseSettings(s);
    },
    stateValue: () => go.archive.best()?.score ?? 0,
    view: (): GoExploreView => {
      const probabilities = go.archive.probabilities(go.settings.weights);
      const archive = [...go.archive.cells()].map((e) => {
        const { cell, hasKey } = world.decode(e.state);
        return {
          key: e.key, cell, room: world.layout.room[cell], hasKey, seen: e.seen, score: e.score, length: e.length,
          probability: probabilities.get(e.key) ?? 0,
        };
      });
      const best = go.archive.best();
      const bestPath = [world.decode(replayWorld.reset()).cell];
      for (const a of best?.actions ?? []) bestPath.push(world.decode(replayWorld.step(a).obs).cell);
      const r = robust as BackwardRobustifier | null;
      return {
        kind: 'tabular', nActions: 4, archive, bestPath, bestScore: best?.score ?? 0, frames: go.frames,
        iterations: go.iterations, downscale: s.downscale, rejected: go.rejected, judged: s.judge,
        returnsTried: go.returnsTried, returnSuccess: go.returnsTried > 0 ? go.returnsReached / go.returnsTried : 0,
        robustify: r && {
          startCell: world.decode(r.demoStates[r.start]).cell, progress: progress(r), episodes: r.episodes, testSuccess, replaySuccess, done: r.done,
          stickinessCurve: curve, trainedProb: r.settings.stickyProb,
        },
      };
    },
  };
}
