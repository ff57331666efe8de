// Go-Explore phase 1 as a planner to step through (catalogue D3): each sweep is one select–return–explore round
// (go-explore-phase1.ts) in its own copy of Montezuma-lite, which it can restore at will. Metrics per round:
// 'explore/archive-size', 'explore/best-score' and 'explore/frames' (env steps so far). The view lists the archive
// (for the map), each cell's selection probability, and the cells along the best trajectory.
import type { AgentContext, AgentView, Planner } from '../agent.ts';
import { GoExplorePhase1 } from '../../algorithms/go-explore/go-explore-phase1.ts';
import { DEFAULT_SELECTION } from '../../algorithms/go-explore/cell-archive.ts';
import { MontezumaLiteEnv, montezumaCell } from '../../envs/montezuma-lite/montezuma-lite-env.ts';
import { checkPositiveInt } from '../settings-checks.ts';

export interface GoExplorePlannerSettings {
  /** Cell size: positions are grouped in downscale × downscale squares. */
  readonly downscale: number;
  /** Whether holding the key is part of the cell. */
  readonly withKey: boolean;
  readonly exploreSteps: number;
  readonly meanRepeat: number;
  /** Selection weights of "times seen" and "times chosen" (powers 0.5). */
  readonly seenWeight: number;
  readonly chosenWeight: number;
  /** Rounds before the planner counts as done. */
  readonly maxIterations: number;
}

export interface ArchiveCellView {
  readonly key: string;
  /** A representative map cell (where the kept way ends). */
  readonly cell: number;
  readonly room: number;
  readonly hasKey: boolean;
  readonly seen: number;
  readonly score: number;
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
}

function check(s: GoExplorePlannerSettings): void {
  checkPositiveInt('Go-Explore', 'downscale', s.downscale);
  checkPositiveInt('Go-Explore', 'exploreSteps', s.exploreSteps);
  checkPositiveInt('Go-Explore', 'maxIterations', s.maxIterations);
  if (!(s.meanRepeat >= 1)) throw new RangeError(`Go-Explore: the mean action repeat must be at least 1, got ${s.meanRepeat}`);
  if (!(s.seenWeight >= 0 && s.chosenWeight >= 0)) throw new RangeError('Go-Explore: selection weights must be ≥ 0');
}

const phaseSettings = (s: GoExplorePlannerSettings) => ({
  exploreSteps: s.exploreSteps, meanRepeat: s.meanRepeat,
  weights: { ...DEFAULT_SELECTION, seen: s.seenWeight, chosen: s.chosenWeight },
});

export function createGoExplorePlanner(ctx: AgentContext, initial: GoExplorePlannerSettings): Planner<GoExplorePlannerSettings> {
  check(initial);
  let s = initial;
  const world = new MontezumaLiteEnv();
  const replayWorld = new MontezumaLiteEnv();
  const go = new GoExplorePhase1(world, (state) => montezumaCell(world, state, s.downscale, s.withKey), 4, ctx.rng, phaseSettings(s));

  return {
    kind: 'planner',
    sweep() {
      go.iterate();
      return {
        'explore/archive-size': go.archive.size, 'explore/best-score': go.archive.best()?.score ?? 0, 'explore/frames': go.frames,
        'value/start': go.archive.best()?.score ?? 0,
      };
    },
    get converged() { return go.iterations >= s.maxIterations; },
    setParams(next) {
      check(next);
      // The cell shape is fixed when the archive is built (a change restarts the run); the rest applies now.
      s = { ...next, downscale: s.downscale, withKey: s.withKey };
      go.settings = phaseSettings(s);
    },
    stateValue: () => go.archive.best()?.score ?? 0,
    view: (): GoExploreView => {
      const probabilities = go.archive.probabilities(go.settings.weights);
      const archive = [...go.archive.cells()].map((e) => {
        const { cell, hasKey } = world.decode(e.state);
        return {
          key: e.key, cell, room: world.layout.room[cell], hasKey, seen: e.seen, score: e.score, probability: probabilities.get(e.key) ?? 0,
        };
      });
      const best = go.archive.best();
      const bestPath = [world.decode(replayWorld.reset()).cell];
      for (const a of best?.actions ?? []) bestPath.push(world.decode(replayWorld.step(a).obs).cell);
      return {
        kind: 'tabular', nActions: 4, archive, bestPath, bestScore: best?.score ?? 0, frames: go.frames,
        iterations: go.iterations, downscale: s.downscale,
      };
    },
  };
}
