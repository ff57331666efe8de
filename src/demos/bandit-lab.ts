// The bandit lab: exploration without states, measured by regret. EVOLvE's problem families (small and large gaps,
// Gaussian arms of high and low noise) against the classic explorers (ε-greedy, softmax, UCB1, KL-UCB, Thompson,
// Gittins), MEX's one-objective index, and a weak history heuristic standing in for an in-context learner.
import { BANDIT_PROBLEMS, createBanditProblem, GAUSSIAN_MEAN_VARIANCE, isBernoulliProblem, rewardVariance, type BanditProblem } from '../core/envs/bandits/bandit-problems.ts';
import { createEpsilonGreedyBandit } from '../core/agents/bandit/epsilon-greedy-bandit.ts';
import { createUcb1 } from '../core/agents/bandit/ucb1.ts';
import type { KlUcbSettings } from '../core/agents/bandit/kl-ucb.ts';
import { createThompsonSampling, type ThompsonSettings } from '../core/agents/bandit/thompson-sampling.ts';
import { distilledBanditAgent } from './neural-agents.ts';
import { defineAgent, defineDemo, defineLoadedAgent } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';

const controls = [
  { key: 'problem', label: 'Problem', kind: 'select', options: BANDIT_PROBLEMS, default: 'small-gap', live: false,
    help: 'Small gap: one Bernoulli arm pays with probability 0.6, the rest 0.4. Large gap: 0.75 vs 0.25. Gaussian: means drawn from N(0, 3), rewards with variance 3 (high) or 1 (low). The best arm sits at a random position.' },
  { key: 'arms', label: 'Arms (K)', kind: 'slider', min: 2, max: 50, step: 1, integer: true, default: 5, live: false,
    help: 'How many arms. More arms means more to try before the best one stands out.' },
  { key: 'drift', label: 'Drift of the means', kind: 'slider', min: 0, max: 0.05, step: 0.001, default: 0, live: false,
    help: 'After every pull each arm’s mean takes a random step of this size (Bernoulli means stay within [0, 1]): the best arm can change, and an agent that has stopped exploring falls behind. 0 keeps the arms fixed.' },
  { symbol: '\\varepsilon', key: 'epsilon', label: 'ε (exploration rate)', kind: 'slider', min: 0, max: 0.5, step: 0.01, default: 0.1, live: true,
    agents: ['epsilon-greedy'], help: 'Probability of pulling a random arm instead of the best-looking one (fixed schedule).' },
  { key: 'epsilonSchedule', label: 'ε schedule', kind: 'select', options: ['fixed', 'decaying'], default: 'fixed', live: true,
    agents: ['epsilon-greedy'], help: 'Fixed: ε on every pull, forever. Decaying: ε_t = min(1, 10/t), exploring a lot early and ever less later.' },
  { symbol: '\\tau', key: 'temperature', label: 'τ (softmax temperature)', kind: 'slider', min: 0.01, max: 1, step: 0.01, scale: 'log', default: 0.1, live: true,
    agents: ['softmax'], help: 'Softmax pulls arm a with probability ∝ exp(μ̂_a/τ): large τ is nearly uniform, small τ nearly greedy.' },
  { symbol: 'c', key: 'c', label: 'c (UCB confidence)', kind: 'slider', min: 0, max: 3, step: 0.01, default: 1.41, live: true,
    agents: ['ucb1'], help: 'Weight of UCB1’s bonus c·√(ln t / n_a): √2 ≈ 1.41 is Auer’s UCB1, 0 is greedy.' },
  { symbol: '\\alpha_0', key: 'priorAlpha', label: 'Thompson prior α₀', kind: 'slider', min: 0.1, max: 20, step: 0.1, scale: 'log', default: 1, live: false,
    agents: ['thompson'], help: 'Beta(α₀, β₀) prior of every Bernoulli arm, as if α₀ − 1 successes had been seen already. (1, 1) is uniform; a large α₀ makes the agent optimistic until the data says otherwise.' },
  { symbol: '\\beta_0', key: 'priorBeta', label: 'Thompson prior β₀', kind: 'slider', min: 0.1, max: 20, step: 0.1, scale: 'log', default: 1, live: false,
    agents: ['thompson'], help: 'As if β₀ − 1 failures had been seen already: a large β₀ makes every arm look bad at first. Bernoulli problems only.' },
  { symbol: '\\gamma', key: 'gittinsGamma', label: 'γ (Gittins discount)', kind: 'slider', min: 0.9, max: 0.999, step: 0.001, default: 0.99, live: true,
    agents: ['gittins'], help: 'The discount the Gittins index is optimal for: the effective horizon is about 1/(1 − γ) pulls. Bernoulli problems only.' },
  { symbol: '\\eta', key: 'mexEta', label: 'η (MEX)', kind: 'slider', min: 0.05, max: 10, step: 0.05, scale: 'log', default: 1, live: true,
    agents: ['mex'], help: 'How much MEX weighs fitting the data against optimism: its bonus is 1/(4η·n_a), so small η means more optimism.' },
  { key: 'mexSchedule', label: 'η schedule', kind: 'select', options: ['sqrt-decay', 'constant'], default: 'sqrt-decay', live: true,
    agents: ['mex'], help: 'Constant η, or η_t = η/√t, whose bonus √t/(4η·n_a) keeps growing slowly so exploration never stops.' },
  { key: 'window', label: 'History window', kind: 'slider', min: 1, max: 50, step: 1, integer: true, default: 10, live: true,
    agents: ['win-stay-lose-shift', 'summary-guided'], help: 'How many recent pulls the history heuristics remember when judging a reward; they forget everything older.' },
  { key: 'instances', label: 'Distillation problems', kind: 'slider', min: 200, max: 5000, step: 100, scale: 'log', integer: true, default: 1000, live: false,
    agents: ['distilled-ucb', 'distilled-greedy'], help: 'How many random problems of this family the teacher plays to make the training data for the distilled nets.' },
] as const;

type P = ParamsOf<typeof controls>;

/** Gaussian problems' reward variance as the agents that model noise need it. */
const noise = (p: P): number => rewardVariance(p.problem as BanditProblem) ?? 1;
const bernoulli = (p: P): boolean => isBernoulliProblem(p.problem as BanditProblem);

const thompsonSettings = (p: P): ThompsonSettings => (bernoulli(p)
  ? { rewardModel: 'bernoulli', priorAlpha: p.priorAlpha, priorBeta: p.priorBeta }
  : { rewardModel: 'gaussian', priorMean: 0, priorVariance: GAUSSIAN_MEAN_VARIANCE, noiseVariance: noise(p) });

const klUcbSettings = (p: P): KlUcbSettings => (bernoulli(p)
  ? { rewardModel: 'bernoulli' }
  : { rewardModel: 'gaussian', noiseVariance: noise(p) });

export const banditLab = defineDemo({
  ...demoCard('bandit-lab'),
  lesson: [
    'Regret is what not knowing costs: each pull adds the gap between the best arm’s mean and the pulled arm’s. An agent that settles on a worse arm adds a fixed amount every pull, so its regret climbs on a straight line.',
    'Greedy pulls the arm that looks best so far. An arm that paid nothing on its first pull is never tried again, so greedy usually settles on a worse arm, on the small gap and even on the large one; the lower chart counts the runs that have stopped pulling the best arm altogether.',
    'UCB1 and KL-UCB add a bonus that shrinks as an arm is pulled; Thompson sampling pulls each arm as often as it might be the best. Their regret bends over: on the regret chart’s logarithmic x axis it becomes a straight line, each doubling of the pulls adding about the same regret. On the small gap UCB1 is still exploring hard at 1,000 pulls: let it run to 16,000 to see its line straighten.',
    'Among the standard explorers Thompson sampling has the lowest regret on Bernoulli arms. Gittins computes, for each arm, the guaranteed rate that would make retiring as good as pulling it: optimal for the discounted problem, and lower still here.',
    'MEX picks the hypothesis with the best trade-off of optimal value against fit to the data; for Gaussian arms that is the index μ̂ + 1/(4η·n): a UCB-like bonus with no confidence set. Small η means more optimism.',
    'Let the means drift and the ranking changes: the explorers that became confident lose track of the new best arm, and exploration that never fully stops pays off.',
    'The distilled nets see only three numbers per arm (its share of the pulls, its average, and ln t) and copy a teacher. Taught by UCB1 the net explores; taught by greedy it inherits greedy’s trap. What is learned is the teacher’s habits, not just its answers.',
    'The history heuristic remembers only its last few pulls and shifts arm after a bad reward, like a model given only the raw list of past pulls. It never gets stuck for good, but it keeps leaving the best arm: its regret grows on a straight line on both gaps.',
  ],
  controls,
  env: (p: P, rng) => {
    const env = createBanditProblem(p.problem as BanditProblem, p.arms, rng);
    env.drift = p.drift;
    return env;
  },
  agents: [
    defineAgent({
      id: 'greedy', label: 'Greedy', description: 'Always pulls the arm with the highest average so far.',
      rule: 'A_t = \\arg\\max_a \\hat\\mu_a',
      settings: () => ({ epsilon: 0, alpha: 0, initialValue: 0 }),
      create: createEpsilonGreedyBandit,
    }),
    defineAgent({
      id: 'epsilon-greedy', label: 'ε-greedy', description: 'Greedy, except a random arm with probability ε (fixed, or decaying as 10/t).',
      rule: 'A_t = \\begin{cases}\\arg\\max_a \\hat\\mu_a & 1-\\varepsilon_t \\\\ \\text{random} & \\varepsilon_t\\end{cases},\\quad \\varepsilon_t = \\varepsilon \\ \\text{or}\\ \\min(1, 10/t)',
      settings: (p: P) => ({ epsilon: p.epsilon, alpha: 0, initialValue: 0, schedule: p.epsilonSchedule }),
      create: createEpsilonGreedyBandit,
    }),
    defineLoadedAgent({
      id: 'softmax', label: 'Softmax', description: 'Pulls each arm with probability growing exponentially in its average.',
      rule: '\\pi(a) = \\frac{e^{\\hat\\mu_a/\\tau}}{\\sum_b e^{\\hat\\mu_b/\\tau}}',
      settings: (p: P) => ({ temperature: p.temperature }),
      load: async () => (await import('../core/agents/bandit/softmax-bandit.ts')).createSoftmaxBandit,
    }),
    defineAgent({
      id: 'ucb1', label: 'UCB1', description: 'Optimism: the average plus a bonus that shrinks as the arm is pulled.',
      rule: 'A_t = \\arg\\max_a \\Big[\\hat\\mu_a + c\\sqrt{\\ln t / n_a}\\Big]',
      settings: (p: P) => ({ c: p.c }),
      create: createUcb1,
    }),
    defineLoadedAgent({
      id: 'kl-ucb', label: 'KL-UCB', description: 'Optimism sized by the KL divergence: the highest mean the data still makes plausible.',
      rule: 'A_t = \\arg\\max_a \\max\\{q : n_a\\,\\mathrm{kl}(\\hat\\mu_a, q) \\le \\ln t\\}',
      settings: klUcbSettings,
      load: async () => (await import('../core/agents/bandit/kl-ucb.ts')).createKlUcb,
    }),
    defineAgent({
      id: 'thompson', label: 'Thompson sampling', description: 'Samples a plausible mean for each arm from its posterior and pulls the best sample.',
      rule: '\\tilde\\theta_a \\sim \\mathrm{Beta}(\\alpha_0 + S_a,\\, \\beta_0 + n_a - S_a),\\quad A_t = \\arg\\max_a \\tilde\\theta_a',
      settings: thompsonSettings,
      create: createThompsonSampling,
    }),
    defineLoadedAgent({
      id: 'gittins', label: 'Gittins index', description: 'For each arm, the fixed reward rate that would make retiring as good as continuing to pull it.',
      rule: 'G(\\alpha,\\beta) = (1-\\gamma)\\,M^*,\\quad M^*: \\ M = p\\,(1 + \\gamma V_M(\\alpha{+}1,\\beta)) + (1-p)\\,\\gamma V_M(\\alpha,\\beta{+}1)',
      settings: (p: P) => ({ gamma: p.gittinsGamma, rewardModel: bernoulli(p) ? 'bernoulli' as const : 'gaussian' as const }),
      load: async () => (await import('../core/agents/bandit/gittins-bandit.ts')).createGittinsBandit,
    }),
    defineLoadedAgent({
      id: 'mex', label: 'MEX', description: 'One objective, optimal value minus η × data misfit; for bandits, the average plus 1/(4η·n).',
      rule: 'A_t = \\arg\\max_a \\Big[\\hat\\mu_a + \\frac{1}{4\\,\\eta_t\\, n_a}\\Big],\\quad \\eta_t = \\eta \\ \\text{or}\\ \\eta/\\sqrt t',
      settings: (p: P) => ({ eta: p.mexEta, schedule: p.mexSchedule }),
      load: async () => (await import('../core/agents/bandit/mex-bandit.ts')).createMexBandit,
    }),
    defineLoadedAgent({
      id: 'win-stay-lose-shift', label: 'History heuristic', description: 'Sees only its last few pulls: repeats a good one, switches after a bad one.',
      rule: 'A_t = \\begin{cases} A_{t-1} & R_{t-1} \\ge \\bar R_{\\text{window}} \\\\ \\text{best other arm in the window} & \\text{otherwise}\\end{cases}',
      settings: (p: P) => ({ window: p.window }),
      load: async () => (await import('../core/agents/bandit/win-stay-lose-shift.ts')).createWinStayLoseShift,
    }),
    defineLoadedAgent({
      id: 'summary-guided', label: 'Heuristic + UCB summary', description: 'The history heuristic, also given each arm’s count, mean and UCB bonus: after a bad reward it moves to the arm the summary ranks highest.',
      rule: 'A_t = \\begin{cases} A_{t-1} & R_{t-1} \\ge \\bar R_{\\text{window}} \\\\ \\arg\\max_{a \\ne A_{t-1}} \\hat\\mu_a + c\\sqrt{\\ln t / n_a} & \\text{otherwise}\\end{cases}',
      settings: (p: P) => ({ window: p.window, c: Math.SQRT2 }),
      load: async () => (await import('../core/agents/bandit/summary-guided.ts')).createSummaryGuided,
    }),
    distilledBanditAgent<P>('ucb1'),
    distilledBanditAgent<P>('greedy'),
  ],
  defaultAgents: ['greedy', 'epsilon-greedy', 'ucb1', 'thompson'],
  x: 'step',
  stepMetrics: ['bandit/reward', 'bandit/optimal-action', 'bandit/regret', 'bandit/suffix-failure'],
  learnMetrics: ['bandit/ucb-agreement'],
  charts: [
    { id: 'regret', title: 'Cumulative regret', metric: 'bandit/regret', smoothing: 1, logX: true },
    { id: 'optimal', title: '% optimal action', metric: 'bandit/optimal-action', smoothing: 10 },
    { id: 'suffix-failure', title: 'Runs stuck off the best arm', metric: 'bandit/suffix-failure', smoothing: 1 },
    { id: 'reward', title: 'Average reward', metric: 'bandit/reward', smoothing: 10 },
    { id: 'ucb-agreement', title: 'Distilled net agrees with UCB1', metric: 'bandit/ucb-agreement', smoothing: 20 },
  ],
  presets: [
    { id: 'greedy-trap', label: 'Greedy gets stuck', agents: ['greedy', 'ucb1', 'thompson'], params: { problem: 'small-gap' },
      description: 'Greedy’s regret climbs on a straight line and most of its runs stop pulling the best arm (50 runs: 80% by step 1000); UCB1’s and Thompson’s bend over.' },
    { id: 'ucb-vs-ts', label: 'UCB vs Thompson', agents: ['ucb1', 'kl-ucb', 'thompson'], params: { problem: 'small-gap' },
      description: 'Three principled explorers whose regret bends over; Thompson’s is the lowest, UCB1’s the highest (50 runs: about 31, 36 and 85 at step 1000). On the log x axis Thompson’s line is straight within 1,000 pulls, UCB1’s only after several thousand.' },
    { id: 'small-vs-large-gap', label: 'Small gap vs large gap', agents: ['ucb1', 'thompson'], params: { problem: 'large-gap' },
      description: 'On the large gap (0.75 vs 0.25) UCB1 and Thompson end on the best arm in 94% and 99% of pulls (50 runs); switch Problem to small gap and they reach only about 69% and 96%: a 0.2 gap takes many more pulls to tell apart.' },
    { id: 'gittins', label: 'Gittins index', agents: ['gittins', 'thompson', 'ucb1'], params: { problem: 'small-gap', gittinsGamma: 0.99 },
      description: 'The Gittins index, computed per arm from its Beta posterior, has the lowest regret of the three (50 runs: about 11, against Thompson’s 31 and UCB1’s 85).' },
    { id: 'mex-eta', label: 'MEX: constant vs decaying η', agents: ['mex', 'ucb1'], params: { problem: 'gaussian-low-variance', mexSchedule: 'constant', mexEta: 1 },
      description: 'With a constant η the bonus shrinks like 1/n and MEX can stop exploring too early (50 runs: regret 72, 18% of runs stuck); set the η schedule to sqrt-decay: regret 43, none stuck.' },
    { id: 'drifting-means', label: 'Drifting arms', agents: ['epsilon-greedy', 'ucb1', 'thompson'], params: { problem: 'large-gap', drift: 0.01 },
      description: 'Every mean wanders a little after each pull. Run to 2,000 pulls: Thompson, best on fixed arms (regret 19, 99.8% best-arm pulls), ends at 74 and 56%, its posterior too sure to look again; UCB1 keeps 69% (50 runs; set the drift to 0 to compare).' },
    { id: 'evolve-hard', label: 'History heuristic vs algorithms', agents: ['win-stay-lose-shift', 'ucb1', 'thompson'], params: { problem: 'small-gap' },
      description: 'A learner that sees only its recent pulls keeps leaving the best arm: its regret grows on a straight line (50 runs: 134 against UCB1’s 85 and Thompson’s 31).' },
    { id: 'summary-rescue', label: 'A summary rescues the heuristic', agents: ['win-stay-lose-shift', 'summary-guided', 'ucb1'], params: { problem: 'small-gap' },
      description: 'Give the history heuristic each arm’s count, mean and UCB bonus and its regret falls from 134 to 92, close to UCB1’s 85 (50 runs, step 1000): the same weak learner, better context.' },
    { id: 'distill-ucb-vs-greedy', label: 'Distill UCB vs distill greedy', agents: ['distilled-ucb', 'distilled-greedy', 'ucb1'], params: { problem: 'small-gap' },
      description: 'Two identical tiny nets, taught by different teachers. The greedy-taught one inherits the trap (regret 145, 76% of runs stuck); the UCB-taught one never gets stuck and even beats UCB1 here (55 vs 85, 50 runs): it learned to stop exploring sooner on problems like these, which is also why it rarely picks what UCB1 would late in a run.' },
  ],
  defaultLength: { steps: 1000 },
  // The preset descriptions quote 50-run means at seed 1: the page shows the same curves.
  defaultRuns: 50,
});
