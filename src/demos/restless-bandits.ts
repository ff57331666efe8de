// Restless bandits (catalogue D6, SEQUOIA): N two-state arms that change whether or not they are acted on, a budget
// of B interventions per step, and constraints that couple the arms. Random, myopic and Whittle-index policies (with
// greedy repair under constraints) against a SEQUOIA-lite DQN whose argmax runs over the enumerated feasible joint
// actions.
import { RestlessEnv } from '../core/envs/restless/restless-env.ts';
import {
  createRestlessProblem, RESTLESS_CONSTRAINTS, RESTLESS_PRESETS, type RestlessConstraint, type RestlessPreset, type RestlessProblem,
} from '../core/envs/restless/restless-problem.ts';
import { restlessActionFeatures, restlessStateEncoder } from '../core/envs/restless/restless-features.ts';
import { defineDemo, defineLoadedAgent, mappedAgent } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { jointActionDqnAgent, type DqnParams } from './neural-agents.ts';

const controls = [
  { key: 'arms', label: 'Arms (N)', kind: 'slider', min: 3, max: 10, step: 1, integer: true, default: 6, live: false,
    help: 'How many arms. The joint state has 2ᴺ values, which the DQN sees as N bits.' },
  { key: 'budget', label: 'Budget (B)', kind: 'slider', min: 1, max: 3, step: 1, integer: true, default: 2, live: false,
    help: 'At most this many arms can be acted on per step.' },
  { key: 'constraint', label: 'Constraint', kind: 'select', options: RESTLESS_CONSTRAINTS, default: 'none', live: false,
    help: 'None: any B arms. Path: the arms sit on a line and the acted ones must be neighbours. Capacity: arms cost 1 or 2 and a step’s costs may not exceed B + 1. Multi-type: each acted arm gets a cheap intervention (1 unit) or a strong one (2 units) within B units, so B = 1 allows no strong one.' },
  { key: 'instance', label: 'Arms’ dynamics', kind: 'select', options: RESTLESS_PRESETS, default: 'sticky-volatile', live: false,
    help: 'Sticky-volatile: two kinds of arm (sticky ones stay good for long once fixed, volatile ones slip back at once), so ranking them matters. Catalogue: every arm alike (acting: bad→good 0.6, stays good 0.95; resting: 0.1 and 0.8), where myopic and Whittle choose the same. Maintain-repair (for multi-type): fragile arms that a cheap visit keeps good but only a strong one repairs, and sturdy arms that only a strong intervention repairs.' },
  { symbol: '\\gamma', key: 'gamma', label: 'γ (discount)', kind: 'slider', min: 0.9, max: 0.99, step: 0.01, default: 0.95, live: true,
    agents: ['whittle', 'optimal', 'sequoia-dqn'], help: 'The discount the Whittle indices, the optimal policy and the DQN’s values are computed for.' },
  { symbol: '\\eta', key: 'learningRate', label: 'Learning rate', kind: 'slider', min: 1e-4, max: 1e-2, step: 1e-4, scale: 'log', default: 1e-3, live: true,
    agents: ['sequoia-dqn'], help: 'Adam’s step size for the Q-network.' },
  { symbol: '\\varepsilon', key: 'epsilon', label: 'Final ε', kind: 'slider', min: 0, max: 0.5, step: 0.01, default: 0.05, live: true,
    agents: ['sequoia-dqn'], help: 'The DQN’s chance of a random joint action once ε has decayed. Random actions cost reward here: even the optimal policy drops from 2.58 to 2.38 good arms per step with ε = 0.05 on the maintain-repair arms.' },
  { key: 'epsilonDecaySteps', label: 'ε decay steps', kind: 'slider', min: 500, max: 20_000, step: 500, scale: 'log', integer: true, default: 5000, live: true,
    agents: ['sequoia-dqn'], help: 'Steps over which the DQN’s ε falls from 1 to 0.05.' },
] as const;

type P = ParamsOf<typeof controls>;

function problemOf(p: P): RestlessProblem {
  return createRestlessProblem({
    n: p.arms, budget: p.budget, constraint: p.constraint as RestlessConstraint, preset: p.instance as RestlessPreset,
  });
}

// SEQUOIA-lite is the four-rooms demo's DQN with its remaining settings fixed here.
const dqnParams = (p: P): DqnParams => ({
  learningRate: p.learningRate, gamma: p.gamma, hidden: '64x64', epsilon: p.epsilon, epsilonDecaySteps: p.epsilonDecaySteps,
  batchSize: '64', targetUpdateEvery: 200, doubleDqn: true, huber: true,
});

export const restlessBandits = defineDemo({
  ...demoCard('restless-bandits'),
  lesson: [
    'Each arm is good or bad and changes every step: acting on it makes it more likely to turn or stay good, leaving it lets it drift. The reward is the number of good arms, and only B arms can be acted on per step.',
    'Myopic acts where the next step gains most. The Whittle index looks further ahead: it is the payment for resting that would make acting and resting equally good for that arm, and the policy acts on the arms whose current state has the highest index.',
    'When the arms are coupled by a constraint, the B best-ranked arms may not be allowed together. Greedy repair picks the allowed set with the highest total index; no index accounts for the coupling, yet on these arms the repaired choice stays close to the best possible, as the Optimal agent (which plans over the joint model) shows.',
    'The catalogue’s arms are all alike, and then myopic and Whittle make the same choices. Give the arms two kinds of dynamics and the index pays off.',
    'With two kinds of intervention (multi-type), a step’s budget buys either one strong intervention or two cheap ones. An index per arm and intervention cannot price that trade: summing two cheap indices is not the value of two cheap interventions. On the maintain-repair arms, index + repair and myopic both fall well below the optimum.',
    'SEQUOIA-lite learns Q(state, joint action) with a network that reads the joint action as input (which arms get which intervention) and takes its argmax over the enumerated feasible joint actions, the small-scale version of SEQUOIA’s mixed-integer program. Every choice it makes is feasible by construction, and what it learns about one joint action carries over to those that share arms with it.',
  ],
  controls,
  env: (p: P, rng) => new RestlessEnv(problemOf(p), rng),
  features: (_env, p: P) => restlessStateEncoder(p.arms),
  stage: 'restless',
  agents: [
    defineLoadedAgent({
      id: 'random', label: 'Random', description: 'A feasible joint action drawn uniformly (acting on nothing included).',
      rule: 'S_t \\sim \\mathrm{Uniform}(\\mathcal F)',
      settings: (p: P) => ({ problem: problemOf(p) }),
      load: async () => (await import('../core/agents/restless/restless-random.ts')).createRandomRestless,
    }),
    defineLoadedAgent({
      id: 'myopic', label: 'Myopic', description: 'Acts where acting raises the chance of a good arm next step the most.',
      rule: 'S_t = \\arg\\max_{S \\in \\mathcal F} \\textstyle\\sum_{i \\in S} \\big[P^1_i(\\text{good}\\mid s_i) - P^0_i(\\text{good}\\mid s_i)\\big]',
      settings: (p: P) => ({ problem: problemOf(p) }),
      load: async () => (await import('../core/agents/restless/restless-myopic.ts')).createMyopicRestless,
    }),
    defineLoadedAgent({
      id: 'whittle', label: 'Whittle index', description: 'Ranks arms by their Whittle index and takes the best feasible set (greedy repair under constraints).',
      rule: 'W_i(s) = \\inf\\{\\lambda : \\text{resting is optimal in } s \\text{ when paid } \\lambda\\},\\quad S_t = \\arg\\max_{S \\in \\mathcal F} \\textstyle\\sum_{i \\in S} W_i(s_i)',
      settings: (p: P) => ({ problem: problemOf(p), gamma: p.gamma }),
      load: async () => (await import('../core/agents/restless/restless-whittle.ts')).createWhittleRestless,
    }),
    defineLoadedAgent({
      id: 'optimal', label: 'Optimal (knows the model)', description: 'Value iteration on the exact joint model: the best any policy can do (up to 7 arms).',
      rule: 'S_t = \\arg\\max_{S \\in \\mathcal F} Q^*(s_t, S),\\quad Q^* = r + \\gamma\\, P\\, \\max Q^*',
      settings: (p: P) => ({ problem: problemOf(p), gamma: p.gamma }),
      load: async () => (await import('../core/agents/restless/restless-optimal.ts')).createOptimalRestless,
    }),
    mappedAgent(jointActionDqnAgent((q: DqnParams & { problem: RestlessProblem }) => restlessActionFeatures(q.problem)),
      (p: P) => ({ ...dqnParams(p), problem: problemOf(p) }), {
        id: 'sequoia-dqn', label: 'SEQUOIA-lite DQN',
        description: 'A Q-network scores (state, joint action) pairs; its argmax runs over the enumerated feasible joint actions only.',
      }),
  ],
  defaultAgents: ['random', 'myopic', 'whittle', 'sequoia-dqn'],
  // The SEQUOIA-lite DQN trains on every step, so a few runs keep the page quick.
  x: 'step',
  stepMetrics: ['restless/reward', 'restless/wasted'],
  learnMetrics: ['restless/repair'],
  charts: [
    { id: 'reward', title: 'Good arms per step', metric: 'restless/reward', smoothing: 50 },
    { id: 'wasted', title: 'Budget not spent on a bad arm, per step', metric: 'restless/wasted', smoothing: 50 },
    { id: 'repair', title: 'Index choices repaired by the constraint', metric: 'restless/repair', smoothing: 50 },
  ],
  presets: [
    { id: 'whittle-wins', label: 'Whittle beats myopic', agents: ['random', 'myopic', 'whittle', 'optimal'], params: { instance: 'sticky-volatile', constraint: 'none' },
      description: 'Sticky arms stay good for long once fixed; volatile ones slip back at once. Myopic keeps fixing volatile arms (the biggest gain next step) and ends below random (3.38 vs 3.46 good arms per step); the Whittle index sees that a fixed sticky arm pays for many steps and matches the optimum, 4.44 (20 runs × 2,000 steps).' },
    { id: 'path-constraint', label: 'Path constraint', agents: ['myopic', 'whittle', 'optimal', 'sequoia-dqn'], params: { instance: 'sticky-volatile', constraint: 'path' },
      description: 'Acted arms must be neighbours on the line, so Whittle’s two best arms rarely go together: 86% of its choices are repaired. The repaired choice is still as good as the optimum, and so is myopic (all 3.99 per step, 20 runs × 2,000 steps); the DQN must learn the same from rewards alone.' },
    { id: 'capacity-constraint', label: 'Capacity constraint', agents: ['myopic', 'whittle', 'optimal', 'sequoia-dqn'], params: { instance: 'sticky-volatile', constraint: 'capacity' },
      description: 'Sticky arms cost 2, volatile ones 1, and a step may spend at most 3: two sticky arms never fit together. Whittle’s repairs (about 4% of choices) cost it nothing here (4.42, the optimum); myopic stays at 3.38 (20 runs × 2,000 steps).' },
    { id: 'intervention-types', label: 'Cheap or strong interventions', agents: ['myopic', 'whittle', 'optimal', 'sequoia-dqn'], params: { instance: 'maintain-repair', constraint: 'multi-type', epsilon: 0.01 },
      description: 'Two budget units buy one strong intervention or two cheap ones. Fragile arms need a strong one to recover but only a cheap visit to stay good; sturdy arms need a strong one to recover. Summed per-arm indices cannot price that trade: Whittle + repair (2.24 good arms per step) and myopic (2.26) fall about 15% below the optimum (2.63) (20 runs × 2,000 steps). Learning from rewards alone, the SEQUOIA-lite DQN (final ε 0.01) reached about 2.25 after 40,000 steps (2 runs): level with the index policy, not yet at the optimum, whose long upkeep of fragile arms is slow to discover.' },
  ],
  defaultLength: { steps: 20_000 },
  defaultRuns: 5,
});
