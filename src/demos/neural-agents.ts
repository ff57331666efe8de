// The tfjs agents as demo agents, shared by the demos with networks. Each loads its code (and tfjs, and the
// backend) on demand, so a page without networks never fetches them, and maps the demo's common keys to settings.
import type { DqnSettings } from '../core/agents/neural/dqn.ts';
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

/** '64x64' → [64, 64]. */
export function hiddenSizes(text: string): number[] {
  return text.split('x').map(Number);
}

function withFeatures(ctx: AgentContext): AgentContext & { features: FeatureEncoder } {
  if (!ctx.features) throw new Error('this agent needs the demo to encode observations as features');
  return ctx as AgentContext & { features: FeatureEncoder };
}

/** Loads the backend (wasm, or cpu where wasm cannot start) beside the agent's own module. */
async function loadNeural<M>(load: () => Promise<M>): Promise<M> {
  const [module, backend] = await Promise.all([load(), import('../core/nn/backend.ts')]);
  await backend.ensureTfBackend();
  return module;
}

export function dqnAgent<P extends DqnParams>(): AgentSpec<P> {
  return defineLoadedAgent({
    id: 'dqn', label: 'DQN',
    description: 'A network predicts Q(s,·); trained on replayed transitions against a slowly copied target network.',
    rule: "L(\\theta) = \\mathbb{E}_{(s,a,r,s')\\sim\\mathcal{D}}\\big[\\,\\ell\\big(r + \\gamma\\, Q_{\\bar\\theta}(s', \\arg\\max_{a'} Q_{\\theta}(s',a')) - Q_\\theta(s,a)\\big)\\big]",
    settings: (p: P): DqnSettings => ({
      gamma: p.gamma, learningRate: p.learningRate, epsilonStart: 1, epsilonEnd: p.epsilon, epsilonDecaySteps: p.epsilonDecaySteps,
      batchSize: Number(p.batchSize), bufferSize: 20_000, learningStarts: 500, trainEvery: 1, targetUpdateEvery: p.targetUpdateEvery,
      tau: 1, doubleDqn: p.doubleDqn, huber: p.huber, hidden: hiddenSizes(p.hidden),
    }),
    load: () => loadNeural(async () => {
      const { createDqn } = await import('../core/agents/neural/dqn.ts');
      return (ctx: AgentContext, settings: DqnSettings) => createDqn(withFeatures(ctx), settings);
    }),
  });
}
