// Deep Sea (catalogue D1): the treasure needs N "right"s in a row, each locally penalised. Dithering (ε-greedy,
// Boltzmann) needs about 2ᴺ episodes to stumble on it; optimism (count bonuses, UCB, optimistic values) goes
// looking on purpose and needs a number of episodes that grows only polynomially in N. A reward-free agent explores
// with the bonus alone, then plans for the reward it has seen.
import { DeepSeaEnv, deepSeaGoalCells, MAX_DEEP_SEA_SIZE } from '../core/envs/deep-sea/deep-sea-env.ts';
import { RiverSwimEnv, riverSwimHorizon } from '../core/envs/river-swim/river-swim-env.ts';
import { createExploringQ, type ExploringQSettings, type ExploreRule } from '../core/agents/exploration/exploring-q-learning.ts';
import {
  createOptimisticModelBased, type ModelBasedVariant, type OptimisticModelSettings,
} from '../core/agents/exploration/optimistic-model-based.ts';
import { defineAgent, defineDemo } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';

const controls = [
  { key: 'world', label: 'World', kind: 'select', options: ['deep-sea', 'river-swim'], default: 'deep-sea', live: false,
    help: 'Deep Sea: N rows to fall through, N rights in a row to the treasure. RiverSwim: a chain of N states against a current, a small reward at the left bank and a large one upstream (episodes of 5N steps).' },
  { key: 'size', label: 'Size (N)', kind: 'slider', min: 4, max: MAX_DEEP_SEA_SIZE, step: 1, integer: true, default: 10, live: false,
    help: 'Rows and columns. The treasure takes N “right”s in a row, so blind luck finds it about once in 2ᴺ episodes.' },
  { key: 'randomize', label: 'Random action mapping', kind: 'toggle', default: true, live: false,
    help: 'Deep Sea: which button means “right” is drawn per cell, as in bsuite, so no agent can learn “always press the same button”.' },
  { key: 'windy', label: 'Windy', kind: 'toggle', default: false, live: false,
    help: 'Deep Sea: “right” fails with probability 1/N (the agent still pays for it).' },
  { symbol: '\\varepsilon', key: 'epsilon', label: 'ε (exploration rate)', kind: 'slider', min: 0, max: 0.5, step: 0.01, default: 0.1, live: true,
    agents: ['epsilon-greedy'], help: 'Chance of a random action.' },
  { key: 'epsilonDecay', label: 'Decay ε', kind: 'toggle', default: false, live: true,
    agents: ['epsilon-greedy'], help: 'ε / (1 + k/100) in episode k: exploration fades as experience grows.' },
  { symbol: '\\tau', key: 'temperature', label: 'τ (temperature)', kind: 'slider', min: 0.01, max: 1, step: 0.01, scale: 'log', default: 0.1, live: true,
    agents: ['boltzmann'], help: 'Softmax temperature over Q: higher is more random.' },
  { symbol: 'Q_0', key: 'q0', label: 'Q₀ (initial value)', kind: 'slider', min: 0, max: 2, step: 0.05, default: 1, live: false,
    agents: ['optimistic'], help: 'Every action value starts here. Above the best return (0.99), every untried action looks better than anything tried.' },
  { symbol: '\\beta', key: 'beta', label: 'β (count bonus)', kind: 'slider', min: 0, max: 2, step: 0.01, default: 0.1, live: true,
    agents: ['count-bonus', 'count-bonus-q', 'reward-free'], help: 'Bonus β/√n(s,a) added to the reward of a pair tried n times.' },
  { key: 'ucbC', label: 'UCB c', kind: 'slider', min: 0, max: 3, step: 0.01, default: 0.1, live: true,
    agents: ['ucb-q'], help: 'Scale of UCB-Q’s bonus c·√(ln t / n). Against a reward of 1, c = 1 keeps exploring for thousands of episodes at N = 20; 0.1 settles.' },
  { symbol: '\\eta', key: 'eta', label: 'η (MEX)', kind: 'slider', min: 0.05, max: 5, step: 0.05, scale: 'log', default: 1, live: true,
    agents: ['mex'], help: 'MEX weighs value against model uncertainty with η; its bonus is 1/(η·n): larger η, less optimism.' },
  { symbol: '\\gamma', key: 'gamma', label: 'γ (discount)', kind: 'slider', min: 0.9, max: 1, step: 0.01, default: 1, live: true,
    help: 'An episode is exactly N steps, so no discount is needed (γ = 1).' },
  { key: 'stepSize', label: 'Step size', kind: 'select', options: ['1/n', 'constant'], default: '1/n', live: true,
    agents: ['epsilon-greedy', 'boltzmann', 'optimistic', 'count-bonus-q'],
    help: '1/n(s,a): each Q is the average of its targets. Constant: recent targets weigh more (α below).' },
  { symbol: '\\alpha', key: 'alpha', label: 'α (constant step)', kind: 'slider', min: 0.05, max: 1, step: 0.05, default: 0.1, live: true,
    agents: ['epsilon-greedy', 'boltzmann', 'optimistic', 'count-bonus-q'], help: 'The step size when it is constant.' },
  { key: 'rewardFreeEpisodes', label: 'Reward-free episodes (K)', kind: 'slider', min: 50, max: 5000, step: 50, scale: 'log', integer: true, default: 500, live: false,
    agents: ['reward-free'], help: 'Episodes of exploring with the bonus alone, ignoring the reward, before planning for it.' },
] as const;

type P = ParamsOf<typeof controls>;

/** Steps per episode: N in Deep Sea, 5N in RiverSwim. */
const horizonOf = (p: P) => (p.world === 'river-swim' ? riverSwimHorizon(p.size) : p.size);

const qSettings = (rule: ExploreRule) => (p: P): ExploringQSettings => ({
  rule, gamma: p.gamma, horizon: horizonOf(p), epsilon: p.epsilon, epsilonDecay: p.epsilonDecay, temperature: p.temperature,
  q0: rule === 'optimistic' ? p.q0 : 0, stepSize: p.stepSize as '1/n' | 'constant', alpha: p.alpha, ucbC: p.ucbC, beta: p.beta,
});

const modelSettings = (variant: ModelBasedVariant) => (p: P): OptimisticModelSettings => ({
  variant, gamma: p.gamma, horizon: horizonOf(p), beta: p.beta, eta: p.eta, rewardFreeEpisodes: p.rewardFreeEpisodes,
  goals: p.world === 'deep-sea' ? deepSeaGoalCells(p.size) : undefined,
});

const Q_UPDATE = 'Q(s,a) \\leftarrow Q(s,a) + \\eta_n\\big[r + \\gamma \\max_{a\'} Q(s\',a\') - Q(s,a)\\big]';
const PLAN = 'Q(s,a) = \\hat r(s,a) + b(s,a) + \\gamma \\textstyle\\sum_{s\'} \\hat P(s\'\\mid s,a) \\max_{a\'} Q(s\',a\'),\\ \\ Q = V_{\\max} \\text{ if } n(s,a) = 0';

export const deepSea = defineDemo({
  ...demoCard('deep-sea'),
  lesson: [
    'Every step the agent falls one row and moves one column left or right. Only N “right”s in a row reach the treasure (+1), and each “right” costs a little, so until the treasure is found, left looks better.',
    'ε-greedy and Boltzmann explore by dithering: random actions here and there. The chance that dithering makes N right moves in a row is about 2⁻ᴺ, so they need exponentially many episodes: N = 12 is already out of reach in 2,000 episodes.',
    'Optimism explores on purpose. The count-bonus agent plans on the model it has seen, valuing every untried action at the best possible value and adding β/√n to rarely tried ones; it walks to the frontier of what it knows, and its episodes-to-treasure grow only polynomially with N.',
    'The same bonus bolted onto model-free Q-learning does not work: an action gets its bonus only once tried, while untried actions stay at 0, so the bonus pulls the agent back to what it has already done.',
    'Reward-free exploration ignores the reward for K episodes and only seeks novelty. Afterwards one planning call on what it has seen finds the treasure, or any other goal chosen later.',
    'RiverSwim is the classic stochastic version: swimming upstream succeeds only 35% of the time, and a dithering agent settles for the small reward at the bank. Optimism keeps it swimming until it knows the upstream reward is there.',
  ],
  controls,
  env: (p: P, rng) => (p.world === 'river-swim'
    ? new RiverSwimEnv(p.size, rng)
    : new DeepSeaEnv({ size: p.size, randomize: p.randomize, windy: p.windy }, rng)),
  agents: [
    ...(['epsilon-greedy', 'boltzmann', 'optimistic'] as const).map((rule) => defineAgent({
      id: rule,
      label: { 'epsilon-greedy': 'ε-greedy Q-learning', boltzmann: 'Boltzmann Q-learning', optimistic: 'Optimistic Q-learning' }[rule],
      description: {
        'epsilon-greedy': 'Greedy on Q, with a random action with probability ε.',
        boltzmann: 'Samples actions in proportion to exp(Q/τ).',
        optimistic: 'Greedy on Q, which starts at Q₀ for every action: untried actions look best.',
      }[rule],
      rule: Q_UPDATE,
      settings: qSettings(rule),
      create: createExploringQ,
    })),
    defineAgent({
      id: 'count-bonus', label: 'Count bonus (MBIE-EB)',
      description: 'Plans on its empirical model each episode with reward + β/√n(s,a); untried actions are worth the maximum.',
      rule: `${PLAN},\\ \\ b = \\beta/\\sqrt{n(s,a)}`,
      settings: modelSettings('mbie-eb'), create: createOptimisticModelBased,
    }),
    defineAgent({
      id: 'ucb-q', label: 'UCB-Q',
      description: 'Q-learning that starts at H, adds c·√(ln t / n) and uses the step (H+1)/(H+n) (Jin et al. 2018).',
      rule: 'Q(s,a) \\leftarrow (1-\\eta_n)Q(s,a) + \\eta_n\\big[r + c\\sqrt{\\ln t / n} + \\min(H, \\max_{a\'} Q(s\',a\'))\\big],\\ \\eta_n = \\tfrac{H+1}{H+n}',
      settings: qSettings('ucb'), create: createExploringQ,
    }),
    defineAgent({
      id: 'mex', label: 'MEX-style optimism',
      description: 'Plans on its model with an optimism bonus 1/(η·n): value traded against model uncertainty by η.',
      rule: `${PLAN},\\ \\ b = 1/(\\eta\\, n(s,a))`,
      settings: modelSettings('mex'), create: createOptimisticModelBased,
    }),
    defineAgent({
      id: 'reward-free', label: 'Reward-free, then plan',
      description: 'Explores with the bonus alone for K episodes, then plans greedily for the rewards it has seen.',
      rule: `${PLAN},\\ \\ \\hat r = 0,\\ b = \\beta/\\sqrt{n} \\text{ for } K \\text{ episodes; then } b = 0`,
      settings: modelSettings('reward-free'), create: createOptimisticModelBased,
    }),
    defineAgent({
      id: 'count-bonus-q', label: 'Count bonus, model-free',
      description: 'Q-learning on r + β/√n(s,a): the same bonus without a model, as a contrast.',
      rule: `${Q_UPDATE.replace('r +', 'r + \\beta/\\sqrt{n(s,a)} +')}`,
      settings: qSettings('count-bonus'), create: createExploringQ,
    }),
  ],
  defaultAgents: ['epsilon-greedy', 'boltzmann', 'count-bonus', 'ucb-q'],
  stage: 'deep-sea',
  x: 'episode',
  stepMetrics: ['explore/success', 'explore/states-visited', 'explore/cumulative-regret', 'explore/first-success-episode'],
  charts: [
    { id: 'return', title: 'Return per episode', metric: 'episode/return', smoothing: 20 },
    { id: 'success', title: 'Share of runs that reached the treasure', metric: 'explore/success', smoothing: 20 },
    { id: 'regret', title: 'Cumulative regret', metric: 'explore/cumulative-regret', smoothing: 1, logX: true },
    { id: 'visited', title: 'Cells visited so far', metric: 'explore/states-visited', smoothing: 1 },
  ],
  presets: [
    { id: 'egreedy-fails', label: 'ε-greedy fails', agents: ['epsilon-greedy', 'boltzmann', 'count-bonus'], params: { size: 12 },
      description: 'N = 12: in 2,000 episodes neither ε-greedy nor Boltzmann ever reaches the treasure (0 of 5 runs); the count bonus first reaches it after 64 episodes on average and from then on earns 0.99 per episode.' },
    { id: 'bonus-solves', label: 'Bonus solves N = 20', agents: ['count-bonus', 'ucb-q', 'mex', 'epsilon-greedy'], params: { size: 20 },
      description: 'N = 20, about a million times rarer for a dithering agent. The count bonus first reaches the treasure after 184 episodes on average and MEX-style optimism after 177; UCB-Q, whose bonus fades more slowly, after 474 (87% of its episodes succeed by episode 2,000). ε-greedy never does (5 runs × 2,000 episodes).' },
    { id: 'optimism-vs-cost', label: 'Optimism against the cost', agents: ['optimistic', 'count-bonus', 'count-bonus-q'], params: { size: 10, stepSize: 'constant', alpha: 0.1 },
      description: 'N = 10 with a constant step α = 0.1. Optimistic initial values pull the agent down the diagonal although each “right” costs: first success after 202 episodes on average, against 39 for the count bonus. The same bonus without a model never succeeds (0 of 5 runs): untried actions sit at 0 while tried ones carry a bonus, so it keeps doing what it already did.' },
    { id: 'reward-free', label: 'Reward-free, then plan', agents: ['reward-free', 'count-bonus'], params: { size: 12 },
      description: 'N = 12. For K = 500 episodes the reward-free agent ignores the reward and only seeks untried actions: it covers the reachable grid and passes through the treasure cell (after 69 episodes on average) without staying. Then it plans once on what it has seen and earns 0.99 from episode 501 on; planning to any of 20 goal cells chosen in advance works too (20 of 20 by episode 100). The count bonus exploits as soon as it finds the treasure (regret 78 against 490).' },
    { id: 'river-swim', label: 'RiverSwim', agents: ['epsilon-greedy', 'boltzmann', 'count-bonus', 'mex'], params: { world: 'river-swim', size: 6 },
      description: 'Six states against the current, episodes of 30 steps (best expected return 7.1). ε-greedy never gets upstream (0 of 5 runs in 500 episodes) and lives off the bank’s 0.005; Boltzmann first gets there after 75 episodes and still succeeds in only a third of its episodes; the count bonus needs 5 episodes and MEX-style optimism 14, then both earn close to the optimum.' },
  ],
  defaultLength: { episodes: 2000 },
  sweepKey: 'size',
  defaultRuns: 5,
});
