// Curious PPO as the demos use it (the curiosity lab, and Go-Explore's RND baseline): the agent module loaded with
// the tfjs backend, and the catalogue's defaults (D2) that a demo overrides with its own controls.
import type { AgentContext } from '../core/agents/agent.ts';
import type { CuriousPpoSettings } from '../core/agents/neural/curious-ppo.ts';
import { hiddenSizes, loadNeural, withFeatures } from './neural-agents.ts';

export const loadCuriousPpo = () => loadNeural(async () => {
  const { createCuriousPpo } = await import('../core/agents/neural/curious-ppo.ts');
  return (ctx: AgentContext, settings: CuriousPpoSettings) => createCuriousPpo(withFeatures(ctx), settings);
});

/** Every setting but the bonus and the viewed states, at the curiosity lab's defaults (2×64 networks, RND k = 16). */
export const CURIOUS_PPO_DEFAULTS: Omit<CuriousPpoSettings, 'bonus' | 'viewStates'> = {
  gamma: 0.99, learningRate: 1e-3, hidden: hiddenSizes('64x64'), entropyCoef: 0.01, valueCoef: 0.5, maxGradNorm: 0.5,
  rolloutSteps: 256, gaeLambda: 0.95, clipRange: 0.2, epochs: 4, minibatches: 4, normalizeAdvantages: false,
  extrinsicCoef: 2, intrinsicCoef: 1, intrinsicGamma: 0.99, predictorFraction: 0.25, rndDim: 16, obsNorm: true,
  rewardNorm: true, intrinsicEpisodic: false, noveltyWeight: 0, similarity: 'cosine',
};
