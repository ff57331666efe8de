// Trajectory stitching (catalogue D8): two corridors meet at a junction; the data holds episodes from the start
// to a small prize (A) and from a side entrance to the goal (B), never one from the start to the goal. Learners
// that back values up through the junction (IQL, CQL) or that make new episodes in a model of the data (MBRCSL)
// join A's first half to B's second; RCSL, which imitates whole episodes by their return, cannot ask for a return
// no episode from the start earned.
import { createGridEncoder } from '../core/envs/gridworld/grid-encoders.ts';
import type { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { defineDemo } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { createStitchingWorld, PRIZE_REWARD, STITCHING_HORIZON } from './stitching-world.ts';
import { offlineAgent, STEPS_PER_POINT } from './offline-agents.ts';

const controls = [
  { key: 'episodesA', label: 'Episodes of route A', kind: 'slider', min: 10, max: 500, step: 10, integer: true, default: 100, live: false,
    help: `Episodes that walk from the start along the long corridor, through the junction, to the small prize (reward ${PRIZE_REWARD}).` },
  { key: 'episodesB', label: 'Episodes of route B', kind: 'slider', min: 10, max: 500, step: 10, integer: true, default: 100, live: false,
    help: 'Episodes that enter at the bottom of the cross corridor and climb through the junction to the goal (reward 1).' },
  { symbol: '\\epsilon', key: 'actionNoise', label: 'Action noise', kind: 'slider', min: 0, max: 0.3, step: 0.05, default: 0.1, live: false,
    help: 'Chance that each move of the data is a random one instead of the route’s.' },
  { key: 'gradientSteps', label: 'Gradient steps', kind: 'slider', min: 500, max: 20_000, step: 500, scale: 'log', integer: true, default: 3000, live: false,
    help: `Minibatch steps (64 transitions each) every learner takes; it is evaluated every ${STEPS_PER_POINT}.` },
  { key: 'hidden', label: 'Hidden layers', kind: 'select', options: ['32x32', '64x64', '128x128'], default: '64x64', live: false,
    help: 'Widths of every network’s hidden ReLU layers. Input: one-hot cells (and, for RCSL, the return still to get).' },
  { symbol: '\\eta', key: 'learningRate', label: 'Learning rate', kind: 'slider', min: 1e-4, max: 1e-2, step: 1e-4, scale: 'log', default: 1e-3, live: false,
    help: 'Adam’s step size for every network.' },
  { symbol: 'g_0', key: 'rcslTarget', label: 'RCSL target return', kind: 'slider', min: 0, max: 1.5, step: 0.05, default: 1, live: false,
    agents: ['rcsl'], help: `The return RCSL is asked for at the start (it subtracts each reward as it arrives). 1 is the data’s best (route B’s); from the start the data’s best is ${PRIZE_REWARD}.` },
  { key: 'rcslInput', label: 'RCSL sees the return', kind: 'select', options: ['joint', 'separate'], default: 'joint', live: false,
    agents: ['rcsl', 'mbrcsl'], help: 'joint: one input per (cell, return to the nearest tenth), so nothing learned for one return carries to another and a pair the data never holds gets an untrained answer (RCSL as the theory sees it). separate: the cell and the return as two inputs, so the network guesses at unseen pairs from nearby ones, and the guess can land either way.' },
  { key: 'mbrcslRollouts', label: 'MBRCSL rollouts', kind: 'slider', min: 100, max: 5000, step: 100, scale: 'log', integer: true, default: 1000, live: false,
    agents: ['mbrcsl'], help: 'Episodes MBRCSL makes up by running the data’s behaviour in its model of the data, from the data’s start cells.' },
  { symbol: '\\rho', key: 'mbrcslKeep', label: 'MBRCSL keeps the top %', kind: 'slider', min: 5, max: 50, step: 5, integer: true, default: 10, live: false,
    agents: ['mbrcsl'], help: 'The share of its rollouts, best return first, that MBRCSL trains RCSL on.' },
  { key: 'mbrcslEnsemble', label: 'MBRCSL models', kind: 'slider', min: 1, max: 5, step: 1, integer: true, default: 3, live: false,
    agents: ['mbrcsl'], help: 'Count models in the ensemble, each fit to a resample of the data; every rollout step asks one at random.' },
  { symbol: '\\alpha', key: 'cqlAlpha', label: 'CQL α', kind: 'slider', min: 0, max: 5, step: 0.1, default: 1, live: false,
    agents: ['cql'], help: 'Weight of CQL’s conservative penalty; 0 makes it offline DQN.' },
  { symbol: '\\tau', key: 'iqlTau', label: 'IQL expectile τ', kind: 'slider', min: 0.5, max: 0.99, step: 0.01, default: 0.7, live: false,
    agents: ['iql'], help: 'τ = 0.5 fits V(s) to the mean of Q over the data’s actions; near 1 it approaches their maximum, so V at the junction follows the better branch.' },
  { symbol: '\\beta', key: 'iqlBeta', label: 'IQL policy temperature β', kind: 'slider', min: 0, max: 10, step: 0.5, default: 3, live: false,
    agents: ['iql'], help: 'How sharply IQL’s policy favours moves with a high advantage Q − V when it clones the data: 0 is plain BC.' },
] as const;

type P = ParamsOf<typeof controls>;

export const trajectoryStitching = defineDemo({
  ...demoCard('trajectory-stitching'),
  lesson: [
    'The data holds two kinds of episode. Route A starts where the learners start and winds (right, up, right) through the junction J to a small prize worth 0.5. Route B enters from the bottom and climbs through the junction to the goal, worth 1. No episode goes from the start to the goal, but every move of that path is in the data.',
    'Stitching means joining the first half of A to the second half of B. Learners that back values up, IQL and CQL, do it without trying: the junction’s value comes from B’s episodes, and A’s moves lead there.',
    'RCSL learns which moves went with which return-to-go, and is asked for a return at the start. From the start the data only ever earned the prize, so only that request has data behind it. Read the requested-versus-achieved curve: asked for 0.5 it gets 0.5; asked for the goal’s 1 it meets (cell, return) pairs it never saw and wanders.',
    'Set RCSL sees the return to separate and the network fills unseen pairs in from nearby ones: some requests then work by luck (try a few seeds). Nothing in the data says they should; the joint input shows what the data alone supports.',
    'MBRCSL keeps RCSL’s supervised training but changes its data: it learns a model of the corridors from the data, runs the data’s own behaviour in it from the data’s starts, and keeps the best runs. At the junction that behaviour takes either branch, so some runs go from the start to the goal. RCSL trained on those is asked for 1, and gets it.',
    'BC copies every move, so at the junction it turns towards the prize or the goal about as often as the data does: it reaches the goal in some evaluation episodes only.',
  ],
  controls,
  env: (p: P, rng) => createStitchingWorld(p, rng),
  features: (env) => createGridEncoder('one-hot', () => (env as GridworldEnv).layout),
  agents: [
    offlineAgent<P>('bc', STITCHING_HORIZON), offlineAgent<P>('rcsl', STITCHING_HORIZON), offlineAgent<P>('iql', STITCHING_HORIZON),
    offlineAgent<P>('cql', STITCHING_HORIZON), offlineAgent<P>('mbrcsl', STITCHING_HORIZON),
  ],
  defaultAgents: ['bc', 'rcsl', 'iql', 'mbrcsl'],
  x: 'episode',
  stepMetrics: [],
  learnMetrics: ['eval/success', 'eval/return', 'eval/normalized-score', 'eval/gradient-steps', 'eval/target-return', 'loss/train', 'policy/data-agreement', 'dataset/tq'],
  charts: [
    { id: 'success', title: 'Evaluation episodes that reach the goal', metric: 'eval/success', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'score', title: 'Normalised score (random 0, expert 100)', metric: 'eval/normalized-score', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'loss', title: 'Training loss', metric: 'loss/train', smoothing: 1, x: 'eval/gradient-steps' },
  ],
  presets: [
    { id: 'rcsl-ceiling', label: 'RCSL’s ceiling', agents: ['rcsl', 'bc'], params: {},
      description: 'Watch RCSL and read its requested-versus-achieved curve: asked for 0.5, the prize route A earned from the start, it gets 0.5; asked for the goal’s 1, which no episode from the start earned, it does not reach the goal (6 runs from seed 1, 3,000 steps: not once in their last evaluations). BC reaches the goal in about 58% of its episodes, whenever it happens to turn up at the junction.' },
    { id: 'iql-stitches', label: 'IQL stitches', agents: ['iql', 'cql', 'rcsl'], params: {},
      description: 'IQL and CQL reach the goal from the start: the values they back up join route A to route B at the junction (3 runs from seed 1: every one of their last evaluations). RCSL, on the same data, does not.' },
    { id: 'mbrcsl', label: 'MBRCSL makes the missing episodes', agents: ['mbrcsl', 'rcsl'], params: {},
      description: 'Watch MBRCSL: its kept rollouts (green on the map) include runs from the start through the junction to the goal. Trained on them and asked for their return, 1, it reaches the goal in every evaluation (6 runs from seed 1), with no value function at all.' },
  ],
  defaultLength: { episodes: 500 },
  stage: 'stitching',
  plannerTick: 'Evaluation',
  offline: true,
});
