// The offline learners as demo agents (catalogue D7, §3.3): each trains on the run's dataset only and is evaluated
// online in the true world. They load tfjs on demand, like every network agent.
import type { AgentContext } from '../core/agents/agent.ts';
import type { OfflineAlgorithm, OfflinePlannerSettings } from '../core/agents/neural/offline/offline-planner.ts';
import { defineLoadedAgent, type AgentSpec } from './demo-spec.ts';
import { hiddenSizes, loadNeural } from './neural-agents.ts';
import { OFFLINE_HORIZON } from './offline-world.ts';

/** The keys an offline demo offers its learners. */
export interface OfflineParams {
  readonly hidden: string;
  readonly learningRate: number;
  readonly gradientSteps: number;
  readonly percent: number;
  readonly bcActs: 'sample' | 'greedy';
  readonly cqlAlpha: number;
  readonly iqlTau: number;
  readonly iqlBeta: number;
  readonly iqlWeightCap: number;
  readonly xqlBeta: number;
  /** 0: no clipping. */
  readonly xqlClip: number;
  readonly fdvlLambda: number;
}

/** Gradient steps between two evaluations: one point on the charts. */
export const STEPS_PER_POINT = 100;
/** Online episodes per evaluation (several, so that slips average out). */
export const EVAL_EPISODES = 10;

const settingsOf = (algorithm: OfflineAlgorithm) => (p: OfflineParams): OfflinePlannerSettings => ({
  algorithm, hidden: hiddenSizes(p.hidden), learningRate: p.learningRate, batchSize: 64, gradientSteps: p.gradientSteps,
  stepsPerPoint: STEPS_PER_POINT, evalEpisodes: EVAL_EPISODES, horizon: OFFLINE_HORIZON, bcActs: p.bcActs, percent: p.percent / 100,
  cqlAlpha: p.cqlAlpha, targetEvery: 200, iqlTau: p.iqlTau, iqlBeta: p.iqlBeta, iqlWeightCap: p.iqlWeightCap,
  xqlBeta: p.xqlBeta, xqlClip: p.xqlClip === 0 ? Infinity : p.xqlClip, fdvlLambda: p.fdvlLambda,
});

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
  'iql': {
    label: 'IQL',
    description: 'Implicit Q-learning: values from the data’s actions only (an upper expectile τ), then cloning weighted by exp(β · advantage).',
    rule: "L_V = \\mathbb{E}\\big[|\\tau - \\mathbb{1}(u<0)|\\,u^2\\big],\\ u = Q_{\\bar\\theta}(s,a) - V(s);\\quad L_Q = \\mathbb{E}\\big[(r + \\gamma V(s') - Q(s,a))^2\\big];\\quad L_\\pi = \\mathbb{E}\\big[-\\min(e^{\\beta u}, c)\\,\\log\\pi(a\\mid s)\\big]",
  },
};

export function offlineAgent<P extends OfflineParams>(algorithm: OfflineAlgorithm): AgentSpec<P> {
  return defineLoadedAgent({ id: algorithm, ...DESCRIPTIONS[algorithm], settings: settingsOf(algorithm), load });
}
