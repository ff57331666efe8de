// Mixed-dataset reweighting (catalogue D10): 400 episodes in four rooms, most of them random walks and a few the
// expert's. Sampled uniformly, the few good episodes are drowned in the many poor ones and every learner imitates
// a poor behaviour; sampled by return (RW) or by return above what episodes from the same start earn (AW), the
// data behaves like a better behaviour policy's, and BC, CQL and IQL all learn from it.
import { createGridEncoder } from '../core/envs/gridworld/grid-encoders.ts';
import type { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { SAMPLING_SCHEMES } from '../core/data/trajectory-weights.ts';
import { defineDemo } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { createReweightingWorld, REWEIGHTING_EPISODES } from './reweighting-world.ts';
import { offlineAgent, STEPS_PER_POINT } from './offline-agents.ts';

const controls = [
  { key: 'sampling', label: 'Sampling', kind: 'select', options: SAMPLING_SCHEMES, default: 'uniform', live: false,
    help: 'How every learner draws its minibatches. uniform: every transition alike. rw: a transition of episode i with weight exp(G_i / α), G its return rescaled to [0, 1]. aw: the same with G_i minus the mean return of the episodes from the same start cell.' },
  { symbol: '\\alpha', key: 'samplingAlpha', label: 'Reweighting α', kind: 'slider', min: 0.01, max: 2, step: 0.01, scale: 'log', default: 0.1, live: false,
    help: 'Temperature of the reweighting: large α is close to uniform; small α puts almost all the weight on the very best episodes, which may be too few to learn from.' },
  { key: 'expertShare', label: 'Expert share %', kind: 'slider', min: 1, max: 50, step: 1, integer: true, default: 5, live: false,
    help: `Percent of the ${REWEIGHTING_EPISODES} episodes that the expert collects; the rest are random walks of up to 100 moves.` },
  { key: 'startSpread', label: 'Easy and hard starts', kind: 'toggle', default: true, live: false,
    help: 'On: episodes (and evaluations) start in one of four cells of the far room or four of the goal’s room, where even a random walk often finds the goal. Off: always at the top-left corner.' },
  { key: 'gradientSteps', label: 'Gradient steps', kind: 'slider', min: 500, max: 20_000, step: 500, scale: 'log', integer: true, default: 3000, live: false,
    help: `Minibatch steps (64 transitions each) every learner takes; it is evaluated every ${STEPS_PER_POINT}.` },
  { key: 'hidden', label: 'Hidden layers', kind: 'select', options: ['32x32', '64x64', '128x128'], default: '64x64', live: false,
    help: 'Widths of every network’s hidden ReLU layers. Input: one-hot cells.' },
  { symbol: '\\eta', key: 'learningRate', label: 'Learning rate', kind: 'slider', min: 1e-4, max: 1e-2, step: 1e-4, scale: 'log', default: 1e-3, live: false,
    help: 'Adam’s step size for every network.' },
  { key: 'bcActs', label: 'BC acts by', kind: 'select', options: ['sample', 'greedy'], default: 'sample', live: false,
    agents: ['bc'], help: 'sample: draw each move from the cloned policy, which behaves like the data it was trained on. greedy: always its most likely move.' },
  { symbol: '\\alpha_{CQL}', key: 'cqlAlpha', label: 'CQL α', kind: 'slider', min: 0, max: 5, step: 0.1, default: 1, live: false,
    agents: ['cql'], help: 'Weight of CQL’s conservative penalty; 0 makes it offline DQN.' },
  { symbol: '\\tau', key: 'iqlTau', label: 'IQL expectile τ', kind: 'slider', min: 0.5, max: 0.99, step: 0.01, default: 0.7, live: false,
    agents: ['iql'], help: 'τ = 0.5 fits V(s) to the mean of Q over the data’s actions; near 1 it approaches their maximum.' },
  { symbol: '\\beta', key: 'iqlBeta', label: 'IQL policy temperature β', kind: 'slider', min: 0, max: 10, step: 0.5, default: 3, live: false,
    agents: ['iql'], help: 'How sharply IQL’s policy favours moves with a high advantage when it clones the data: 0 is plain BC.' },
] as const;

type P = ParamsOf<typeof controls>;

export const datasetReweighting = defineDemo({
  ...demoCard('dataset-reweighting'),
  lesson: [
    'The data is 400 episodes from eight start cells: most are random walks, a few (5% by default) are the expert’s shortest paths. The good episodes are in the data, but they are short and few: under uniform sampling, well under 1% of the transitions a learner sees come from them.',
    'Every offline learner trades improving on the data against staying close to it, so a poor behaviour policy holds all of them back: with uniform sampling, BC imitates the random walks and CQL and IQL stay near them.',
    'Reweighting changes the data, not the learner: each transition is drawn with weight exp(G/α), G its episode’s return rescaled to [0, 1]. Read the effective behaviour return: the mean return of the data as the learner now sees it.',
    'From an easy start even a random walk often reaches the goal, so RW also favours lucky random walks from easy starts. AW subtracts the mean return of the episodes from the same start, so it favours episodes that did better than their start made likely.',
    'α sets how greedy the reweighting is. Too small an α puts nearly all the weight on the very best episodes, a handful of starts; the learner then knows little about the rest.',
    'The chart of final score against α sweeps α for you without training a network each time: it clones a table (one row of move probabilities per cell) from as many sampled transitions as each network draws and scores it exactly. Its curve rises from uniform, peaks near α = 0.05, and falls again towards α = 0.01. The dots are the networks’ scores at this run’s α, to check the table against.',
  ],
  controls,
  env: (p: P, rng) => createReweightingWorld(p, rng),
  features: (env) => createGridEncoder('one-hot', () => (env as GridworldEnv).layout),
  agents: [offlineAgent<P>('bc'), offlineAgent<P>('cql'), offlineAgent<P>('iql')],
  defaultAgents: ['bc', 'cql', 'iql'],
  x: 'episode',
  stepMetrics: [],
  learnMetrics: [
    'eval/normalized-score', 'eval/success', 'eval/return', 'eval/gradient-steps', 'loss/train', 'dataset/tq', 'dataset/effective-return', 'dataset/positive-variance',
  ],
  charts: [
    { id: 'score', title: 'Normalised score (random 0, expert 100), over the starts', metric: 'eval/normalized-score', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'success', title: 'Evaluation episodes that reach the goal', metric: 'eval/success', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'loss', title: 'Training loss', metric: 'loss/train', smoothing: 1, x: 'eval/gradient-steps' },
  ],
  presets: [
    { id: 'drowned-experts', label: 'Drowned experts', agents: ['bc', 'cql', 'iql'], params: { sampling: 'uniform' },
      description: 'Uniform sampling of the 95% random / 5% expert data. Scores over the eight starts (2 runs from seed 1, 3,000 steps): BC −4, CQL 7, IQL 60; the effective behaviour return is 0.03, the random walks’.' },
    { id: 'rw-rescue', label: 'RW rescues them', agents: ['bc', 'cql', 'iql'], params: { sampling: 'rw' },
      description: 'The same data sampled by return, α = 0.1: the effective behaviour return jumps to 0.86 and BC scores 73, CQL 90, IQL 92 (2 runs from seed 1).' },
    { id: 'aw-vs-rw-starts', label: 'AW vs RW with easy and hard starts', agents: ['bc', 'cql', 'iql'], params: { sampling: 'aw' },
      description: 'Sampling by return above each start’s mean: BC 74, CQL 97, IQL 96 against RW’s 73, 90, 92 (2 runs from seed 1). AW’s effective return is lower (0.73 against 0.86) because it stops favouring lucky walks from easy starts, and its learners do better from the hard ones. Switch Sampling to rw to compare.' },
    { id: 'alpha-too-small', label: 'α too small', agents: ['bc', 'cql', 'iql'], params: { sampling: 'rw', samplingAlpha: 0.01 },
      description: 'α = 0.01 puts nearly all the weight on the very best episodes (effective return 0.999), short ones from easy starts: BC scores 59, CQL 44, IQL 52 against 73, 90, 92 at α = 0.1 (2 runs from seed 1), reaching the goal from about half of the starts. The chart of final score against α shows the same fall for the table: about 55 (RW) and 60 (AW) at α = 0.01, against peaks of 84 and 95 near α = 0.05 (seed 1).' },
  ],
  defaultLength: { episodes: 500 },
  stage: 'reweighting',
  plannerTick: 'Evaluation',
  offline: true,
});
