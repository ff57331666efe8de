// Deep RL on a grid: DQN (and the policy-gradient agents) against tabular Q-learning in four rooms, with the
// network's values and greedy policy drawn on the grid as it learns, and the input encoding as a choice.
import { FOUR_ROOMS } from '../core/envs/gridworld/grid-presets.ts';
import { createGridEncoder, type GridEncoderKind } from '../core/envs/gridworld/grid-encoders.ts';
import type { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { defineDemo } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { createGridEnv } from './grid-env.ts';
import { qLearningAgent } from './tabular-agents.ts';
import { a2cAgent, dqnAgent, ppoAgent, reinforceAgent, sacDiscreteAgent } from './neural-agents.ts';

const ENCODERS: readonly GridEncoderKind[] = ['one-hot', 'coordinates', 'patch', 'map'];

const controls = [
  { key: 'encoder', label: 'Network input', kind: 'select', options: ENCODERS, default: 'one-hot', live: false,
    help: 'How a cell is shown to the networks: one-hot (one input per cell), coordinates (x, y), the 5×5 patch around the agent, or the whole map with the agent marked.' },
  { key: 'hidden', label: 'Hidden layers', kind: 'select', options: ['32x32', '64x64', '128x128', '64'], default: '64x64', live: false,
    help: 'Widths of the networks’ hidden ReLU layers.' },
  { symbol: '\\eta', key: 'learningRate', label: 'Learning rate', kind: 'slider', min: 1e-4, max: 1e-1, step: 1e-4, scale: 'log', default: 1e-3, live: true,
    help: 'Adam’s step size. Too high and the loss can blow up (the run pauses and says so).' },
  { symbol: '\\gamma', key: 'gamma', label: 'γ (discount)', kind: 'slider', min: 0.8, max: 0.999, step: 0.001, default: 0.95, live: true,
    help: 'Weight of future rewards. The goal is 20 moves from the start, so V(start) = γ^19: 0.38 at γ = 0.95. Near 1, small errors add up over 1/(1 − γ) steps and the values drift.' },
  { symbol: '\\varepsilon', key: 'epsilon', label: 'Final ε', kind: 'slider', min: 0, max: 1, step: 0.01, default: 0.05, live: true,
    agents: ['dqn', 'q-learning'], help: 'Probability of a random move once the schedule has finished (DQN starts from 1). Q-learning uses it throughout.' },
  { key: 'epsilonDecaySteps', label: 'ε decay steps', kind: 'slider', min: 100, max: 100_000, step: 100, scale: 'log', integer: true, default: 10_000, live: true,
    agents: ['dqn'], help: 'Env steps over which DQN’s ε falls linearly from 1 to the final ε.' },
  { key: 'batchSize', label: 'Batch size', kind: 'select', options: ['16', '32', '64', '128'], default: '64', live: true,
    agents: ['dqn', 'sac-discrete'], help: 'Transitions sampled from the replay buffer for each gradient step.' },
  { key: 'targetUpdateEvery', label: 'Target copy period', kind: 'slider', min: 10, max: 5000, step: 10, scale: 'log', integer: true, default: 200, live: true,
    agents: ['dqn', 'sac-discrete'], help: 'Env steps between copies of the online network(s) into the target network(s) that compute the TD targets.' },
  { key: 'doubleDqn', label: 'Double DQN', kind: 'toggle', default: true, live: true,
    agents: ['dqn'], help: 'The online network picks the next action and the target network values it, which curbs over-estimation.' },
  { key: 'huber', label: 'Huber loss', kind: 'toggle', default: true, live: true,
    agents: ['dqn'], help: 'Huber loss grows linearly for large TD errors, so one surprising target cannot swing the weights far.' },
  { symbol: 'c_H', key: 'entropyCoef', label: 'Entropy bonus', kind: 'slider', min: 0, max: 0.2, step: 0.001, default: 0.01, live: true,
    agents: ['ppo', 'a2c', 'reinforce'], help: 'Weight of the policy’s entropy in the loss: more keeps the moves varied (exploring) for longer.' },
  { key: 'rolloutSteps', label: 'PPO rollout length', kind: 'slider', min: 16, max: 2048, step: 16, scale: 'log', integer: true, default: 128, live: true,
    agents: ['ppo'], help: 'Env steps collected before each PPO update (4 epochs × 4 minibatches): longer rollouts give steadier but rarer updates.' },
  { key: 'a2cRolloutSteps', label: 'A2C rollout length', kind: 'slider', min: 4, max: 512, step: 4, scale: 'log', integer: true, default: 16, live: true,
    agents: ['a2c'], help: 'Env steps collected before each A2C gradient step. A2C uses each rollout once, so short rollouts (many small steps) suit it.' },
  { symbol: '\\epsilon', key: 'clipRange', label: 'PPO clip ε', kind: 'slider', min: 0.05, max: 0.5, step: 0.01, default: 0.2, live: true,
    agents: ['ppo'], help: 'How far one update may move the probability of a move (as a ratio 1 ± ε) before the objective stops rewarding it.' },
  { symbol: '\\alpha', key: 'sacAlpha', label: 'SAC temperature α', kind: 'slider', min: 0.001, max: 1, step: 0.001, scale: 'log', default: 0.1, live: true,
    agents: ['sac-discrete'], help: 'Weight of the entropy in SAC’s soft values: the fixed α when tuning is off, the starting α when it is on.' },
  { key: 'autoAlpha', label: 'Tune α automatically', kind: 'toggle', default: true, live: true,
    agents: ['sac-discrete'], help: 'Adjust α by gradient steps so that the policy’s entropy stays near the target below.' },
  { symbol: '\\bar{\\mathcal{H}} / \\ln 4', key: 'targetEntropyRatio', label: 'Target entropy (× ln 4)', kind: 'slider', min: 0, max: 1, step: 0.01, default: 0.7, live: true,
    agents: ['sac-discrete'], help: 'The entropy automatic tuning aims for, as a fraction of a uniform policy’s ln 4 ≈ 1.39. Near 1 the policy stays almost random.' },
  { symbol: '\\alpha', key: 'alpha', label: 'α (tabular step size)', kind: 'slider', min: 0.01, max: 1, step: 0.01, default: 0.5, live: true,
    agents: ['q-learning'], help: 'Tabular Q-learning’s step size: the reference without a network.' },
] as const;

type P = ParamsOf<typeof controls>;

export const fourRoomsDqn = defineDemo({
  ...demoCard('four-rooms-dqn'),
  lesson: [
    'Tabular Q-learning keeps one number per cell and move. DQN fits a network to the same TD targets, sampling past moves from a replay buffer; PPO learns the policy itself, with a value network as its critic.',
    'The goal is 20 moves away, but a random walk needs about 1,100 steps to stumble on it: most early episodes hit the 500-step limit, and the replay buffer fills with walks that earn nothing.',
    'After the first success the value spreads back from the goal: watch the orange wave cross the rooms on the grid, and V(start) settle at γ¹⁹ ≈ 0.38.',
    'With one-hot input each cell has its own weights, so a value learned in one cell says nothing about its neighbours. With coordinates, nearby cells share what is learned, even across a wall the input cannot see.',
    'PPO starts from uniform moves (entropy ln 4 ≈ 1.39) and becomes more certain as it learns; the entropy bonus slows that collapse.',
    'Discrete SAC keeps its policy’s entropy near a target by tuning the temperature α. The goal gives no reward until it is found, so a low target makes the policy commit to arbitrary moves first and it may never find the goal; a high one keeps finding it but walks a long way round.',
    'The target network is copied only every few hundred steps, so DQN chases a fixed target instead of its own moving guesses. Copy it every 10 steps at γ = 0.99 and the values shoot far above 1, the most any path can earn here.',
    'If a loss ever becomes NaN or infinite, the run pauses, says so, and keeps the curves up to that point.',
  ],
  controls,
  env: (_p: P, rng) => createGridEnv(FOUR_ROOMS, rng),
  features: (env, p: P) => createGridEncoder(p.encoder, () => (env as GridworldEnv).layout),
  agents: [dqnAgent<P>(), ppoAgent<P>(), a2cAgent<P>(), reinforceAgent<P>(), sacDiscreteAgent<P>(), qLearningAgent<P>()],
  defaultAgents: ['dqn', 'ppo', 'q-learning'],
  x: 'episode',
  stepMetrics: [],
  learnMetrics: [
    'loss/td', 'q/mean', 'explore/epsilon', 'replay/size', 'loss/policy', 'loss/value', 'policy/entropy', 'policy/approx-kl',
    'policy/clip-fraction', 'sac/alpha',
  ],
  charts: [
    { id: 'length', title: 'Steps per episode', metric: 'episode/length', smoothing: 5 },
    { id: 'return', title: 'Return per episode', metric: 'episode/return', smoothing: 5 },
    { id: 'value', title: 'Estimated value of the start', metric: 'value/start', smoothing: 1 },
    { id: 'entropy', title: 'Policy entropy', metric: 'policy/entropy', smoothing: 5 },
    { id: 'loss', title: 'TD loss', metric: 'loss/td', smoothing: 5 },
    { id: 'q', title: 'Mean Q of trained transitions', metric: 'q/mean', smoothing: 5 },
    { id: 'epsilon', title: 'ε', metric: 'explore/epsilon', smoothing: 1 },
    { id: 'replay', title: 'Replay buffer', metric: 'replay/size', smoothing: 1 },
    { id: 'policy-loss', title: 'Policy loss', metric: 'loss/policy', smoothing: 5 },
    { id: 'value-loss', title: 'Value loss', metric: 'loss/value', smoothing: 5 },
    { id: 'approx-kl', title: 'PPO approx. KL per update', metric: 'policy/approx-kl', smoothing: 5 },
    { id: 'clip-fraction', title: 'PPO clip fraction', metric: 'policy/clip-fraction', smoothing: 5 },
  ],
  presets: [
    { id: 'dqn-vs-ppo', label: 'DQN vs PPO vs a table', agents: ['dqn', 'ppo', 'q-learning'], params: {},
      description: 'All three end near the 20-move path (seed 1, 150 episodes: about 23–25 moves each, ε-greedy moves included). DQN’s episodes shorten as its ε falls; PPO’s as its policy sharpens.' },
    { id: 'coordinates', label: 'Coordinates as input', agents: ['dqn'], params: { encoder: 'coordinates' },
      description: 'The value map turns smooth: cells the agent never visited get values from their neighbours, walls or not.' },
    { id: 'target-every-10', label: 'Target copied every 10 steps', agents: ['dqn'], params: { targetUpdateEvery: 10, gamma: 0.99 },
      description: 'Mean Q climbs far above 1, the most any path can earn, before it comes back down: the network chases its own guesses.' },
    { id: 'sac-entropy-target', label: 'SAC: entropy target too low', agents: ['sac-discrete'], params: { targetEntropyRatio: 0.3 },
      description: 'α is tuned down until the policy keeps 30% of the uniform entropy: it commits before it has seen the goal and (seed 1, 150 episodes) never reaches it. At the default 0.7 it does within 100 episodes.' },
    { id: 'policy-gradients', label: 'PPO vs A2C vs REINFORCE', agents: ['ppo', 'a2c', 'reinforce'], params: {},
      description: 'PPO reuses each 128-step rollout for 16 minibatch steps, A2C takes one step per 16-step rollout, REINFORCE waits for whole episodes. Seed 1, 150 episodes: PPO and A2C end near 22 moves; REINFORCE’s noisy returns leave it above 100.' },
  ],
  defaultLength: { episodes: 200 },
  maxEpisodeSteps: () => 500,
});
