// The effective horizon (catalogue D19; Laidlaw et al. 2023): how many steps of planning on top of the random
// policy's values are needed before acting greedily is optimal (min-k). On many maps one is enough, which is why
// random exploration plus a little lookahead works so often; distractors and hazards raise it, shaping lowers it.
import { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { GoalReliability } from '../core/envs/gridworld/goal-reliability.ts';
import { stickyModel } from '../core/envs/gridworld/sticky-model.ts';
import { createStickyGridEncoder } from '../core/envs/gridworld/sticky-grid-encoder.ts';
import { parseGridSpec } from '../core/envs/gridworld/grid-layout.ts';
import {
  HORIZON_SUITE, HORIZON_WORLDS, horizonTransform, SHAPING_SCALE, STICKY_PROB, type HorizonWorld,
} from '../core/envs/gridworld/horizon-suite.ts';
import { defineAgent, defineDemo, defineLoadedAgent, mappedAgent } from './demo-spec.ts';
import { dqnAgent, loadNeural, ppoAgent, withFeatures, type DqnParams, type PolicyGradientParams } from './neural-agents.ts';
import type { AgentContext } from '../core/agents/agent.ts';
import { createGridEncoder } from '../core/envs/gridworld/grid-encoders.ts';
import { createSqirl, type SqirlSettings } from '../core/agents/exploration/sqirl.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { qLearningAgent } from './tabular-agents.ts';
import type { Rng } from '../core/rng/rng.ts';

const SQIRLS = ['sqirl', 'sqirl-mlp'];

const controls = [
  { key: 'world', label: 'Map', kind: 'select', options: HORIZON_WORLDS, default: 'empty-8', live: false,
    help: 'Empty rooms and four rooms: greedy on the random policy’s values already works. Deceptive corridor: a small reward near the start. Lava gap: random walks fall in the lava. Key and door: the goal is behind a locked door, and the key lies the other way from a small reward; the map is drawn twice, without the key on the left and with it on the right.' },
  { key: 'shaping', label: 'Distance shaping', kind: 'toggle', default: false, live: false,
    help: `Every move closer to the goal earns ${SHAPING_SCALE}, every move away costs ${SHAPING_SCALE}: the random policy’s values then point toward the goal.` },
  { key: 'sticky', label: 'Sticky actions', kind: 'toggle', default: false, live: false,
    help: `Each step, with probability ${STICKY_PROB} the previous move is repeated instead of the chosen one. The state then holds the last move too, so there are five copies of every cell (the map shows the one where no move is pending yet).` },
  { symbol: '\\gamma', key: 'gamma', label: 'γ (discount)', kind: 'slider', min: 0.9, max: 0.99, step: 0.01, default: 0.95, live: true,
    help: 'The discount of every value here. Far rewards count for less at small γ, which changes which distractors mislead.' },
  { key: 'k', label: 'k (SQIRL’s planning steps)', kind: 'slider', min: 1, max: 10, step: 1, integer: true, default: 1, live: true,
    agents: SQIRLS, help: 'Steps of fitted Q-iteration on top of the random rollouts in each stage. SQIRL works when k ≥ min-k of the map.' },
  { key: 'episodesPerStage', label: 'm (episodes per stage)', kind: 'slider', min: 1, max: 500, step: 1, integer: true, scale: 'log', default: 100, live: true,
    agents: SQIRLS, help: 'Random-continuation episodes SQIRL collects for each timestep before fixing its action there. Fewer are cheaper but noisier: each action’s value is an average of about m/4 random rollouts.' },
  { symbol: '\\varepsilon', key: 'epsilon', label: 'ε (exploration rate)', kind: 'slider', min: 0, max: 1, step: 0.01, default: 0.1, live: true,
    agents: ['q-learning'], help: 'Q-learning’s probability of a random move.' },
  { symbol: '\\alpha', key: 'alpha', label: 'α (step size)', kind: 'slider', min: 0.01, max: 1, step: 0.01, default: 0.5, live: true,
    agents: ['q-learning'], help: 'Q-learning’s step size.' },
] as const;

type P = ParamsOf<typeof controls>;

/** Episodes are cut after this many steps (every suite map is solved in at most 22). */
const EPISODE_LIMIT = 100;

/** The demo's env: a suite map, shaped by progress when asked (planners and learners see the same rewards). */
export function horizonEnv(world: HorizonWorld, shaping: boolean, rng: Rng): GridworldEnv {
  return new GridworldEnv(parseGridSpec(HORIZON_SUITE[world]), rng, horizonTransform(world, shaping));
}

/** The demo's env with sticky moves: the same map and rewards, its state (cell, last move). */
export function stickyHorizonEnv(world: HorizonWorld, shaping: boolean, rng: Rng): GridworldEnv {
  const transform = horizonTransform(world, shaping);
  return new GridworldEnv(parseGridSpec(HORIZON_SUITE[world]), rng, (model, layout) => stickyModel(transform(model, layout), STICKY_PROB));
}

export const effectiveHorizon = defineDemo({
  ...demoCard('effective-horizon'),
  lesson: [
    'k-QVI starts from Q¹, the action values of a policy that moves at random, and applies one more step of planning per sweep. Press Step and watch the arrows: they show the greedy action of the current Qᵏ.',
    'In empty rooms the arrows are right from the first sweep: moving toward the goal is better even when everything after is random. That is min-k = 1, and it is why random exploration followed by a little planning works on so many problems.',
    'In the deceptive corridor a random walk ends at the small reward far more often than at the large one, so greedy-on-random heads for the small one; only after several sweeps does the lookahead reach the large goal. The lava gap is similar: random walks die in the lava, so the random policy’s values say “stay away”.',
    'The key-and-door map is drawn twice: on the left the door is shut; stepping on the key (at the left end of the middle row, three moves from the start) puts the agent on the same spot of the right-hand copy, where the door is open. To a random walker the goal now lies behind a detour, so the small reward looks better still, and min-k doubles compared with the same map with the door left open.',
    'Distance shaping pays a little for each step toward the goal. It leaves the best path where it was but makes the random policy’s values point the right way, and min-k drops.',
    'Sticky moves (each step, a one-in-four chance that the previous move is repeated) make the state the cell and the last move. In four rooms min-k rises from 1 to 4: acting well now means allowing for a move that may repeat, which the random policy’s values do not. The table’s sticky column lists every map. With shaping as well, greedy-on-random ends a hair from optimal (within 3·10⁻⁵ in empty-5), which exact min-k counts as a miss (7 there); the last column counts anything within 0.1% of the optimum as optimal: 1 in empty-5 and empty-8, 6 in four rooms, 8 with the key and door.',
    'The table lists min-k for every map, with and without shaping, at the current γ. The paper shows that the sample complexity of random-exploration methods grows roughly exponentially in min-k, not in the episode length.',
    'Estimate H̄ puts a number on it for the map on show. GORP plans k moves ahead and judges each k-move sequence by m random rollouts; the effective horizon is the smallest k + log₄ m that lets it move optimally. min-k is 1 in every empty room, yet H̄ grows with the room (seed 1, γ = 0.95): 3 in empty-5, 4.5 in empty-8, above 6.5 in empty-12 and four rooms, where a far goal leaves too faint a trace in random rollouts. Shaping brings empty-12 down to 3. The deceptive corridor and the lava gap come out at 6, close to their min-k.',
    'Run suite sweep puts every compared learner on every map and counts the episodes until it reaches the best goal reliably. Measured (3 seeds): Q-learning needs 20, 33 and 235 episodes in the empty rooms (min-k 1) and never gets the deceptive corridor’s large goal; SQIRL (m = 20) needs k = 6 for the corridor (213 episodes) and the lava gap (372). The pattern is looser than the paper’s: PPO, whose policy starts near uniform, finds the corridor’s large goal in 35 episodes (2 seeds), and no learner gets through the key and door within 600 episodes.',
    'SQIRL turns this into a learner: for each timestep in turn it collects m episodes that continue at random, fits k steps of Q-iteration to them by averaging, and fixes its action there. It needs k ≥ min-k, and its m must grow with the actions to the power k: on the deceptive corridor, k = 6 with 20 rollouts per stage reaches the large goal in only 4 of 10 runs (mean return 0.58 after 400 episodes).',
    'Its regression can be anything that generalises within the data it saw. SQIRL (network) fits each step with a small network instead of a table: in the empty 8×8 room (3 runs, m = 100) it ends at 17 steps per episode against the table’s 68, because a state the rollouts missed at some timestep gets the network’s answer instead of a random move.',
  ],
  controls,
  // Wrapped to report when the best goal is reached reliably (the suite sweep's episodes-to-success).
  env: (p: P, rng) => new GoalReliability(p.sticky
    ? stickyHorizonEnv(p.world as HorizonWorld, p.shaping, rng)
    : horizonEnv(p.world as HorizonWorld, p.shaping, rng)),
  agents: [
    defineLoadedAgent({
      id: 'k-qvi', label: 'k-QVI (greedy on Qᵏ)',
      description: 'Sweep 1: the random policy’s Q. Each further sweep: one Bellman backup. Shows the greedy policy of Qᵏ.',
      rule: "Q^1 = Q^{\\pi_{\\mathrm{rand}}},\\quad Q^{k+1}(s,a) = R(s,a) + \\gamma \\textstyle\\sum_{s'} P(s' \\mid s,a) \\max_{a'} Q^k(s',a')",
      settings: (p: P) => ({ gamma: p.gamma }),
      load: async () => (await import('../core/agents/planning/k-qvi-planner.ts')).createKQviPlanner,
    }),
    defineLoadedAgent({
      id: 'value-iteration', label: 'Value iteration', description: 'Starts from zero instead of the random policy’s values: the textbook reference.',
      rule: "V(s) \\leftarrow \\max_a \\textstyle\\sum_{s'} P(s' \\mid s,a)\\,[\\,R(s,a) + \\gamma V(s')\\,]",
      settings: (p: P) => ({ gamma: p.gamma }),
      load: async () => (await import('../core/agents/planning/value-iteration.ts')).createValueIteration,
    }),
    defineAgent({
      id: 'sqirl', label: 'SQIRL (tabular)',
      description: 'Learns one timestep per stage: m episodes with a random continuation, then k steps of fitted Q-iteration by averaging.',
      rule: "\\hat Q^1_{i+k-1} \\approx G^{\\mathrm{rand}},\\ \\hat Q^{j+1}_{t}(s,a) \\approx r + \\gamma \\max_{a'} \\hat Q^{j}_{t+1}(s',a'),\\ \\pi_i(s) = \\arg\\max_a \\hat Q^k_i(s,a)",
      settings: (p: P): SqirlSettings => ({ gamma: p.gamma, k: p.k, episodesPerStage: p.episodesPerStage, horizon: EPISODE_LIMIT }),
      create: createSqirl,
    }),
    defineLoadedAgent({
      id: 'sqirl-mlp', label: 'SQIRL (network)',
      description: 'The same stages, but each of the k fits is a small network (64 hidden units) trained on the stage’s samples: the paper’s regression, which also answers for states the rollouts missed.',
      rule: "\\hat Q^{j} = \\arg\\min_{\\theta} \\textstyle\\sum_{(s,a,y)} \\big(Q_\\theta(s,a) - y\\big)^2,\\quad y = r + \\gamma \\max_{a'} \\hat Q^{j-1}(s',a')\\ \\ (\\hat Q^1\\text{: } y = G^{\\mathrm{rand}}),\\quad \\pi_i(s) = \\arg\\max_a \\hat Q^k(s,a)",
      settings: (p: P): SqirlSettings => ({ gamma: p.gamma, k: p.k, episodesPerStage: p.episodesPerStage, horizon: EPISODE_LIMIT }),
      load: () => loadNeural(async () => {
        const { createNeuralSqirl } = await import('../core/agents/neural/neural-sqirl.ts');
        return (ctx: AgentContext, settings: SqirlSettings) => createNeuralSqirl(withFeatures(ctx), settings);
      }),
    }),
    qLearningAgent<P>(),
    // Deep RL references with the four-rooms demo's default settings (one-hot cells in).
    mappedAgent(dqnAgent(), (p: P): DqnParams => ({
      learningRate: 1e-3, gamma: p.gamma, hidden: '64x64', epsilon: 0.05, epsilonDecaySteps: 5000, batchSize: '64',
      targetUpdateEvery: 200, doubleDqn: true, huber: true,
    })),
    mappedAgent(ppoAgent(), (p: P): PolicyGradientParams => ({
      learningRate: 1e-3, gamma: p.gamma, hidden: '64x64', entropyCoef: 0.01, rolloutSteps: 128, clipRange: 0.2,
    })),
  ],
  // With sticky moves the networks also see the last move (one-hot, 'none' included).
  features: (env, p: P) => (p.sticky
    ? createStickyGridEncoder((env as GoalReliability).layout)
    : createGridEncoder('one-hot', () => (env as GoalReliability).layout)),
  defaultAgents: ['k-qvi', 'sqirl', 'q-learning'],
  stage: 'effective-horizon',
  x: 'episode',
  stepMetrics: [],
  learnMetrics: ['planner/optimal'],
  charts: [
    { id: 'optimal', title: 'Is greedy on Qᵏ optimal? (per sweep k)', metric: 'planner/optimal', smoothing: 1 },
    { id: 'value', title: 'Value of the start: greedy on Qᵏ (k-QVI), estimate (others)', metric: 'value/start', smoothing: 1 },
    { id: 'return', title: 'Return per episode (SQIRL, Q-learning)', metric: 'episode/return', smoothing: 20 },
  ],
  presets: [
    { id: 'greedy-on-random-works', label: 'Greedy on random works', agents: ['k-qvi', 'q-learning'], params: { world: 'empty-8' },
      description: 'In an empty 8×8 room the greedy policy of the random policy’s Q already walks straight to the goal: Is greedy optimal? is 1 from sweep 1 (min-k = 1).' },
    { id: 'distractor-needs-k', label: 'A distractor needs more k', agents: ['k-qvi', 'value-iteration'], params: { world: 'deceptive-corridor' },
      description: 'A 0.3 reward two steps from the start pulls greedy-on-random away from the goal worth 1: Is greedy optimal? stays 0 until sweep 6 (min-k = 6 at γ = 0.95).' },
    { id: 'lava-needs-k', label: 'Lava needs more k', agents: ['k-qvi', 'value-iteration'], params: { world: 'lava-gap' },
      description: 'Random walks near the lava die, so the random policy’s values keep the agent away from the only gap: greedy becomes optimal at sweep 5 (min-k = 5).' },
    { id: 'key-door-needs-k', label: 'A key and a door need more k', agents: ['k-qvi', 'value-iteration'], params: { world: 'key-door' },
      description: 'The goal is behind a locked door and the key lies the other way from a small reward (0.3): Is greedy optimal? stays 0 until sweep 12 (min-k = 12 at γ = 0.95). With the door open the same map needs 6: the detour to the key doubles it.' },
    { id: 'sticky', label: 'Sticky moves', agents: ['k-qvi', 'value-iteration'], params: { world: 'four-rooms', sticky: true },
      description: 'Four rooms where each move repeats the previous one with probability 0.25: a repeated move can carry the agent past a doorway, and greedy-on-random does not plan for it. Is greedy optimal? turns 1 at sweep 4 instead of 1 (γ = 0.95); the sticky column of the table lists every map.' },
    { id: 'sqirl-empty-room', label: 'SQIRL in an empty room', agents: ['sqirl', 'q-learning'], params: { world: 'empty-5', k: 1, episodesPerStage: 100 },
      description: 'min-k is 1 here, so SQIRL with k = 1 works: stage by stage it fixes one timestep’s action from 100 random rollouts. After 3,000 episodes its path takes 10.2 steps on average (the shortest is 8; 5 runs); its rollouts are noisy, so an action now and then is wrong. Q-learning gets 9.2 steps by episode 1,000.' },
    { id: 'sqirl-network', label: 'SQIRL with a network', agents: ['sqirl', 'sqirl-mlp'], params: { world: 'empty-8', k: 1, episodesPerStage: 100 },
      description: 'The same stages with two regressions. In the empty 8×8 room, after 3,000 episodes (3 runs), the network’s SQIRL walks to the goal in 17 steps (the shortest is 14) while the table’s reaches it in only 44% of episodes, taking 68 steps on average: the table acts at random in a state its rollouts missed at that timestep, the network answers with what it learned from the others.' },
    { id: 'deep-rl-references', label: 'DQN and PPO on the corridor', agents: ['dqn', 'ppo', 'q-learning'], params: { world: 'deceptive-corridor' },
      description: 'The deceptive corridor for learners. Tabular Q-learning (ε = 0.1) finds the 0.3 reward first and stays with it (return 0.3); DQN, whose ε starts at 1, and PPO, with a near-uniform policy at first, reach the goal worth 1 by episode 300 (2 runs each, about 8–9 steps; the shortest path is 8).' },
    { id: 'shaping-lowers-k', label: 'Shaping lowers k', agents: ['k-qvi', 'value-iteration'], params: { world: 'deceptive-corridor', shaping: true },
      description: 'The deceptive corridor with 0.05 per step toward the goal: the random policy’s values now point at the large goal and min-k falls from 6 to 1; in the lava gap it falls from 5 to 3.' },
  ],
  defaultLength: { episodes: 500 },
  maxEpisodeSteps: () => EPISODE_LIMIT,
  sweepKey: 'world',
});
