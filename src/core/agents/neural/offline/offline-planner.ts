// An offline learner as the engine runs it (catalogue D7): it never steps the environment to learn. Each sweep
// takes a block of minibatch gradient steps on the run's fixed dataset, then evaluates the greedy policy online in
// the true world (normalised score: random 0, expert 100) and reads its diagnostics: Q at the data's actions and at
// actions the data never took, agreement with the data's actions, V̂(s0). It is a Planner to the engine: one point
// per sweep, done after the set number of gradient steps. The return-conditioned learners (rcsl; mbrcsl, RCSL on
// the best rollouts of a model of the data) act on a return asked for at the start: they also report, for a range
// of asked-for returns, the return achieved.
import type { AgentContext, AgentView, Planner } from '../../agent.ts';
import type { Metrics } from '../../../metrics/metric-key.ts';
import type { OfflineDataset } from '../../../data/offline-dataset.ts';
import { flattenTransitions, topEpisodes } from '../../../data/transition-batch.ts';
import { coverageCounts, stateActionCoverage, trajectoryQuality } from '../../../data/dataset-metrics.ts';
import { replayReferencePairs } from '../../../data/dataset-generators.ts';
import { evaluateActor, normalizedScore, type EpisodeActor, type Evaluation } from '../../../data/offline-evaluation.ts';
import { flattenConditioned } from '../../../data/return-to-go.ts';
import { modelRollouts, type ModelRollouts } from '../../../data/model-rollouts.ts';
import {
  effectiveReturn, normalizedReturns, positiveSidedVariance, trajectoryWeights, type SamplingScheme,
} from '../../../data/trajectory-weights.ts';
import { createRowSampler } from '../../../data/weighted-rows.ts';
import { actionAgreement, offDataGreedyShare, splitQByCoverage } from '../../../data/offline-diagnostics.ts';
import { createBehaviourCloning, createOfflineQ, type OfflineLearner, type OfflineShared } from './offline-learner.ts';
import { createIql, type ValueLoss } from './iql.ts';
import { createRcsl, type RcslInput, type RcslLearner } from './rcsl.ts';

export const OFFLINE_ALGORITHMS = ['bc', 'percent-bc', 'offline-dqn', 'cql', 'iql', 'xql', 'fdvl', 'rcsl', 'mbrcsl'] as const;
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
  /** RCSL: the (undiscounted) return it is asked for at the start. */
  readonly rcslTarget: number;
  /** RCSL and MBRCSL: how the network sees (cell, return-to-go). */
  readonly rcslInput: RcslInput;
  /** MBRCSL: rollouts in the model, the share kept (best first) and the models in the ensemble. */
  readonly mbrcslRollouts: number;
  readonly mbrcslKeep: number;
  readonly mbrcslEnsemble: number;
  /** How minibatches are drawn (catalogue D10): uniformly, or reweighted by episode return (rw) or advantage (aw), at temperature α. */
  readonly sampling: SamplingScheme;
  readonly samplingAlpha: number;
}

/** The returns asked for on the requested-vs-achieved curve of the return-conditioned learners. */
export const REQUESTED_RETURNS = Float64Array.from({ length: 16 }, (_, i) => i / 10);
/** MBRCSL's rollouts are shown this many at most (the kept ones first). */
const SHOWN_ROLLOUTS = 300;

const conditioned = (a: OfflineAlgorithm) => a === 'rcsl' || a === 'mbrcsl';

function createLearner(shared: OfflineShared, s: OfflinePlannerSettings, gamma: number): OfflineLearner {
  const common = { hidden: s.hidden, learningRate: s.learningRate, batchSize: s.batchSize, gamma };
  switch (s.algorithm) {
    case 'bc':
    case 'percent-bc': return createBehaviourCloning(shared, { ...common, cqlAlpha: 0, targetEvery: s.targetEvery });
    case 'offline-dqn': return createOfflineQ(shared, { ...common, cqlAlpha: 0, targetEvery: s.targetEvery });
    case 'cql': return createOfflineQ(shared, { ...common, cqlAlpha: s.cqlAlpha, targetEvery: s.targetEvery });
    case 'rcsl':
    case 'mbrcsl': throw new Error(`${s.algorithm} is built by createConditionedPlanner`);
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

function checkPlannerInputs(ctx: AgentContext, settings: OfflinePlannerSettings): OfflineDataset {
  const dataset = requireDataset(ctx);
  const model = ctx.model!;
  const { nStates, nActions } = dataset.meta;
  if (nStates !== model.nStates || nActions !== model.nActions) {
    throw new Error(`the dataset has ${nStates} states and ${nActions} actions, the world ${model.nStates} and ${model.nActions}`);
  }
  if (!(Number.isInteger(settings.gradientSteps) && settings.gradientSteps >= 1)) {
    throw new RangeError(`gradient steps must be a whole number ≥ 1, got ${settings.gradientSteps}`);
  }
  return dataset;
}

/**
 * What every offline learner reports about its data at each evaluation, and the sampling weights of its
 * minibatches (no sampler: uniform): the mean normalised episode return it effectively trains on, and the room a
 * reweighting has (the positive-sided variance of the returns).
 */
function datasetFacts(ctx: AgentContext, dataset: OfflineDataset, settings: OfflinePlannerSettings) {
  const { nStates, nActions } = dataset.meta;
  const coverage = coverageCounts(dataset);
  const visits = new Float64Array(nStates);
  for (let i = 0; i < coverage.length; i++) visits[Math.floor(i / nActions)] += coverage[i]!;
  const weights = trajectoryWeights(dataset, settings.sampling, settings.samplingAlpha);
  const returns = normalizedReturns(dataset);
  return {
    all: flattenTransitions(dataset.episodes), coverage, visits,
    tq: trajectoryQuality(dataset), saco: stateActionCoverage(dataset, replayReferencePairs(ctx.model!, dataset, settings.horizon)),
    sampler: settings.sampling === 'uniform' ? undefined : createRowSampler(weights.transitionProb),
    effectiveReturn: effectiveReturn(weights.episodeMass, returns), positiveVariance: positiveSidedVariance(returns),
  };
}

/** The next block of gradient steps (stepsPerPoint, never past gradientSteps): how many, and their mean loss. */
function trainBlock(learner: { trainStep(): number }, settings: OfflinePlannerSettings, done: number): { n: number; meanLoss: number } {
  const n = Math.min(settings.stepsPerPoint, settings.gradientSteps - done);
  let loss = 0;
  for (let i = 0; i < n; i++) loss += learner.trainStep();
  return { n, meanLoss: n > 0 ? loss / n : NaN };
}

type DatasetFacts = ReturnType<typeof datasetFacts>;

/** The metrics every offline learner reports at an evaluation (value/start: a gap until a learner with Q sets it). */
function evaluationMetrics(
  dataset: OfflineDataset, facts: DatasetFacts, evaluation: Evaluation, greedy: Int32Array, steps: number, meanLoss: number,
): Metrics {
  const { nStates, nActions } = dataset.meta;
  return {
    'eval/return': evaluation.value,
    'eval/normalized-score': normalizedScore(evaluation.value, dataset.meta.references),
    'eval/success': evaluation.success,
    'eval/hazard-rate': evaluation.hazard,
    'eval/gradient-steps': steps,
    'loss/train': meanLoss,
    'policy/data-agreement': actionAgreement(greedy, facts.all),
    'policy/off-data-greedy': offDataGreedyShare(greedy, facts.coverage, nStates, nActions),
    'dataset/tq': facts.tq,
    'dataset/saco': facts.saco,
    'dataset/effective-return': facts.effectiveReturn,
    'dataset/positive-variance': facts.positiveVariance,
    'value/start': NaN,
  };
}

function oneHotPolicy(greedy: Int32Array, nStates: number, nActions: number): Float64Array {
  const policy = new Float64Array(nStates * nActions);
  for (let s = 0; s < nStates; s++) policy[s * nActions + greedy[s]!] = 1;
  return policy;
}

export function createOfflinePlanner(ctx: AgentContext, settings: OfflinePlannerSettings): Planner<OfflinePlannerSettings> {
  if (conditioned(settings.algorithm)) return createConditionedPlanner(ctx, settings);
  const dataset = checkPlannerInputs(ctx, settings);
  const model = ctx.model!;
  const { nStates, nActions, gamma } = dataset.meta;
  const facts = datasetFacts(ctx, dataset, settings);
  const { coverage, visits } = facts;
  const trained = settings.algorithm === 'percent-bc' ? flattenTransitions(topEpisodes(dataset, settings.percent)) : facts.all;
  // The reweighting's probabilities are per transition of the whole dataset: %BC, which keeps only its best episodes, samples those uniformly.
  const sampler = settings.algorithm === 'percent-bc' ? undefined : facts.sampler;
  const learner = createLearner({ features: ctx.features!, nStates, nActions, data: trained, rng: ctx.rng.fork('train'), sampler }, settings, gamma);
  const evalRng = ctx.rng.fork('eval');
  const cloning = settings.algorithm === 'bc' || settings.algorithm === 'percent-bc';
  let steps = 0;
  let view: AgentView = { kind: 'tabular', nStates, nActions, visits };
  let startValue = NaN;

  return {
    kind: 'planner',
    get converged() { return steps >= settings.gradientSteps; },
    sweep(): Metrics {
      const { n, meanLoss } = trainBlock(learner, settings, steps);
      steps += n;
      const greedy = learner.greedyActions();
      const sampled = cloning && settings.bcActs === 'sample';
      const policy = sampled ? softmaxRows(learner.scores(), nStates, nActions) : oneHotPolicy(greedy, nStates, nActions);
      const act = sampled ? (s: number) => sampleRow(policy, s, nActions, evalRng.uniform()) : (s: number) => greedy[s]!;
      const evaluation = evaluateActor(model, () => ({ act }), gamma, settings.horizon, settings.evalEpisodes, evalRng, dataset.meta);
      // Cloning has no value estimate: value/start stays a gap, not a 0, on the V̂(s0) chart.
      const metrics = evaluationMetrics(dataset, facts, evaluation, greedy, steps, meanLoss);
      const q = learner.qValues?.();
      if (q) {
        const split = splitQByCoverage(q, coverage, nStates, nActions);
        metrics['q/data-action-mean'] = split.dataActionMean;
        metrics['q/unseen-action-mean'] = split.unseenActionMean;
        startValue = Math.max(...Array.from(q.subarray(model.start * nActions, (model.start + 1) * nActions)));
        metrics['value/start'] = startValue;
        const values = new Float64Array(nStates);
        for (let s = 0; s < nStates; s++) values[s] = Math.max(...Array.from(q.subarray(s * nActions, (s + 1) * nActions)));
        view = { kind: 'tabular', nStates, nActions, policy, visits, values, actionValues: Float64Array.from(q), path: evaluation.path };
      } else {
        view = { kind: 'tabular', nStates, nActions, policy, visits, path: evaluation.path };
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

/**
 * RCSL, or MBRCSL (RCSL trained on the best rollouts of a count model of the data, asked for the best kept return).
 * Each evaluation runs the policy asked for its target, then once for each return of REQUESTED_RETURNS.
 */
function createConditionedPlanner(ctx: AgentContext, settings: OfflinePlannerSettings): Planner<OfflinePlannerSettings> {
  const dataset = checkPlannerInputs(ctx, settings);
  const model = ctx.model!;
  const { nStates, nActions, gamma } = dataset.meta;
  const facts = datasetFacts(ctx, dataset, settings);
  const { visits } = facts;
  let rollouts: ModelRollouts | null = null;
  if (settings.algorithm === 'mbrcsl') {
    rollouts = modelRollouts(dataset, {
      rollouts: settings.mbrcslRollouts, keepFraction: settings.mbrcslKeep, ensemble: settings.mbrcslEnsemble, horizon: settings.horizon,
    }, ctx.rng.fork('model-rollouts'));
  } else if (!Number.isFinite(settings.rcslTarget)) {
    throw new RangeError(`RCSL's target return must be a number, got ${settings.rcslTarget}`);
  }
  const target = rollouts ? rollouts.bestReturn : settings.rcslTarget;
  const learner: RcslLearner = createRcsl({
    features: ctx.features!, nStates, nActions, rng: ctx.rng.fork('train'),
    data: flattenConditioned(rollouts ? rollouts.keptEpisodes : dataset.episodes),
  }, { hidden: settings.hidden, learningRate: settings.learningRate, batchSize: settings.batchSize, input: settings.rcslInput });
  const evalRng = ctx.rng.fork('eval');
  const curveRng = ctx.rng.fork('return-curve');
  const shownRollouts = rollouts && shownPaths(rollouts);
  let steps = 0;
  let view: AgentView = { kind: 'tabular', nStates, nActions, visits, ...(shownRollouts && { rollouts: shownRollouts }) };

  const evaluate = (g: number, rng = evalRng) =>
    evaluateActor(model, (): EpisodeActor => learner.actor(g), gamma, settings.horizon, settings.evalEpisodes, rng, dataset.meta);
  return {
    kind: 'planner',
    get converged() { return steps >= settings.gradientSteps; },
    sweep(): Metrics {
      const { n, meanLoss } = trainBlock(learner, settings, steps);
      steps += n;
      const greedy = learner.greedyAt(target);
      const evaluation = evaluate(target);
      const achieved = REQUESTED_RETURNS.map((g) => evaluate(g, curveRng).meanReturn);
      view = {
        kind: 'tabular', nStates, nActions, policy: oneHotPolicy(greedy, nStates, nActions), visits, path: evaluation.path,
        returnCurve: { requested: REQUESTED_RETURNS, achieved }, ...(shownRollouts && { rollouts: shownRollouts }),
      };
      return { ...evaluationMetrics(dataset, facts, evaluation, greedy, steps, meanLoss), 'eval/target-return': target };
    },
    setParams() {
      // Every control of an offline demo rebuilds the run.
    },
    stateValue: () => NaN,
    view: () => view,
    dispose: () => learner.dispose(),
  };
}

/** At most SHOWN_ROLLOUTS rollouts as cell paths, the kept ones first. */
function shownPaths(rollouts: ModelRollouts): { paths: Int32Array[]; kept: Uint8Array } {
  const order = Array.from(rollouts.kept.keys()).sort((i, j) => rollouts.kept[j]! - rollouts.kept[i]! || i - j).slice(0, SHOWN_ROLLOUTS);
  return {
    paths: order.map((i) => Int32Array.from(rollouts.episodes[i]!.observations)),
    kept: Uint8Array.from(order, (i) => rollouts.kept[i]!),
  };
}
