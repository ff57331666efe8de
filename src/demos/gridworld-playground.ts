// The gridworld playground: pick a map or draw one, and compare the TD learners (and Dyna-Q's planning) on it.
import { PLAYGROUND_MAPS, type PlaygroundMap } from '../core/envs/gridworld/grid-presets.ts';
import { GridSpecError, parseGridSpec, type GridSpec } from '../core/envs/gridworld/grid-layout.ts';
import { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { defineDemo } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { createGridEnv } from './grid-env.ts';
import { dynaQAgent, expectedSarsaAgent, qLearningAgent, sarsaAgent } from './tabular-agents.ts';

/** A drawn map travels as its ASCII rows joined by '/', e.g. "S..#/...G". */
export const LAYOUT_ROW_SEPARATOR = '/';

export const GOAL_REWARD_LIMIT = 100;

/** Goal cells with their own reward, written "cell:reward,cell:reward" (cell = row × width + column). */
export function parseGoalRewards(text: string): [number, number][] {
  if (text === '') return [];
  return text.split(',').map((pair) => {
    const match = /^(\d+):(-?\d+(?:\.\d+)?)$/.exec(pair.trim());
    if (!match) throw new GridSpecError(`'${pair}' is not cell:reward`);
    const reward = Number(match[2]);
    if (Math.abs(reward) > GOAL_REWARD_LIMIT) {
      throw new GridSpecError(`a goal reward must lie between −${GOAL_REWARD_LIMIT} and ${GOAL_REWARD_LIMIT}, got ${reward}`);
    }
    return [Number(match[1]), reward];
  });
}

/** The map's GridSpec: the chosen preset, with its rows replaced by the drawn layout when there is one. */
export function playgroundSpec(map: PlaygroundMap, layout: string, goalRewards = ''): GridSpec {
  const preset: GridSpec = PLAYGROUND_MAPS[map];
  const rows = layout === '' ? preset.rows : layout.split(LAYOUT_ROW_SEPARATOR);
  // The preset's wind only makes sense on a map of the same width.
  const wind = preset.wind && preset.wind.length === rows[0].length ? preset.wind : undefined;
  return { ...preset, rows, wind, goalRewards: parseGoalRewards(goalRewards) };
}

/** The parser's message for a bad map, or null. */
function gridProblem(build: () => GridSpec): string | null {
  try {
    parseGridSpec(build());
    return null;
  } catch (error) {
    if (error instanceof GridSpecError) return error.message;
    throw error;
  }
}

const controls = [
  { key: 'map', label: 'Map', kind: 'select', options: Object.keys(PLAYGROUND_MAPS) as PlaygroundMap[], default: 'dyna-maze', live: false,
    help: 'A starting map: its rewards, wind and slipperiness come with it.' },
  { key: 'layout', label: 'Drawn map', kind: 'text', default: '', maxLength: 25 * 26, live: true,
    validate: (text: string) => gridProblem(() => ({ ...PLAYGROUND_MAPS['open-room'], rows: text.split(LAYOUT_ROW_SEPARATOR) })),
    help: 'Your own map, rows separated by /: . floor, # wall, S start, G goal, C cliff, H hole, ~ ice. Empty: the chosen map.' },
  { key: 'goalRewards', label: 'Goal rewards', kind: 'text', default: '', maxLength: 400, live: true,
    validate: (text: string) => { try { parseGoalRewards(text); return null; } catch (e) { return (e as Error).message; } },
    help: 'Goals whose reward differs from the map’s, as cell:reward pairs (cell = row × width + column), e.g. 17:5.' },
  { symbol: '\\varepsilon', key: 'epsilon', label: 'ε (exploration rate)', kind: 'slider', min: 0, max: 1, step: 0.01, default: 0.1, live: true,
    help: 'Probability of a random move (ε-greedy exploration).' },
  { symbol: '\\alpha', key: 'alpha', label: 'α (step size)', kind: 'slider', min: 0.01, max: 1, step: 0.01, default: 0.1, live: true,
    help: 'How far each update moves Q(s,a) toward its target.' },
  { symbol: '\\gamma', key: 'gamma', label: 'γ (discount)', kind: 'slider', min: 0, max: 1, step: 0.01, default: 0.95, live: true,
    help: 'Weight of future rewards. With a reward only at the goal, γ < 1 is what makes shorter paths better.' },
  { key: 'exploration', label: 'Exploration', kind: 'select', options: ['epsilon-greedy', 'softmax'], default: 'epsilon-greedy', live: true,
    help: 'ε-greedy picks a uniformly random move; softmax prefers moves that look better, by exp(Q/τ).' },
  { symbol: '\\tau', key: 'temperature', label: 'τ (softmax temperature)', kind: 'slider', min: 0.01, max: 10, step: 0.01, scale: 'log', default: 0.1, live: true,
    help: 'High τ: nearly uniform moves; low τ: nearly greedy. Only used with softmax exploration.' },
  { symbol: 'n', key: 'planningSteps', label: 'n (planning steps)', kind: 'slider', min: 0, max: 100, step: 1, integer: true, default: 5, live: true,
    agents: ['dyna-q'], help: 'Dyna-Q’s simulated updates from its model after every real step; 0 is plain Q-learning.' },
] as const;

type P = ParamsOf<typeof controls>;

export const gridworldPlayground = defineDemo({
  ...demoCard('gridworld-playground'),
  lesson: [
    'With a reward only at the goal, Q-learning moves value back one cell per visit: early episodes are long random walks.',
    'Dyna-Q replays remembered transitions between real steps, so value reaches the start within a few episodes.',
    'Softmax exploration tries promising moves more often than bad ones; ε-greedy treats every non-greedy move alike.',
    'On the windy map the wind pushes every move up: the learned path curves to use it.',
  ],
  controls,
  env: (p: P, rng) => createGridEnv(playgroundSpec(p.map as PlaygroundMap, p.layout, p.goalRewards), rng),
  liveEnv: {
    keys: ['layout', 'goalRewards'],
    // A redrawn map of the same size is swapped in under the running agents; a new size needs a new Q table.
    apply: (env, p: P) => {
      const layout = parseGridSpec(playgroundSpec(p.map as PlaygroundMap, p.layout, p.goalRewards));
      const grid = env as GridworldEnv;
      if (layout.width !== grid.layout.width || layout.height !== grid.layout.height) return false;
      grid.setLayout(layout);
      return true;
    },
  },
  agents: [qLearningAgent<P>(), sarsaAgent<P>(), expectedSarsaAgent<P>(), dynaQAgent<P>()],
  defaultAgents: ['q-learning', 'dyna-q'],
  x: 'episode',
  stepMetrics: [],
  charts: [
    { id: 'length', title: 'Steps per episode', metric: 'episode/length', smoothing: 1 },
    { id: 'return', title: 'Return per episode', metric: 'episode/return', smoothing: 5 },
    { id: 'value', title: 'Estimated value of the start', metric: 'value/start', smoothing: 1 },
  ],
  presets: [
    { id: 'dyna-planning', label: 'Planning speeds learning (Fig. 8.2)', agents: ['q-learning', 'dyna-q'],
      params: { map: 'dyna-maze', epsilon: 0.1, alpha: 0.1, gamma: 0.95, planningSteps: 50 },
      description: 'Dyna-Q with n = 50 reaches the 14-step path in about 3 episodes; Q-learning needs about 25.' },
    { id: 'windy', label: 'Windy gridworld (Ex. 6.5)', agents: ['sarsa'], params: { map: 'windy', epsilon: 0.1, alpha: 0.5, gamma: 1 },
      description: 'SARSA learns to ride the wind: episodes shrink toward the 15-step optimum.' },
    { id: 'softmax', label: 'Softmax exploration', agents: ['q-learning'], params: { map: 'four-rooms', exploration: 'softmax', temperature: 0.05 },
      description: 'In four rooms, a low temperature explores along promising corridors instead of at random.' },
  ],
  defaultLength: { episodes: 50 },
  maxEpisodeSteps: () => 2000,
});
