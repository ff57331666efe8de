// Deep RL on a grid: DQN (and the policy-gradient agents) against tabular Q-learning in four rooms, with the
// network's values and greedy policy drawn on the grid as it learns, and the input encoding as a choice.
import { FOUR_ROOMS } from '../core/envs/gridworld/grid-presets.ts';
import { createGridEncoder, type GridEncoderKind } from '../core/envs/gridworld/grid-encoders.ts';
import type { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { defineDemo } from './demo-spec.ts';
import type { ParamsOf } from './control-spec.ts';
import { createGridEnv } from './grid-env.ts';
import { qLearningAgent } from './tabular-agents.ts';
import { dqnAgent } from './neural-agents.ts';

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
    agents: ['dqn'], help: 'Transitions sampled from the replay buffer for each gradient step.' },
  { key: 'targetUpdateEvery', label: 'Target copy period', kind: 'slider', min: 10, max: 5000, step: 10, scale: 'log', integer: true, default: 200, live: true,
    agents: ['dqn'], help: 'Env steps between copies of the online network into the target network that computes the TD targets.' },
  { key: 'doubleDqn', label: 'Double DQN', kind: 'toggle', default: true, live: true,
    agents: ['dqn'], help: 'The online network picks the next action and the target network values it, which curbs over-estimation.' },
  { key: 'huber', label: 'Huber loss', kind: 'toggle', default: true, live: true,
    agents: ['dqn'], help: 'Huber loss grows linearly for large TD errors, so one surprising target cannot swing the weights far.' },
  { symbol: '\\alpha', key: 'alpha', label: 'α (tabular step size)', kind: 'slider', min: 0.01, max: 1, step: 0.01, default: 0.5, live: true,
    agents: ['q-learning'], help: 'Tabular Q-learning’s step size: the reference without a network.' },
] as const;

type P = ParamsOf<typeof controls>;

export const fourRoomsDqn = defineDemo({
  id: 'four-rooms-dqn',
  title: 'Deep RL on a grid',
  theme: 'Foundations',
  summary: 'A network in place of a table: DQN against tabular Q-learning in four rooms, its values drawn as it learns.',
  lesson: [
    'Tabular Q-learning stores one number per cell and move; DQN fits a network to the same TD targets, from a replay buffer of past moves.',
    'Early on the replay buffer fills with random walks; the loss rises as the goal’s reward enters the targets, then falls as the values settle.',
    'With one-hot input every cell has its own weights, so nothing learned in one cell transfers to a neighbour. Coordinates let nearby cells share a value, for better (faster spread) and worse (walls the input cannot see).',
    'The target network changes only every few hundred steps, so the network chases a fixed target instead of its own moving guesses.',
    'Raise the learning rate to 0.05 and switch Huber off: the mean Q drifts and the loss can blow up. The run pauses and keeps the curves up to that point.',
  ],
  controls,
  env: (_p: P, rng) => createGridEnv(FOUR_ROOMS, rng),
  features: (env, p: P) => createGridEncoder(p.encoder, () => (env as GridworldEnv).layout),
  agents: [dqnAgent<P>(), qLearningAgent<P>()],
  defaultAgents: ['dqn', 'q-learning'],
  x: 'episode',
  stepMetrics: [],
  learnMetrics: ['loss/td', 'q/mean', 'explore/epsilon', 'replay/size'],
  charts: [
    { id: 'length', title: 'Steps per episode', metric: 'episode/length', smoothing: 5 },
    { id: 'return', title: 'Return per episode', metric: 'episode/return', smoothing: 5 },
    { id: 'loss', title: 'TD loss', metric: 'loss/td', smoothing: 5 },
    { id: 'q', title: 'Mean Q of trained transitions', metric: 'q/mean', smoothing: 5 },
    { id: 'epsilon', title: 'ε', metric: 'explore/epsilon', smoothing: 1 },
    { id: 'replay', title: 'Replay buffer', metric: 'replay/size', smoothing: 1 },
    { id: 'value', title: 'Estimated value of the start', metric: 'value/start', smoothing: 1 },
  ],
  presets: [
    { id: 'one-hot-vs-coordinates', label: 'One-hot vs coordinates', agents: ['dqn'], params: { encoder: 'coordinates' },
      description: 'Coordinates spread value to cells never visited; compare the value map with the one-hot run.' },
  ],
  papers: ['effective-horizon'],
  defaultLength: { episodes: 200 },
  maxEpisodeSteps: () => 500,
});
