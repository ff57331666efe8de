// The offline learners as demo agents (catalogue D7, §3.3): each trains on the run's dataset only and is evaluated
// online in the true world. They load tfjs on demand, like every network agent.
import type { AgentContext } from '../core/agents/agent.ts';
import type { OfflineAlgorithm, OfflinePlannerSettings } from '../core/agents/neural/offline/offline-planner.ts';
import { defineLoadedAgent, type AgentSpec } from './demo-spec.ts';
import type { SamplingScheme } from '../core/data/trajectory-weights.ts';
import { hiddenSizes, loadNeural } from './neural-agents.ts';
import { OFFLINE_HORIZON } from './offline-world.ts';

/**
 * The keys an offline demo offers its learners: every demo has the shared ones; a demo without a learner leaves
 * that learner's keys out and its defaults (the catalogue's) apply.
 */
export interface OfflineParams {
  readonly hidden: string;
  readonly learningRate: number;
  readonly gradientSteps: number;
  readonly bcActs?: 'sample' | 'greedy';
  readonly percent?: number;
  readonly cqlAlpha?: number;
  readonly iqlTau?: number;
  readonly iqlBeta?: number;
  readonly iqlWeightCap?: number;
  readonly xqlBeta?: number;
  /** 0: no clipping. */
  readonly xqlClip?: number;
  readonly fdvlLambda?: number;
  /** RCSL's asked-for return at the start, and how its network sees (cell, return). */
  readonly rcslTarget?: number;
  readonly rcslInput?: 'separate' | 'joint';
  /** MBRCSL's rollouts, kept share (percent) and ensemble size. */
  readonly mbrcslRollouts?: number;
  readonly mbrcslKeep?: number;
  readonly mbrcslEnsemble?: number;
  /** How minibatches are drawn, and the reweighting's temperature α. */
  readonly sampling?: SamplingScheme;
  readonly samplingAlpha?: number;
}

/** The catalogue's defaults (D7, D8, D10) of the learner-specific keys. */
const DEFAULTS = {
  bcActs: 'sample', percent: 10, cqlAlpha: 1, iqlTau: 0.7, iqlBeta: 3, iqlWeightCap: 100, xqlBeta: 1, xqlClip: 7, fdvlLambda: 0.8,
  rcslTarget: 1, rcslInput: 'joint', mbrcslRollouts: 1000, mbrcslKeep: 10, mbrcslEnsemble: 3, sampling: 'uniform', samplingAlpha: 0.1,
} as const satisfies Required<Omit<OfflineParams, 'hidden' | 'learningRate' | 'gradientSteps'>>;

/** Gradient steps between two evaluations: one point on the charts. */
export const STEPS_PER_POINT = 100;
/** Online episodes per evaluation (several, so that slips average out). */
export const EVAL_EPISODES = 10;

const settingsOf = (algorithm: OfflineAlgorithm, horizon: number) => (params: OfflineParams): OfflinePlannerSettings => {
  const p = { ...DEFAULTS, ...params };
  return {
    algorithm, hidden: hiddenSizes(p.hidden), learningRate: p.learningRate, batchSize: 64, gradientSteps: p.gradientSteps,
    stepsPerPoint: STEPS_PER_POINT, evalEpisodes: EVAL_EPISODES, horizon, bcActs: p.bcActs, percent: p.percent / 100,
    cqlAlpha: p.cqlAlpha, targetEvery: 200, iqlTau: p.iqlTau, iqlBeta: p.iqlBeta, iqlWeightCap: p.iqlWeightCap,
    xqlBeta: p.xqlBeta, xqlClip: p.xqlClip === 0 ? Infinity : p.xqlClip, fdvlLambda: p.fdvlLambda, rcslTarget: p.rcslTarget, rcslInput: p.rcslInput,
    mbrcslRollouts: p.mbrcslRollouts, mbrcslKeep: p.mbrcslKeep / 100, mbrcslEnsemble: p.mbrcslEnsemble,
    sampling: p.sampling, samplingAlpha: p.samplingAlpha,
  };
};

const load = () => loadNeural(async () => {
  const { createOfflinePlanner } = await import('../core/agents/neural/offline/offline-planner.ts');
  return (ctx: AgentContext, settings: OfflinePlannerSettings) => createOfflinePlanner(ctx, settings);
});

const DESCRIPTIONS: Record<OfflineAlgorithm, { label: string; description: string; rule: string }> = {
  'bc': {
    label: 'BC',
    description: 'Behaviour cloning: a policy network imitates every action in the data, good or bad.',
    rule: '\\min_\\theta\\; \\mathbb{E}_{(s,a)\\sim\\mathcal{D}}\\big[-\\log \\pi_\\theta(a \\mid s)\\big]',
  },
  'percent-bc': {
    label: '%BC',
    description: 'Behaviour cloning on the best x% of the episodes only (by return).',
    rule: '\\min_\\theta\\; \\mathbb{E}_{(s,a)\\sim\\mathcal{D}_{\\text{top } x\\%}}\\big[-\\log \\pi_\\theta(a \\mid s)\\big]',
  },
  'offline-dqn': {
    label: 'Offline DQN',
    description: 'Double DQN trained on the data alone: its max reaches actions the data never took, whose values nothing corrects.',
    rule: "L(\\theta) = \\mathbb{E}_{\\mathcal{D}}\\big[(r + \\gamma\\, Q_{\\bar\\theta}(s', \\arg\\max_{a'} Q_\\theta(s',a')) - Q_\\theta(s,a))^2\\big]",
  },
  'cql': {
    label: 'CQL',
    description: 'Conservative Q-learning: the DQN loss plus α times a penalty that pushes down Q at every action and up at the data’s.',
    rule: "L(\\theta) = L_{\\text{DQN}}(\\theta) + \\alpha\\, \\mathbb{E}_{s \\sim \\mathcal{D}}\\Big[\\log \\sum_{a} e^{Q_\\theta(s,a)} - \\mathbb{E}_{a \\sim \\mathcal{D}(s)} Q_\\theta(s,a)\\Big]",
  },
  'xql': {
    label: 'XQL',
    description: 'Extreme Q-learning: IQL with a Gumbel regression for V, a soft maximum of Q over the data’s actions; unstable without clipping.',
    rule: "z = \\min\\big((Q_{\\bar\\theta}(s,a) - V(s))/\\beta_X,\\; c_z\\big);\\quad L_V = \\mathbb{E}\\big[e^{z} - z - 1\\big];\\quad L_Q,\\ L_\\pi \\text{ as IQL}",
  },
  'fdvl': {
    label: 'f-DVL (χ²)',
    description: 'Dual V-learning: IQL with the χ² value loss of Dual RL, which grows only quadratically and so stays stable.',
    rule: "u = Q_{\\bar\\theta}(s,a) - V(s);\\quad L_V = \\mathbb{E}\\big[\\lambda \\max(u + u^2/4,\\,0) - (1-\\lambda)\\,u\\big];\\quad L_Q,\\ L_\\pi \\text{ as IQL}",
  },
  'rcsl': {
    label: 'RCSL',
    description: 'Return-conditioned supervised learning (a small Decision-Transformer-like network): it imitates the moves that went with the return it is asked for, so it can do no better than the best episode it saw from the start.',
    rule: '\\min_\\theta\\; \\mathbb{E}_{\\mathcal{D}}\\big[-\\log \\pi_\\theta(a_t \\mid s_t, \\hat g_t)\\big],\\quad \\hat g_t = \\textstyle\\sum_{t\' \\ge t} r_{t\'};\\quad \\text{act on } \\hat g_0 = \\text{target},\\ \\hat g \\leftarrow \\hat g - r',
  },
  'mbrcsl': {
    label: 'MBRCSL',
    description: 'Model-based RCSL: rolls the data’s own behaviour out in a model learned from the data (an ensemble of count models), keeps the best rollouts, which can join pieces of different episodes, and trains RCSL on them, asked for the best kept return.',
    rule: '\\hat P, \\pi_b \\leftarrow \\mathcal{D};\\quad \\tau_{1..N} \\sim (\\pi_b, \\hat P);\\quad \\text{keep the top } \\rho \\text{ by return};\\quad \\text{RCSL on the kept, } \\hat g_0 = \\max \\text{ kept return}',
  },
  'iql': {
    label: 'IQL',
    description: 'Implicit Q-learning: values from the data’s actions only (an upper expectile τ), then cloning weighted by exp(β · advantage).',
    rule: "L_V = \\mathbb{E}\\big[|\\tau - \\mathbb{1}(u<0)|\\,u^2\\big],\\ u = Q_{\\bar\\theta}(s,a) - V(s);\\quad L_Q = \\mathbb{E}\\big[(r + \\gamma V(s') - Q(s,a))^2\\big];\\quad L_\\pi = \\mathbb{E}\\big[-\\min(e^{\\beta u}, c)\\,\\log\\pi(a\\mid s)\\big]",
  },
};

/** An offline learner of a demo whose episodes are cut after `horizon` steps (the offline lab's by default). */
export function offlineAgent<P extends OfflineParams>(algorithm: OfflineAlgorithm, horizon = OFFLINE_HORIZON): AgentSpec<P> {
  return defineLoadedAgent({ id: algorithm, ...DESCRIPTIONS[algorithm], settings: settingsOf(algorithm, horizon), load });
}
