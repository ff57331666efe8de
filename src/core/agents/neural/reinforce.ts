// REINFORCE with a learned baseline (Williams 1992; Sutton & Barto 2018, §13.4): play a whole episode with the
// sampled softmax policy, then one step on −mean((G_t − V(s_t))·log π(a_t|s_t)) − c_ent·H + c_v·mean((V(s_t) − G_t)²)
// over its steps, where G_t is the discounted Monte-Carlo return. A time limit's truncation bootstraps the return
// from V(next obs); termination does not. (The γ^t factor of the textbook gradient is dropped, as in practice.)
import type { Learner } from '../agent.ts';
import { checkActorCriticSettings, createActorCritic, type ActorCriticSettings, type NeuralAgentContext } from './actor-critic.ts';
import { RolloutBuffer } from './rollout-buffer.ts';

/** gamma, learningRate, hidden (fixed), entropyCoef, valueCoef, maxGradNorm (0 = off): see ActorCriticSettings. */
export type ReinforceSettings = ActorCriticSettings;

const checkSettings = (s: ReinforceSettings): void => checkActorCriticSettings('REINFORCE', s);

/** Episode steps the buffer holds before it grows (it doubles as needed: episodes have no fixed length). */
const INITIAL_EPISODE_CAPACITY = 256;

export function createReinforce(ctx: NeuralAgentContext, settings: ReinforceSettings): Learner<ReinforceSettings> {
  const ac = createActorCritic('REINFORCE', ctx, settings);
  const episode = new RolloutBuffer(INITIAL_EPISODE_CAPACITY, ac.width);
  return ac.learner(settings, checkSettings, (t, s) => {
    ac.record(episode, t);
    if (!episode.episodeEnded) return;
    // GAE with λ = 1 is exactly G_t − V(s_t), with G bootstrapped from V(next obs) only at a truncation.
    const metrics = ac.vanillaUpdate(episode, 1, s);
    episode.clear();
    return metrics;
  });
}
