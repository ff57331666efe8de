// The offline dataset lab (catalogue D7): make a dataset in four rooms with a chosen behaviour, read its quality
// (TQ) and coverage (SACo), then train offline learners on it side by side and score them online in the true world.
import { createGridEncoder } from '../core/envs/gridworld/grid-encoders.ts';
import type { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { DATASET_KINDS, LIBRARY_DATASET } from '../core/data/offline-dataset.ts';
import { MAX_ACTION_DELAY } from '../core/data/action-delay.ts';
import { defineDemo } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { createOfflineWorld } from './offline-world.ts';
import { offlineAgent, STEPS_PER_POINT } from './offline-agents.ts';

const controls = [
  { key: 'dataset', label: 'Dataset', kind: 'select', options: [...DATASET_KINDS, LIBRARY_DATASET], default: 'mixed', live: false,
    help: 'Who collected the data: random moves; medium (the expert with a 50% chance of a random move); expert (a shortest path, ties at random); noisy expert (random moves with probability ε below); mixed (80% of the moves from random episodes, 20% from expert ones); replay (every move of a Q-learner learning online); scripted (D5RL: a script walks to the top doorway, the right doorway, then the goal); play (D5RL: walks between doorways, rooms’ middles and the goal corner, each picked at random, none for the reward); conservative (NeoRL-2: a deployed controller’s careful 24-move round through the middle of every room on the left-hand route); library (a dataset you saved or imported, picked in the library below the map).' },
  { key: 'libraryDataset', label: 'Library dataset', kind: 'text', maxLength: 36, default: '', live: false, hidden: true,
    validate: (text: string) => (text === '' || /^[0-9a-f-]{36}$/.test(text) ? null : 'a library dataset id is 36 characters of 0-9, a-f and -'),
    help: 'Which dataset of your browser’s library Dataset “library” trains on; set by its Train on it button.' },
  { key: 'datasetSize', label: 'Dataset size', kind: 'slider', min: 500, max: 50_000, step: 500, scale: 'log', integer: true, default: 10_000, live: false,
    help: 'Transitions in the dataset. Episodes are cut after 100 moves, so 10,000 moves hold 100 random episodes or 500 expert ones.' },
  { key: 'noisyEpsilon', label: 'Noisy expert ε', kind: 'slider', min: 0, max: 1, step: 0.05, default: 0.3, live: false,
    help: 'The noisy expert’s chance of a random move at each step (only the noisy-expert dataset uses it).' },
  { key: 'behaviourNoise', label: 'Behaviour noise', kind: 'select', options: ['none', 'low', 'normal', 'high'], default: 'normal', live: false,
    help: 'The scripted, play and conservative behaviours’ chance of a random move: none 0, low 3%, normal 10%, high 30%. Less noise means narrower data: real deployed controllers rarely try anything new.' },
  { key: 'delay', label: 'Action delay', kind: 'slider', min: 0, max: MAX_ACTION_DELAY, step: 1, integer: true, default: 0, live: false,
    help: 'NeoRL-2’s slow actuator: a move is carried out this many steps after it is chosen, and the first moves of an episode are spent waiting. The behaviours that collect data plan for the moves in flight; the learners see only their cell, in the data and when scored.' },
  { key: 'wind', label: 'Wind', kind: 'slider', min: 0, max: 0.3, step: 0.05, default: 0, live: false,
    help: 'NeoRL-2’s outside factor: after each move, a gust blows the agent one more cell to the left (away from the goal) with this chance, whatever it chose.' },
  { key: 'slip', label: 'Slip', kind: 'slider', min: 0, max: 0.3, step: 0.05, default: 0, live: false,
    help: 'Chance that a move slides to one side instead: with slip the data’s returns and the evaluation are noisy.' },
  { key: 'gradientSteps', label: 'Gradient steps', kind: 'slider', min: 1000, max: 50_000, step: 1000, scale: 'log', integer: true, default: 10_000, live: false,
    help: `Minibatch steps (64 transitions each) every learner takes on the data; it is evaluated every ${STEPS_PER_POINT}.` },
  { key: 'hidden', label: 'Hidden layers', kind: 'select', options: ['32x32', '64x64', '128x128'], default: '64x64', live: false,
    help: 'Widths of every network’s hidden ReLU layers. Input: one-hot cells.' },
  { symbol: '\\eta', key: 'learningRate', label: 'Learning rate', kind: 'slider', min: 1e-4, max: 1e-2, step: 1e-4, scale: 'log', default: 1e-3, live: false,
    help: 'Adam’s step size for every network.' },
  { key: 'bcActs', label: 'BC acts by', kind: 'select', options: ['sample', 'greedy'], default: 'sample', live: false,
    agents: ['bc', 'percent-bc'], help: 'sample: draw each move from the cloned policy, which behaves like the data did. greedy: always take its most likely move, the data’s majority move in that cell, which filters out noise that is not the majority.' },
  { key: 'percent', label: '%BC: top x% of episodes', kind: 'slider', min: 5, max: 100, step: 5, integer: true, default: 10, live: false,
    agents: ['percent-bc'], help: 'The share of episodes, best return first, that %BC clones; 100 is plain BC.' },
  { symbol: '\\alpha', key: 'cqlAlpha', label: 'CQL α', kind: 'slider', min: 0, max: 5, step: 0.1, default: 1, live: false,
    agents: ['cql'], help: 'Weight of CQL’s conservative penalty; 0 makes it offline DQN.' },
  { symbol: '\\tau', key: 'iqlTau', label: 'IQL expectile τ', kind: 'slider', min: 0.5, max: 0.99, step: 0.01, default: 0.7, live: false,
    agents: ['iql'], help: 'τ = 0.5 fits V(s) to the mean of Q over the data’s actions; near 1 it approaches their maximum.' },
  { symbol: '\\beta', key: 'iqlBeta', label: 'Policy temperature β', kind: 'slider', min: 0, max: 10, step: 0.5, default: 3, live: false,
    agents: ['iql', 'xql', 'fdvl'], help: 'How sharply the policy of IQL, XQL and f-DVL favours actions with a high advantage Q − V when it clones the data: 0 is plain BC.' },
  { symbol: '\\beta_X', key: 'xqlBeta', label: 'XQL temperature β', kind: 'slider', min: 0.01, max: 5, step: 0.01, scale: 'log', default: 1, live: false,
    agents: ['xql'], help: 'The Gumbel loss works on z = (Q − V)/β: a small β makes e^z huge for any Q above V, so V chases the largest Q it sees.' },
  { symbol: 'c_z', key: 'xqlClip', label: 'XQL z-clip', kind: 'slider', min: 0, max: 20, step: 1, integer: true, default: 7, live: false,
    agents: ['xql'], help: 'z is capped at c before e^z (as in the XQL authors’ code). 0 turns the cap off: then one large z can overflow e^z and make the loss infinite.' },
  { symbol: '\\lambda', key: 'fdvlLambda', label: 'f-DVL λ', kind: 'slider', min: 0.5, max: 0.99, step: 0.01, default: 0.8, live: false,
    agents: ['fdvl'], help: 'Weight of the χ² term against the linear one: a larger λ pulls V higher among the data’s Q values (like IQL’s τ).' },
  { symbol: 'g_0', key: 'rcslTarget', label: 'RCSL target return', kind: 'slider', min: 0, max: 2, step: 0.05, default: 1, live: false,
    agents: ['rcsl'], help: 'The return RCSL is asked for at the start (it subtracts each reward as it arrives). 1 is the most any episode here earns, the data’s best when it reaches the goal at all; ask for more and RCSL meets a request it never saw.' },
  { key: 'rcslInput', label: 'RCSL sees the return', kind: 'select', options: ['joint', 'separate'], default: 'joint', live: false,
    agents: ['rcsl'], help: 'joint: one input per (cell, return to the nearest tenth), so nothing learned for one return carries to another and a pair the data never holds gets an untrained answer (RCSL as the theory sees it). separate: the cell and the return as two inputs, so the network guesses at unseen pairs from nearby ones, and the guess can land either way.' },
  { symbol: 'c', key: 'iqlWeightCap', label: 'IQL weight cap', kind: 'slider', min: 1, max: 1000, step: 1, scale: 'log', integer: true, default: 100, live: false,
    agents: ['iql', 'xql', 'fdvl'], help: 'The largest weight exp(β · advantage) may give one transition, so a few cannot dominate the loss.' },
] as const;

type P = ParamsOf<typeof controls>;

export const offlineDatasetLab = defineDemo({
  ...demoCard('offline-dataset-lab'),
  lesson: [
    'An offline learner gets a fixed dataset and nothing else: it cannot try a move to see what happens. Every learner here trains on the same data and is then run in the real world only to score it.',
    'Two numbers describe a dataset. TQ (trajectory quality) is its mean return, scaled so random behaviour is 0 and the expert 1. SACo (state-action coverage) counts the different (cell, move) pairs it contains, against the data of a Q-learner exploring online.',
    'Behaviour cloning copies the data, so its score follows TQ: perfect on expert data, poor on random data. It acts by sampling the cloned policy; set BC acts by to greedy and it takes the data’s most common move in each cell instead, which on medium data is the expert’s.',
    'Offline DQN takes a max over all moves, including moves the data never made in that cell. Nothing in the data corrects their values, so on narrow data they drift up and the greedy policy follows them off the data: watch Q at unseen actions.',
    'CQL pushes Q down at every move and up at the data’s; IQL never evaluates a move outside the data at all. Both stay near what the data supports.',
    'CQL’s numbers are not the true returns: its penalty lifts the data’s moves above their worth (on medium data its V̂(s₀) ends near 2.5, though no path earns more than 1) while sinking the unseen ones. What it gets right is the order: the data’s best move comes first.',
    'XQL and f-DVL learn values in-sample like IQL but with other losses. XQL’s Gumbel loss grows like e^((Q − V)/β): with a small β and no clip one large gap makes it explode. Dual RL’s f-DVL uses a loss that grows only quadratically, which stays stable.',
    'Coverage is not enough on its own: random walks of 100 moves almost never reach the goal, so random data covers most pairs and holds no reward at all. No learner can find a reward its data never saw.',
    'Where data comes from matters as much as how much there is (D5RL). Scripted data follows one fixed route with a little noise: narrow and good. Play data walks from one task to the next without aiming at the reward: wide, reaching the goal only on the way somewhere. BC copies whichever it is given; a learner with values can pick the useful pieces out of play.',
    'Logs from real systems bring more trouble (NeoRL-2). A deployed controller rarely tries anything new, so its data holds no evidence that a better way exists, and no learner does much better than the controller. With Action delay a move lands steps after it was chosen: the controller that made the data plans for that, but a learner that sees only its cell cannot, and its values mix up which move did what. Wind pushes the agent off course at random, which neither the data nor the learner controls.',
  ],
  controls,
  env: (p: P, rng, supplied) => createOfflineWorld(p, rng, supplied),
  features: (env) => createGridEncoder('one-hot', () => (env as GridworldEnv).layout),
  agents: [
    offlineAgent<P>('bc'), offlineAgent<P>('percent-bc'), offlineAgent<P>('offline-dqn'), offlineAgent<P>('cql'), offlineAgent<P>('iql'),
    offlineAgent<P>('xql'), offlineAgent<P>('fdvl'), offlineAgent<P>('rcsl'),
  ],
  defaultAgents: ['bc', 'offline-dqn', 'cql', 'iql'],
  x: 'episode',
  stepMetrics: [],
  learnMetrics: [
    'eval/return', 'eval/normalized-score', 'eval/gradient-steps', 'loss/train', 'policy/data-agreement', 'policy/off-data-greedy', 'dataset/tq', 'dataset/saco',
    'q/unseen-action-mean', 'q/data-action-mean',
  ],
  charts: [
    { id: 'score', title: 'Normalised score (random 0, expert 100)', metric: 'eval/normalized-score', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'unseen-q', title: 'Q at actions the data never took', metric: 'q/unseen-action-mean', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'data-q', title: 'Q at the data’s actions', metric: 'q/data-action-mean', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'off-data', title: 'Cells where the greedy move is one the data never made', metric: 'policy/off-data-greedy', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'agreement', title: 'Greedy action = the data’s action', metric: 'policy/data-agreement', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'value', title: 'Estimated value of the start V̂(s₀)', metric: 'value/start', smoothing: 1, x: 'eval/gradient-steps' },
    { id: 'loss', title: 'Training loss', metric: 'loss/train', smoothing: 1, x: 'eval/gradient-steps' },
  ],
  presets: [
    { id: 'bc-on-expert', label: 'BC on expert data', agents: ['bc', 'offline-dqn', 'cql', 'iql'], params: { dataset: 'expert' },
      description: 'TQ is 1 and SACo low: the data is a few shortest paths. BC, CQL and IQL score 100 from the first evaluations; offline DQN scores 0.' },
    { id: 'dqn-ood-overestimation', label: 'Offline DQN leaves the data', agents: ['offline-dqn', 'cql'], params: { dataset: 'expert' },
      description: 'On expert-only data, watch the cells where the greedy move is one the data never made: for offline DQN over half at first and still about one in seven after 10,000 steps (seed 1), enough to lead it off the path; for CQL none, as its Q at unseen moves sinks far below 0.' },
    { id: 'bc-follows-tq', label: 'BC follows TQ', agents: ['bc', 'percent-bc', 'cql', 'iql'], params: { dataset: 'medium' },
      description: 'Medium data (TQ about 0.36): BC, acting like the data, scores about a third; %BC, cloning only the best tenth of the episodes, does better; CQL and IQL reach 100.' },
    { id: 'coverage-without-success', label: 'Coverage without success', agents: ['bc', 'offline-dqn', 'cql', 'iql'], params: { dataset: 'random' },
      description: 'Random data covers most (cell, move) pairs but not one episode reaches the goal (TQ 0): with no reward anywhere in the data, every learner scores 0.' },
    { id: 'xql-instability', label: 'XQL without its clip', agents: ['xql', 'fdvl'], params: { dataset: 'medium', xqlBeta: 0.01, xqlClip: 0 },
      description: 'β = 0.01 and no z-clip: XQL’s exponential value loss explodes (about 10²² after 10,000 steps, seed 1; if it overflows, the run stops and says so), its values climb past 5 although no path earns more than 1, and it scores 0. f-DVL’s χ² loss stays small on the same data and scores 100. Set XQL z-clip back to 7 and XQL scores 100 as well.' },
    { id: 'tq-saco-scatter', label: 'TQ–SACo scatter', agents: ['bc', 'offline-dqn', 'cql'], params: {},
      description: 'Press Run the matrix below the map (a few minutes): each learner on each dataset, 10,000 steps. Seed 1: BC scores what the data’s behaviour does (100 on expert, about 60 on noisy expert, 30 on medium, under 20 on mixed and replay); offline DQN scores 100 only on the two widest datasets, medium and replay; CQL scores 100 wherever the data reaches the goal, except on mixed data (40), where its greedy route keeps flipping; on random data, which never reaches the goal, all score 0. The D5RL and NeoRL-2 sources: scripted data, narrow and good, gives BC 86 and CQL 100; play, wide but aimless, 12 and 0; the conservative controller’s data 69 and 81; offline DQN scores 0 on all three.' },
    { id: 'd5rl-play-vs-scripted', label: 'D5RL: play vs scripted', agents: ['bc', 'cql', 'iql'], params: { dataset: 'play' },
      description: 'Play data (TQ about 0.3, SACo about 0.75) walks between doorways and rooms and reaches the goal only on the way somewhere. A path to the goal is in it, but the moves that lead there differ little in value from the many aimless ones: BC scores 15, CQL 0, IQL 5 (2 runs from seed 1). Set IQL expectile τ to 0.9 and Policy temperature β to 10 and IQL picks them out: 80. Switch Dataset to scripted, one route with a little noise (TQ 0.88): BC 87, CQL and IQL 100.' },
    { id: 'neorl2-conservative', label: 'NeoRL-2: a cautious controller’s data', agents: ['bc', 'offline-dqn', 'cql', 'iql'], params: { dataset: 'conservative', behaviourNoise: 'low' },
      description: 'The deployed controller’s round, four moves longer than a shortest path and always by the same cells, with 3% random moves (TQ 0.78, SACo 0.31). BC scores 77, what the controller does; CQL and IQL 81, the round without its slips; offline DQN 0 (2 runs from seed 1). The few random moves do reveal shorter ways (planning over the data’s own moves finds a perfect path), but too rarely for these learners to leave the controller’s route. Set Behaviour noise to none and there is nothing to find: the data holds the round alone.' },
    { id: 'neorl2-delay', label: 'NeoRL-2: moves that arrive late', agents: ['bc', 'cql', 'iql'], params: { dataset: 'noisy-expert', delay: 2 },
      description: 'The noisy expert’s data (ε = 0.3) in a world where every move lands two steps after it is chosen. The expert plans for its moves in flight, so the data is as good as without the delay (TQ 0.63 both ways), but the learners see only their cell: BC scores 28, CQL 28, IQL 33, against 62, 100 and 100 without the delay (2 runs from seed 1). Set Action delay to 0 to compare.' },
  ],
  defaultLength: { episodes: 500 },
  stage: 'offline-lab',
  plannerTick: 'Evaluation',
  offline: true,
});
