// FrozenLake (Gymnasium): planning with the exact model (value and policy iteration, sweep by sweep) next to
// Q-learning from experience on the same slippery ice.
import { frozenLake, type FrozenLakeMap } from '../core/envs/gridworld/grid-presets.ts';
import { defineDemo, defineLoadedAgent } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { createGridEnv } from './grid-env.ts';
import { qLearningAgent } from './tabular-agents.ts';

const controls = [
  { key: 'map', label: 'Map', kind: 'select', options: ['4x4', '8x8'], default: '4x4', live: false,
    help: 'Gymnasium’s two lakes: 16 or 64 cells.' },
  { key: 'slippery', label: 'Slippery', kind: 'toggle', default: true, live: false,
    help: 'On ice a move goes the intended way only 1 time in 3; otherwise it slides to either side.' },
  { symbol: '\\gamma', key: 'gamma', label: 'γ (discount)', kind: 'slider', min: 0, max: 1, step: 0.01, default: 0.99, live: true,
    help: 'At γ = 1 the start value is the probability of reaching the goal; below 1, slow safe paths are worth less.' },
  { symbol: '\\varepsilon', key: 'epsilon', label: 'ε (exploration rate)', kind: 'slider', min: 0, max: 1, step: 0.01, default: 0.1, live: true,
    agents: ['q-learning'], help: 'Q-learning’s probability of a random move.' },
  { symbol: '\\alpha', key: 'alpha', label: 'α (step size)', kind: 'slider', min: 0.001, max: 1, step: 0.001, default: 0.1, live: true,
    agents: ['q-learning'], help: 'Q-learning’s step size; on slippery ice small steps average out the luck.' },
] as const;

type P = ParamsOf<typeof controls>;

export const frozenLakeDemo = defineDemo({
  ...demoCard('frozen-lake'),
  lesson: [
    'Value iteration spreads value backwards from the goal, one step of lookahead per sweep.',
    'Policy iteration alternates evaluating its policy and improving it; it stops after a handful of improvements.',
    'On slippery ice the best policy often walks away from the goal, against a wall, so that a slip cannot drop it in a hole.',
    'Q-learning has no model: it must fall in holes to learn where they are, and its estimate of the start creeps up slowly.',
    'Turn slipping off and the lake becomes a simple maze: every method finds the 6-step path.',
  ],
  controls,
  env: (p: P, rng) => createGridEnv(frozenLake(p.map as FrozenLakeMap, p.slippery), rng),
  agents: [
    defineLoadedAgent({
      id: 'value-iteration', label: 'Value iteration', description: 'Sweeps V(s) ← max over actions of the expected backup.',
      rule: "V(s) \\leftarrow \\max_a \\sum_{s',r} p(s',r \\mid s,a)\\,[\\,r + \\gamma V(s')\\,]",
      settings: (p: P) => ({ gamma: p.gamma }),
      // Loaded on demand: planners are not needed for the home page.
      load: async () => (await import('../core/agents/planning/value-iteration.ts')).createValueIteration,
    }),
    defineLoadedAgent({
      id: 'policy-iteration', label: 'Policy iteration', description: 'Evaluates a fixed policy, then makes it greedy, until stable.',
      rule: "V(s) \\leftarrow \\sum_{s',r} p(s',r \\mid s,\\pi(s))\\,[\\,r + \\gamma V(s')\\,],\\quad \\pi(s) \\leftarrow \\arg\\max_a q(s,a)",
      settings: (p: P) => ({ gamma: p.gamma }),
      // Loaded on demand: planners are not needed for the home page.
      load: async () => (await import('../core/agents/planning/policy-iteration.ts')).createPolicyIteration,
    }),
    qLearningAgent<P>(),
  ],
  x: 'episode',
  stepMetrics: [],
  charts: [
    { id: 'value', title: 'Estimated value of the start', metric: 'value/start', smoothing: 1 },
    { id: 'return', title: 'Return per episode (Q-learning)', metric: 'episode/return', smoothing: 100 },
    { id: 'delta', title: 'Largest value change per sweep', metric: 'planner/delta', smoothing: 1 },
  ],
  presets: [
    { id: 'sweeps', label: 'Watch the sweeps', agents: ['value-iteration', 'policy-iteration'], params: { map: '8x8', gamma: 0.99 },
      description: 'On the 8×8 lake, value flows back from the goal sweep by sweep; policy iteration needs few improvements.' },
    { id: 'no-slip', label: 'No ice', params: { slippery: false }, description: 'A deterministic lake: the start value is γ⁵.' },
    { id: 'undiscounted', label: 'γ = 1', agents: ['value-iteration', 'q-learning'], params: { gamma: 1 },
      description: 'The start value becomes the probability of ever reaching the goal: about 0.82 on the 4×4 lake.' },
  ],
  defaultLength: { episodes: 2000 },
  maxEpisodeSteps: (p: P) => (p.map === '8x8' ? 200 : 100),
});
