// The quality-diversity tab's searches as planners to step through (catalogue D3): each sweep is one chunk of
// controller evaluations in the deceptive maze (qd-search.ts), a generation of the exploring search or, for SERENE in
// turn, a round of its emitters. Metrics per sweep: 'explore/evaluations' (so far), 'explore/best-reward',
// 'explore/coverage' (share of the maze's squares some controller ended in) and 'explore/novelty-archive-size'.
// The view lists what the map draws: the archive's and the population's final positions, the emitters, and the
// best controller's path.
import type { AgentContext, AgentView, Planner } from '../agent.ts';
import { DEFAULT_QD, QualityDiversitySearch, TOPOLOGY, type DescriptorKind, type Evaluated, type QdMode } from '../../algorithms/quality-diversity/qd-search.ts';
import { DECEPTIVE_MAZE, runController } from '../../envs/deceptive-maze/deceptive-maze.ts';
import { mlpController } from '../../algorithms/quality-diversity/mlp-genome.ts';
import { checkPositiveInt } from '../settings-checks.ts';
import type { DescriptorModel } from '../../algorithms/quality-diversity/descriptor-model.ts';
import type { Rng } from '../../rng/rng.ts';

export interface QdPlannerSettings {
  readonly mode: QdMode;
  readonly k: number;
  readonly threshold: number | 'auto';
  readonly emitterBudget: number;
  readonly descriptor: DescriptorKind;
  /** Evaluations before the planner counts as done (a run to the end, the CLI); the page's Play goes on searching. */
  readonly maxEvaluations: number;
}

export interface QdPoint { readonly x: number; readonly y: number }

export interface QdView extends AgentView {
  readonly mode: QdMode;
  /** The archive's most recent members' final positions (all of them until MAX_DRAWN_ARCHIVE). */
  readonly archive: readonly QdPoint[];
  readonly archiveSize: number;
  /** The current population's final positions. */
  readonly population: readonly QdPoint[];
  /** Emitters: running, waiting, and finished (SERENE's reward archive), each at its elite's final position. */
  readonly emitters: readonly (QdPoint & { readonly state: 'active' | 'queued' | 'done'; readonly reward: number })[];
  readonly bestPath: readonly QdPoint[];
  readonly bestReward: number;
  readonly evaluations: number;
  readonly emitterEvaluations: number;
  readonly firstTreasure: number | null;
  readonly coverage: number;
  /** Times a learned descriptor's autoencoder has been trained (0 for hand-made descriptors). */
  readonly retrainings: number;
}

/** The search checks its own settings (qd-search.ts); the planner adds its budget. */
function check(s: QdPlannerSettings): void {
  checkPositiveInt('Quality-diversity search', 'evaluation budget', s.maxEvaluations);
}

const searchSettings = (s: QdPlannerSettings) => ({
  ...DEFAULT_QD, mode: s.mode, k: s.k, threshold: s.threshold, emitterBudget: s.emitterBudget, descriptor: s.descriptor,
});

const point = (x: number, y: number): QdPoint => ({ x, y });

/** The archive members the map draws (the most recent), so a long run keeps the page light. */
const MAX_DRAWN_ARCHIVE = 3000;
/** Positions drawn along the best controller's path (the search itself keeps only eleven). */
const DRAWN_SAMPLES = 100;

/**
 * `makeModel` builds the autoencoder of a learned descriptor (it needs tfjs, which the demo loads beside this
 * module); the planner disposes it.
 */
export function createQdPlanner(
  ctx: AgentContext, initial: QdPlannerSettings, makeModel?: (rng: Rng) => DescriptorModel,
): Planner<QdPlannerSettings> {
  check(initial);
  let s = initial;
  if (s.descriptor === 'learned' && !makeModel) throw new RangeError('This search cannot learn a behaviour descriptor: choose final-position or trajectory');
  const model = s.descriptor === 'learned' ? makeModel!(ctx.rng.fork('descriptor')) : undefined;
  const search = new QualityDiversitySearch(DECEPTIVE_MAZE, ctx.rng, searchSettings(s), undefined, model);
  // The best controller driven again with a finer trace for the map, once per new best (the maze is deterministic).
  let drawn: { of: Evaluated | null; path: QdPoint[] } = { of: null, path: [] };
  const bestPath = (): QdPoint[] => {
    const best = search.best;
    if (best && drawn.of !== best) {
      const trace = runController(DECEPTIVE_MAZE, mlpController(best.genome, TOPOLOGY), DEFAULT_QD.steps, DRAWN_SAMPLES).path;
      const path: QdPoint[] = [];
      for (let i = 0; i + 1 < trace.length; i += 2) path.push(point(trace[i]!, trace[i + 1]!));
      drawn = { of: best, path };
    }
    return drawn.path;
  };
  const metrics = () => ({
    'explore/evaluations': search.evaluations, 'explore/best-reward': search.best?.reward ?? 0,
    'explore/coverage': search.coverage, 'explore/novelty-archive-size': search.archive.members.length,
    'value/start': search.best?.reward ?? 0,
  });
  return {
    kind: 'planner',
    sweep() {
      search.chunk();
      return metrics();
    },
    get converged() {
      return search.evaluations >= s.maxEvaluations;
    },
    setParams(next) {
      check(next);
      // The search and the descriptor are fixed when the run starts (a change restarts it); the rest applies now.
      const kept = { ...next, mode: s.mode, descriptor: s.descriptor };
      search.updateSettings(searchSettings(kept)); // throws before changing anything on a bad value
      s = kept;
    },
    stateValue: () => search.best?.reward ?? 0,
    dispose: () => model?.dispose(),
    view: (): QdView => {
      const emitterPoint = (e: { elite: { finalX: number; finalY: number; reward: number } }, state: 'active' | 'queued' | 'done') => ({
        ...point(e.elite.finalX, e.elite.finalY), state, reward: e.elite.reward,
      });
      return {
        kind: 'tabular', nActions: 2, mode: s.mode,
        archive: search.archivePositions.slice(-MAX_DRAWN_ARCHIVE), archiveSize: search.archive.members.length,
        population: search.population.map((e) => point(e.finalX, e.finalY)),
        emitters: [
          ...search.rewardArchive.map((e) => emitterPoint({ elite: e }, 'done')),
          ...search.emitterQueue.map((e) => emitterPoint(e, 'queued')),
          ...(search.active ? [emitterPoint(search.active, 'active')] : []),
        ],
        bestPath: bestPath(), bestReward: search.best?.reward ?? 0, evaluations: search.evaluations,
        emitterEvaluations: search.emitterEvaluations, firstTreasure: search.firstTreasure, coverage: search.coverage,
        retrainings: search.retrainings,
      };
    },
  };
}
