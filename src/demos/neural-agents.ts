// The tfjs agents as demo agents, shared by the demos with networks. Each loads its code (and tfjs, and the
// backend) on demand, so a page without networks never fetches them, and maps the demo's common keys to settings.
import type { DqnSettings } from '../core/agents/neural/dqn.ts';
import type { JointActionDqnSettings, JointActionFeatures } from '../core/agents/neural/joint-action-dqn.ts';
import type { PpoSettings } from '../core/agents/neural/ppo.ts';
import type { A2cSettings } from '../core/agents/neural/a2c.ts';
import type { ReinforceSettings } from '../core/agents/neural/reinforce.ts';
import type { SacDiscreteSettings } from '../core/agents/neural/sac-discrete.ts';
import type { DistilledBanditSettings, DistillTeacher } from '../core/agents/neural/distilled-bandit.ts';
import type { BanditProblem } from '../core/envs/bandits/bandit-problems.ts';
import type { FeatureEncoder } from '../core/envs/feature-encoder.ts';
import type { AgentContext } from '../core/agents/agent.ts';
import { defineLoadedAgent, type AgentSpec } from './demo-spec.ts';

/** Keys every network demo offers. */
export interface NetworkParams {
  readonly learningRate: number;
  readonly gamma: number;
  readonly hidden: string;
}

export interface DqnParams extends NetworkParams {
  readonly epsilon: number;
  readonly epsilonDecaySteps: number;
  readonly batchSize: string;
  readonly targetUpdateEvery: number;
  readonly doubleDqn: boolean;
  readonly huber: boolean;
}

export interface PolicyGradientParams extends NetworkParams {
  readonly entropyCoef: number;
  readonly rolloutSteps: number;
  readonly clipRange: number;
}

export interface A2cParams extends PolicyGradientParams {
  /** A2C's own rollout length: it uses each rollout once, so it wants shorter ones than PPO. */
  readonly a2cRolloutSteps: number;
}

export interface SacParams extends NetworkParams {
  readonly batchSize: string;
  readonly targetUpdateEvery: number;
  readonly sacAlpha: number;
  readonly autoAlpha: boolean;
  readonly targetEntropyRatio: number;
}

/** '64x64' → [64, 64]. */
export function hiddenSizes(text: string): number[] {
  return text.split('x').map(Number);
}

export function withFeatures(ctx: AgentContext): AgentContext & { features: FeatureEncoder } {
  if (!ctx.features) throw new Error('this agent needs the demo to encode observations as features');
  return ctx as AgentContext & { features: FeatureEncoder };
}

/** Loads the backend (wasm, or cpu where wasm cannot start) beside the agent's own module. */
export async function loadNeural<M>(load: () => Promise<M>): Promise<M> {
  const [module, backend] = await Promise.all([load(), import('../core/nn/backend.ts')]);
  await backend.ensureTfBackend();
  return module;
}

/** A demo's DQN keys as settings: ε from 1 down to p.epsilon, one update per step after 500, hard target copies. */
function dqnSettingsOf(p: DqnParams): DqnSettings {
  return {
    gamma: p.gamma, learningRate: p.learningRate, epsilonStart: 1, epsilonEnd: p.epsilon, epsilonDecaySteps: p.epsilonDecaySteps,
    batchSize: Number(p.batchSize), bufferSize: 20_000, learningStarts: 500, trainEvery: 1, targetUpdateEvery: p.targetUpdateEvery,
    tau: 1, doubleDqn: p.doubleDqn, huber: p.huber, hidden: hiddenSizes(p.hidden),
  };
}

export function dqnAgent<P extends DqnParams>(): AgentSpec<P> {
  return defineLoadedAgent({
    id: 'dqn', label: 'DQN',
    description: 'A network predicts Q(s,·); trained on replayed transitions against a slowly copied target network.',
    rule: "L(\\theta) = \\mathbb{E}_{(s,a,r,s')\\sim\\mathcal{D}}\\big[\\,\\ell\\big(r + \\gamma\\, Q_{\\bar\\theta}(s', \\arg\\max_{a'} Q_{\\theta}(s',a')) - Q_\\theta(s,a)\\big)\\big]",
    settings: dqnSettingsOf,
    load: () => loadNeural(async () => {
      const { createDqn } = await import('../core/agents/neural/dqn.ts');
      return (ctx: AgentContext, settings: DqnSettings) => createDqn(withFeatures(ctx), settings);
    }),
  });
}

const actorCriticSettings = (p: PolicyGradientParams): ReinforceSettings => ({
  gamma: p.gamma, learningRate: p.learningRate, hidden: hiddenSizes(p.hidden), entropyCoef: p.entropyCoef, valueCoef: 0.5, maxGradNorm: 0.5,
});

/**
 * SEQUOIA-lite: a DQN over (state, joint action) pairs whose argmax scores every feasible joint action (`actions`
 * describes them for the demo's params). Shares DqnParams' keys; replay and warm-up as dqnAgent.
 */
export function jointActionDqnAgent<P extends DqnParams>(actions: (p: P) => JointActionFeatures): AgentSpec<P> {
  return defineLoadedAgent({
    id: 'joint-dqn', label: 'Joint-action DQN',
    description: 'A network scores Q(s, a) for a state and a whole joint action; it acts on the best-scoring feasible joint action.',
    rule: "a_t = \\arg\\max_{a \\in \\mathcal F} Q_\\theta(s_t, a),\\quad L(\\theta) = \\mathbb{E}\\big[\\ell\\big(r + \\gamma\\, Q_{\\bar\\theta}(s', \\arg\\max_{a' \\in \\mathcal F} Q_\\theta(s', a')) - Q_\\theta(s, a)\\big)\\big]",
    settings: (p: P): JointActionDqnSettings => ({ ...dqnSettingsOf(p), actions: actions(p) }),
    load: () => loadNeural(async () => {
      const { createJointActionDqn } = await import('../core/agents/neural/joint-action-dqn.ts');
      return (ctx: AgentContext, settings: JointActionDqnSettings) => createJointActionDqn(withFeatures(ctx), settings);
    }),
  });
}

export function ppoAgent<P extends PolicyGradientParams>(): AgentSpec<P> {
  return defineLoadedAgent({
    id: 'ppo', label: 'PPO',
    description: 'A policy network and a value network; each batch of experience is reused for several small, clipped steps.',
    rule: '\\mathcal{L} = -\\mathbb{E}\\big[\\min(\\rho\\,\\hat A,\\ \\mathrm{clip}(\\rho, 1-\\epsilon, 1+\\epsilon)\\,\\hat A)\\big] - c_H\\,\\mathcal{H}[\\pi] + c_V (V - \\hat R)^2,\\quad \\rho = \\tfrac{\\pi_\\theta(a|s)}{\\pi_{\\text{old}}(a|s)}',
    settings: (p: P): PpoSettings => ({
      ...actorCriticSettings(p), rolloutSteps: p.rolloutSteps, gaeLambda: 0.95, clipRange: p.clipRange, epochs: 4, minibatches: 4,
      // Off: with a sparse reward most of a rollout's advantages are near 0, and rescaling them to unit variance
      // turns that noise into full-size steps (measured on four rooms: slower and less stable).
      normalizeAdvantages: false,
    }),
    load: () => loadNeural(async () => {
      const { createPpo } = await import('../core/agents/neural/ppo.ts');
      return (ctx: AgentContext, settings: PpoSettings) => createPpo(withFeatures(ctx), settings);
    }),
  });
}

export function a2cAgent<P extends A2cParams>(): AgentSpec<P> {
  return defineLoadedAgent({
    id: 'a2c', label: 'A2C',
    description: 'Actor-critic: one gradient step per short rollout, the critic’s values turning returns into advantages.',
    rule: '\\mathcal{L} = -\\mathbb{E}\\big[\\hat A \\log \\pi_\\theta(a|s)\\big] - c_H\\,\\mathcal{H}[\\pi] + c_V (V - \\hat R)^2,\\quad \\hat A = \\textstyle\\sum_k (\\gamma\\lambda)^k \\delta_{t+k}',
    settings: (p: P): A2cSettings => ({ ...actorCriticSettings(p), rolloutSteps: p.a2cRolloutSteps, gaeLambda: 0.95 }),
    load: () => loadNeural(async () => {
      const { createA2c } = await import('../core/agents/neural/a2c.ts');
      return (ctx: AgentContext, settings: A2cSettings) => createA2c(withFeatures(ctx), settings);
    }),
  });
}

export function reinforceAgent<P extends PolicyGradientParams>(): AgentSpec<P> {
  return defineLoadedAgent({
    id: 'reinforce', label: 'REINFORCE',
    description: 'Monte-Carlo policy gradient: after each episode, push up the moves whose return beat the learned baseline.',
    rule: '\\mathcal{L} = -\\textstyle\\sum_t \\big(G_t - V(s_t)\\big) \\log \\pi_\\theta(a_t|s_t) - c_H\\,\\mathcal{H}[\\pi] + c_V (V(s_t) - G_t)^2',
    settings: (p: P): ReinforceSettings => actorCriticSettings(p),
    load: () => loadNeural(async () => {
      const { createReinforce } = await import('../core/agents/neural/reinforce.ts');
      return (ctx: AgentContext, settings: ReinforceSettings) => createReinforce(withFeatures(ctx), settings);
    }),
  });
}

export function sacDiscreteAgent<P extends SacParams>(): AgentSpec<P> {
  return defineLoadedAgent({
    id: 'sac-discrete', label: 'SAC (discrete)',
    description: 'Soft actor-critic: twin Q networks score every move, a softmax policy follows them, and the temperature α is tuned to hold the policy’s entropy at a target.',
    // Three lines: a single one overflows the rule panel.
    rule: '\\begin{aligned} y &= r + \\gamma \\textstyle\\sum_{a\'} \\pi(a\'|s\')\\big(\\min_i Q_{\\bar\\theta_i}(s\',a\') - \\alpha \\log \\pi(a\'|s\')\\big) \\\\ \\mathcal{L}_\\pi &= \\mathbb{E}_s \\textstyle\\sum_a \\pi(a|s)\\big(\\alpha \\log \\pi(a|s) - \\min_i Q_{\\theta_i}(s,a)\\big) \\\\ \\mathcal{L}_\\alpha &= \\mathbb{E}_s\\big[\\log\\alpha\\,(\\mathcal{H}[\\pi(\\cdot|s)] - \\bar{\\mathcal{H}})\\big] \\end{aligned}',
    settings: (p: P): SacDiscreteSettings => ({
      gamma: p.gamma, learningRate: p.learningRate, alphaLearningRate: p.learningRate, initialAlpha: p.sacAlpha, autoAlpha: p.autoAlpha,
      targetEntropyRatio: p.targetEntropyRatio, batchSize: Number(p.batchSize), bufferSize: 20_000, learningStarts: 500, trainEvery: 1,
      targetUpdateEvery: p.targetUpdateEvery, tau: 1, hidden: hiddenSizes(p.hidden),
    }),
    load: () => loadNeural(async () => {
      const { createSacDiscrete } = await import('../core/agents/neural/sac-discrete.ts');
      return (ctx: AgentContext, settings: SacDiscreteSettings) => createSacDiscrete(withFeatures(ctx), settings);
    }),
  });
}

/** Keys the distilled-net bandit agents read. */
export interface DistilledParams {
  readonly problem: string;
  readonly arms: number;
  readonly instances: number;
}

const TEACHER_NAMES: Record<DistillTeacher, string> = { ucb1: 'UCB1', greedy: 'greedy' };

/** A small network trained to imitate `teacher`'s pulls on random instances of the demo's problem. */
export function distilledBanditAgent<P extends DistilledParams>(teacher: DistillTeacher): AgentSpec<P> {
  return defineLoadedAgent({
    id: `distilled-${teacher === 'ucb1' ? 'ucb' : 'greedy'}`, label: `Net distilled from ${TEACHER_NAMES[teacher]}`,
    description: `A tiny network that imitates ${TEACHER_NAMES[teacher]}'s pulls, learned from its runs on random problems of this family; it sees only n_a/t, the averages and ln t.`,
    rule: 'A_t = \\arg\\max_a f_\\theta\\big(n_a/t,\\ \\hat\\mu_a,\\ \\ln t\\big),\\quad \\theta = \\arg\\min \\textstyle\\sum -\\log \\mathrm{softmax}_a f_\\theta(\\cdot)[A^{\\text{teacher}}]',
    settings: (p: P): DistilledBanditSettings => ({
      teacher, instances: p.instances, problem: p.problem as BanditProblem, arms: p.arms,
    }),
    load: () => loadNeural(async () => {
      const { createSharedDistilledBandit } = await import('../core/agents/neural/shared-distilled-net.ts');
      return (ctx: AgentContext, settings: DistilledBanditSettings) => createSharedDistilledBandit(ctx, settings);
    }),
  });
}
