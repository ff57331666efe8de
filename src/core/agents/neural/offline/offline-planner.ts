// An offline learner as the engine runs it (catalogue D7): it never steps the environment to learn. Each sweep
// takes a block of minibatch gradient steps on the run's fixed dataset, then evaluates the greedy policy online in
// the true world (normalised score: random 0, expert 100) and reads its diagnostics: Q at the data's actions and at
// actions the data never took, agreement with the data's actions, V̂(s0). It is a Planner to the engine: one point
// per sweep, done after the set number of gradient steps.
import type { AgentContext, AgentView, Planner } from '../../agent.ts';
import type { Metrics } from '../../../metrics/metric-key.ts';
import type { OfflineDataset } from '../../../data/offline-dataset.ts';
import { flattenTransitions, topEpisodes } from '../../../data/transition-batch.ts';
import { coverageCounts, stateActionCoverage, trajectoryQuality } from '../../../data/dataset-metrics.ts';
import { replayReferencePairs } from '../../../data/dataset-generators.ts';
import { evaluatePolicy, normalizedScore } from '../../../data/offline-evaluation.ts';
import { actionAgreement, offDataGreedyShare, splitQByCoverage } from '../../../data/offline-diagnostics.ts';
import { createBehaviourCloning, createOfflineQ, type OfflineLearner, type OfflineShared } from './offline-learner.ts';
import { createIql, type ValueLoss } from './iql.ts';

export const OFFLINE_ALGORITHMS = ['bc', 'percent-bc', 'offline-dqn', 'cql', 'iql', 'xql', 'fdvl'] as const;
export type OfflineAlgorithm = (typeof OFFLINE_ALGORITHMS)[number];

export interface OfflinePlannerSettings {
  readonly algorithm: OfflineAlgorithm;
  readonly hidden: readonly number[];
  readonly learningRate: number;
  readonly batchSize: number;
  /** Total gradient steps; the learner is done after them. */
  readonly gradientSteps: number;
  /** Gradient steps between evaluations (one chart point each). */
  readonly stepsPerPoint: number;
  /** Online episodes per evaluation (more average out slips). */
  readonly evalEpisodes: number;
  /** Steps before an evaluation episode (and a dataset episode) is cut. */
  readonly horizon: number;
  /**
   * How the cloning learners (bc, percent-bc) act: 'sample' draws from π(·|s), the cloned behaviour itself (so BC
   * scores what the data's behaviour scores); 'greedy' takes its most likely action (the data's majority move).
   */
  readonly bcActs: 'sample' | 'greedy';
  /** %BC: the fraction of episodes, best first, it clones. */
  readonly percent: number;
  readonly cqlAlpha: number;
  readonly targetEvery: number;
  readonly iqlTau: number;
  readonly iqlBeta: number;
  readonly iqlWeightCap: number;
  /** XQL: the Gumbel temperature β and the z-clip (Infinity: no clipping). */
  readonly xqlBeta: number;
  readonly xqlClip: number;
  /** f-DVL: the χ² loss's λ. */
  readonly fdvlLambda: number;
}

function createLearner(shared: OfflineShared, s: OfflinePlannerSettings, gamma: number): OfflineLearner {
  const common = { hidden: s.hidden, learningRate: s.learningRate, batchSize: s.batchSize, gamma };
  switch (s.algorithm) {
    case 'bc':
    case 'percent-bc': return createBehaviourCloning(shared, { ...common, cqlAlpha: 0, targetEvery: s.targetEvery });
    case 'offline-dqn': return createOfflineQ(shared, { ...common, cqlAlpha: 0, targetEvery: s.targetEvery });
    case 'cql': return createOfflineQ(shared, { ...common, cqlAlpha: s.cqlAlpha, targetEvery: s.targetEvery });
    case 'iql':
    case 'xql':
    case 'fdvl': {
      const valueLoss: ValueLoss | undefined = s.algorithm === 'xql' ? { kind: 'gumbel', beta: s.xqlBeta, clip: s.xqlClip }
        : s.algorithm === 'fdvl' ? { kind: 'chi-square', lambda: s.fdvlLambda } : undefined;
      return createIql(shared, { ...common, tau: s.iqlTau, beta: s.iqlBeta, weightCap: s.iqlWeightCap, targetRate: 0.005, valueLoss });
    }
  }
}

function requireDataset(ctx: AgentContext): OfflineDataset {
  if (!ctx.dataset) throw new Error('an offline learner needs the demo to provide a dataset');
  if (!ctx.model) throw new Error('an offline learner is evaluated in the true world: the demo must provide its model');
  if (!ctx.features) throw new Error('an offline learner needs the demo to encode states as features');
  return ctx.dataset;
}

/** Each state's row of logits as probabilities (softmax, shifted by the row's max for stability). */
function softmaxRows(logits: Float32Array, rows: number, width: number): Float64Array {
  const out = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) {
    let max = -Infinity;
    for (let a = 0; a < width; a++) max = Math.max(max, logits[r * width + a]!);
    let sum = 0;
    for (let a = 0; a < width; a++) sum += (out[r * width + a] = Math.exp(logits[r * width + a]! - max));
    for (let a = 0; a < width; a++) out[r * width + a] = out[r * width + a]! / sum;
  }
  return out;
}

/** The action whose cumulative probability in row `s` first exceeds u. */
function sampleRow(probs: Float64Array, s: number, width: number, u: number): number {
  let acc = 0;
  for (let a = 0; a < width - 1; a++) if (u < (acc += probs[s * width + a]!)) return a;
  return width - 1;
}

export function createOfflinePlanner(ctx: AgentContext, settings: OfflinePlannerSettings): Planner<OfflinePlannerSettings> {
  const dataset = requireDataset(ctx);
  const model = ctx.model!;
  const { nStates, nActions, gamma } = dataset.meta;
  if (nStates !== model.nStates || nActions !== model.nActions) {
    throw new Error(`the dataset has ${nStates} states and ${nActions} actions, the world ${model.nStates} and ${model.nActions}`);
  }
  if (!(Number.isInteger(settings.gradientSteps) && settings.gradientSteps >= 1)) {
    throw new RangeError(`gradient steps must be a whole number ≥ 1, got ${settings.gradientSteps}`);
  }
  const all = flattenTransitions(dataset.episodes);
  const trained = settings.algorithm === 'percent-bc' ? flattenTransitions(topEpisodes(dataset, settings.percent)) : all;
  const learner = createLearner({ features: ctx.features!, nStates, nActions, data: trained, rng: ctx.rng.fork('train') }, settings, gamma);
  const evalRng = ctx.rng.fork('eval');
  const cloning = settings.algorithm === 'bc' || settings.algorithm === 'percent-bc';
  const coverage = coverageCounts(dataset);
  const visits = new Float64Array(nStates);
  for (let i = 0; i < coverage.length; i++) visits[Math.floor(i / nActions)] += coverage[i]!;
  const tq = trajectoryQuality(dataset);
  const saco = stateActionCoverage(dataset, replayReferencePairs(model, dataset, settings.horizon));
  let steps = 0;
  let view: AgentView = { kind: 'tabular', nStates, nActions, visits };
  let startValue = NaN;

  return {
    kind: 'planner',
    get converged() { return steps >= settings.gradientSteps; },
    sweep(): Metrics {
      const n = Math.min(settings.stepsPerPoint, settings.gradientSteps - steps);
      let loss = 0;
      for (let i = 0; i < n; i++) loss += learner.trainStep();
      steps += n;
      const greedy = learner.greedyActions();
      const sampled = cloning && settings.bcActs === 'sample';
      const policy = sampled ? softmaxRows(learner.scores(), nStates, nActions) : new Float64Array(nStates * nActions);
      if (!sampled) for (let s = 0; s < nStates; s++) policy[s * nActions + greedy[s]!] = 1;
      const act = sampled ? (s: number) => sampleRow(policy, s, nActions, evalRng.uniform()) : (s: number) => greedy[s]!;
      const value = evaluatePolicy(model, act, gamma, settings.horizon, settings.evalEpisodes, evalRng);
      const metrics: Metrics = {
        'eval/return': value,
        'eval/normalized-score': normalizedScore(value, dataset.meta.references),
        'eval/gradient-steps': steps,
        'loss/train': n > 0 ? loss / n : NaN,
        'policy/data-agreement': actionAgreement(greedy, all),
        'policy/off-data-greedy': offDataGreedyShare(greedy, coverage, nStates, nActions),
        'dataset/tq': tq,
        'dataset/saco': saco,
        // Cloning has no value estimate: a gap, not a 0, on the V̂(s0) chart.
        'value/start': NaN,
      };
      const q = learner.qValues?.();
      if (q) {
        const split = splitQByCoverage(q, coverage, nStates, nActions);
        metrics['q/data-action-mean'] = split.dataActionMean;
        metrics['q/unseen-action-mean'] = split.unseenActionMean;
        startValue = Math.max(...Array.from(q.subarray(model.start * nActions, (model.start + 1) * nActions)));
        metrics['value/start'] = startValue;
        const values = new Float64Array(nStates);
        for (let s = 0; s < nStates; s++) values[s] = Math.max(...Array.from(q.subarray(s * nActions, (s + 1) * nActions)));
        view = { kind: 'tabular', nStates, nActions, policy, visits, values, actionValues: Float64Array.from(q) };
      } else {
        view = { kind: 'tabular', nStates, nActions, policy, visits };
      }
      return metrics;
    },
    setParams() {
      // Every control of an offline demo rebuilds the run: a learner trained under other settings is not resumed.
    },
    stateValue: (s) => (s === model.start ? startValue : NaN),
    view: () => view,
    dispose: () => learner.dispose(),
  };
}
