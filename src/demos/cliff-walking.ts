// Cliff walking (S&B Example 6.6): on-policy SARSA learns the safe path, off-policy Q-learning the optimal edge path,
// and pays for it while it still explores.
import { CLIFF_WALKING } from '../core/envs/gridworld/grid-presets.ts';
import { defineDemo } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { createGridEnv } from './grid-env.ts';
import { expectedSarsaAgent, qLearningAgent, sarsaAgent } from './tabular-agents.ts';

const controls = [
  { symbol: '\\varepsilon', key: 'epsilon', label: 'ε (exploration rate)', kind: 'slider', min: 0, max: 0.5, step: 0.01, default: 0.1, live: true,
    help: 'Probability of a random move. The risk of falling comes from these moves near the edge.' },
  { symbol: '\\alpha', key: 'alpha', label: 'α (step size)', kind: 'slider', min: 0.01, max: 1, step: 0.01, default: 0.5, live: true,
    help: 'How far each update moves Q(s,a) toward its target.' },
  { symbol: '\\gamma', key: 'gamma', label: 'γ (discount)', kind: 'slider', min: 0, max: 1, step: 0.01, default: 1, live: true,
    help: 'Weight of future rewards; the textbook runs the cliff undiscounted (γ = 1).' },
] as const;

type P = ParamsOf<typeof controls>;

export const cliffWalking = defineDemo({
  ...demoCard('cliff-walking'),
  lesson: [
    'Q-learning learns the values of the greedy policy, so its arrows hug the cliff edge: the shortest path.',
    'But it keeps exploring with ε, and a random step on the edge is a 100-point fall: its online return is worse.',
    'SARSA learns the value of the policy it really follows, falls included, and routes away from the edge.',
    'Expected SARSA has the same target as SARSA without the sampling noise, and handles large α better.',
    'Lower ε toward 0 and both converge to the edge path: the difference is the price of exploring.',
  ],
  controls,
  env: (_p: P, rng) => createGridEnv(CLIFF_WALKING, rng),
  agents: [qLearningAgent<P>(), sarsaAgent<P>(), expectedSarsaAgent<P>()],
  x: 'episode',
  stepMetrics: [],
  charts: [
    { id: 'return', title: 'Sum of rewards per episode', metric: 'episode/return', smoothing: 10 },
    { id: 'length', title: 'Episode length', metric: 'episode/length', smoothing: 10 },
    { id: 'value', title: 'Estimated value of the start', metric: 'value/start', smoothing: 1 },
  ],
  presets: [
    { id: 'textbook', label: 'Example 6.6', params: { epsilon: 0.1, alpha: 0.5, gamma: 1 }, agents: ['q-learning', 'sarsa'],
      description: 'ε = 0.1, α = 0.5: SARSA’s online return settles near −25, Q-learning’s near −50.' },
    { id: 'less-exploration', label: 'Explore less', params: { epsilon: 0.01 }, agents: ['q-learning', 'sarsa'],
      description: 'With ε = 0.01 falls are rare, and the two curves meet near the optimal −13.' },
    { id: 'large-step', label: 'Large step size', params: { alpha: 1 }, agents: ['sarsa', 'expected-sarsa'],
      description: 'At α = 1 SARSA’s sampled target is noisy; Expected SARSA still learns a good path.' },
  ],
  defaultLength: { episodes: 500 },
  maxEpisodeSteps: () => 5000,
});
