// The 10-armed testbed of Sutton & Barto ch. 2 (Figures 2.2–2.5): six ways to trade exploring for exploiting,
// compared on the same random bandit problems.
import { GaussianBandit } from '../core/envs/bandits/bandit-env.ts';
import { createEpsilonGreedyBandit } from '../core/agents/bandit/epsilon-greedy-bandit.ts';
import { createUcb1 } from '../core/agents/bandit/ucb1.ts';
import { createGradientBandit } from '../core/agents/bandit/gradient-bandit.ts';
import { createThompsonSampling } from '../core/agents/bandit/thompson-sampling.ts';
import { defineAgent, defineDemo } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';

const controls = [
  { key: 'arms', label: 'Arms (k)', kind: 'slider', min: 2, max: 50, step: 1, integer: true, default: 10, live: false,
    help: 'How many arms each bandit problem has.' },
  { key: 'qStarMean', label: 'Mean of true values', kind: 'slider', min: -5, max: 5, step: 0.5, default: 0, live: false,
    help: 'Each arm’s true value q*(a) is drawn from a normal with this mean and variance 1 (Figure 2.5 uses +4).' },
  { symbol: '\\varepsilon', key: 'epsilon', label: 'ε (exploration rate)', kind: 'slider', min: 0, max: 0.5, step: 0.01, default: 0.1, live: true,
    agents: ['epsilon-greedy'], help: 'Probability of pulling a uniformly random arm instead of the best-looking one.' },
  { symbol: '\\alpha', key: 'alpha', label: 'α (step size)', kind: 'slider', min: 0, max: 1, step: 0.01, default: 0.1, live: true,
    agents: ['greedy', 'epsilon-greedy', 'optimistic-greedy'],
    help: 'Constant step size of the value estimates; 0 means sample averages (step 1/n).' },
  { symbol: 'Q_{\\text{init}}', key: 'initialValue', label: 'Optimistic Q₁', kind: 'slider', min: 0, max: 10, step: 0.5, default: 5, live: false,
    agents: ['optimistic-greedy'], help: 'Initial estimate of every arm: far above any true value, so each pull disappoints.' },
  { symbol: 'c', key: 'c', label: 'c (UCB confidence)', kind: 'slider', min: 0, max: 5, step: 0.1, default: 2, live: true,
    agents: ['ucb1'], help: 'Weight of the uncertainty bonus; √2 is Auer’s UCB1, Figure 2.4 uses 2, 0 is greedy.' },
  { symbol: '\\alpha', key: 'gradientAlpha', label: 'α (preference step)', kind: 'slider', min: 0.01, max: 1, step: 0.01, default: 0.1, live: true,
    agents: ['gradient-bandit'], help: 'Step size of the gradient bandit’s preference updates.' },
  { key: 'baseline', label: 'Reward baseline', kind: 'toggle', default: true, live: true,
    agents: ['gradient-bandit'], help: 'Compare each reward with the average so far; without it, learning stalls when q* is far from 0.' },
] as const;

type P = ParamsOf<typeof controls>;

export const tenArmedTestbed = defineDemo({
  ...demoCard('ten-armed-testbed'),
  lesson: [
    'Greedy keeps pulling the first arm that paid well: its % optimal action stalls around a third.',
    'ε-greedy keeps trying other arms, so it finds the best one, but it still wastes ε of its pulls forever.',
    'Optimistic initial values make even a greedy agent try everything early (note the spike near step 10).',
    'UCB explores where it is unsure rather than at random, and climbs highest; Thompson sampling does it by sampling beliefs.',
    'Turn the gradient bandit’s baseline off with the true values centred at +4: without the baseline it learns much more slowly.',
  ],
  controls,
  env: (p: P, rng) => GaussianBandit.testbed(p.arms, p.qStarMean, rng),
  agents: [
    defineAgent({
      id: 'greedy', label: 'Greedy', description: 'Always pulls the arm with the highest estimate (ε = 0).',
      rule: 'A_t = \\arg\\max_a Q_t(a),\\quad Q(a) \\leftarrow Q(a) + \\alpha\\,[R - Q(a)]',
      settings: (p: P) => ({ epsilon: 0, alpha: p.alpha, initialValue: 0 }),
      create: createEpsilonGreedyBandit,
    }),
    defineAgent({
      id: 'epsilon-greedy', label: 'ε-greedy', description: 'Greedy, except a random arm with probability ε.',
      rule: 'A_t = \\begin{cases}\\arg\\max_a Q_t(a) & 1-\\varepsilon \\\\ \\text{random} & \\varepsilon\\end{cases},\\quad Q(a) \\leftarrow Q(a) + \\alpha\\,[R - Q(a)]',
      settings: (p: P) => ({ epsilon: p.epsilon, alpha: p.alpha, initialValue: 0 }),
      create: createEpsilonGreedyBandit,
    }),
    defineAgent({
      id: 'optimistic-greedy', label: 'Optimistic greedy', description: 'Greedy, starting from wildly optimistic estimates.',
      rule: 'Q_1(a) = Q_{\\text{init}},\\quad A_t = \\arg\\max_a Q_t(a),\\quad Q(a) \\leftarrow Q(a) + \\alpha\\,[R - Q(a)]',
      settings: (p: P) => ({ epsilon: 0, alpha: p.alpha, initialValue: p.initialValue }),
      create: createEpsilonGreedyBandit,
    }),
    defineAgent({
      id: 'ucb1', label: 'UCB', description: 'Adds a bonus that shrinks as an arm is pulled more (sample averages).',
      rule: 'A_t = \\arg\\max_a \\Big[ Q_t(a) + c\\sqrt{\\ln t / N_t(a)} \\Big]',
      settings: (p: P) => ({ c: p.c }),
      create: createUcb1,
    }),
    defineAgent({
      id: 'gradient-bandit', label: 'Gradient bandit', description: 'Learns preferences and pulls by softmax over them.',
      rule: 'H(a) \\leftarrow H(a) + \\alpha\\,(R_t - \\bar R_t)\\,(\\mathbb{1}[a = A_t] - \\pi_t(a))',
      settings: (p: P) => ({ alpha: p.gradientAlpha, baseline: p.baseline }),
      create: createGradientBandit,
    }),
    defineAgent({
      id: 'thompson', label: 'Thompson sampling', description: 'Samples a plausible value for each arm from its posterior.',
      rule: '\\tilde q(a) \\sim \\mathcal N(m_a, s_a^2),\\quad A_t = \\arg\\max_a \\tilde q(a)',
      // The testbed's own prior: q*(a) ~ N(qStarMean, 1), rewards with variance 1.
      settings: (p: P) => ({ rewardModel: 'gaussian' as const, priorMean: p.qStarMean, priorVariance: 1, noiseVariance: 1 }),
      create: createThompsonSampling,
    }),
  ],
  x: 'step',
  stepMetrics: ['bandit/reward', 'bandit/optimal-action', 'bandit/regret'],
  charts: [
    { id: 'reward', title: 'Average reward', metric: 'bandit/reward', smoothing: 1 },
    { id: 'optimal', title: '% optimal action', metric: 'bandit/optimal-action', smoothing: 1 },
    { id: 'regret', title: 'Cumulative regret', metric: 'bandit/regret', smoothing: 1 },
  ],
  presets: [
    { id: 'fig-2-2', label: 'Greedy vs ε-greedy (Fig. 2.2)', agents: ['greedy', 'epsilon-greedy'], params: { alpha: 0, epsilon: 0.1 },
      description: 'With sample averages, ε = 0.1 passes 80% optimal action while greedy stays near a third.' },
    { id: 'fig-2-3', label: 'Optimistic start (Fig. 2.3)', agents: ['optimistic-greedy', 'epsilon-greedy'], params: { alpha: 0.1, initialValue: 5, epsilon: 0.1 },
      description: 'Optimistic greedy starts worse, spikes near step 10, then overtakes realistic ε-greedy.' },
    { id: 'fig-2-4', label: 'UCB vs ε-greedy (Fig. 2.4)', agents: ['ucb1', 'epsilon-greedy'], params: { alpha: 0, c: 2, epsilon: 0.1 },
      description: 'UCB earns more reward than ε-greedy after the first few dozen steps.' },
    { id: 'fig-2-5', label: 'Gradient bandit baseline (Fig. 2.5)', agents: ['gradient-bandit'], params: { qStarMean: 4, gradientAlpha: 0.1, baseline: true },
      description: 'True values centred at +4: toggle the baseline off and watch % optimal action drop.' },
    { id: 'ucb-vs-thompson', label: 'UCB vs Thompson', agents: ['ucb1', 'thompson'], params: { alpha: 0, c: 2 },
      description: 'Two principled explorers: bonuses for uncertainty versus samples from beliefs.' },
  ],
  defaultLength: { steps: 1000 },
  // One bandit problem is noise; the book averages 2000. 100 keeps the page fast and the curves readable.
  defaultRuns: 100,
});
