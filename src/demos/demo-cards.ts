// What the home page shows of each demo (id, title, theme, one-line summary, papers), in the order it lists them.
// Each demo's spec takes these fields from here (defineDemo({ ...demoCard(id), ... })), so they are written once; the
// home page reads only this module, and the full specs (controls, agents, envs) load with the demo page.
import type { DemoTheme } from './demo-spec.ts';
import type { PaperId } from '../papers/papers.ts';

export interface DemoCard {
  readonly id: string;
  readonly title: string;
  readonly theme: DemoTheme;
  /** The one-line lesson on the home page card. */
  readonly summary: string;
  readonly papers: readonly PaperId[];
}

export const DEMO_CARDS = [
  {
    id: 'ten-armed-testbed',
    title: 'The 10-armed testbed',
    theme: 'Foundations',
    summary: 'Greedy gets stuck; a little exploration, optimism or uncertainty finds the best arm.',
    papers: ['evolve', 'mex'],
  },
  {
    id: 'bandit-lab',
    title: 'Bandit lab',
    theme: 'Bandits',
    summary: 'Greedy gets stuck on a worse arm; optimism and posterior sampling do not, and their regret grows only logarithmically.',
    papers: ['evolve', 'mex'],
  },
  {
    id: 'restless-bandits',
    title: 'Restless bandits',
    theme: 'Bandits',
    summary: 'Arms that change whether or not you act: the Whittle index looks past the next step and beats acting myopically; coupling constraints make it repair its choices.',
    papers: ['sequoia'],
  },
  {
    id: 'deep-sea',
    title: 'Deep Sea: dithering vs optimism',
    theme: 'Exploration',
    summary: 'The treasure needs N right moves in a row: random exploration needs about 2ᴺ tries, a count bonus a handful.',
    papers: ['reward-free-exploration', 'mex', 'effective-horizon', 'go-explore'],
  },
  {
    id: 'curiosity-rnd',
    title: 'Curiosity lab: RND and the noisy TV',
    theme: 'Exploration',
    summary: 'A network’s surprise as a reward: RND’s error burns down where the agent has been and pulls it to the frontier, until a noisy TV shows what curiosity can be fooled by.',
    papers: ['curiosity-red-teaming', 'adversarial-surprise', 'pixel-reasoner', 'rlsp', 'go-explore'],
  },
  {
    id: 'effective-horizon',
    title: 'Effective horizon: when random exploration is enough',
    theme: 'Exploration',
    summary: 'Plan a few steps on top of a random policy’s values: on many maps one step already gives the optimal policy.',
    papers: ['effective-horizon', 'reward-free-exploration'],
  },
  {
    id: 'go-explore',
    title: 'Go-Explore: return, then explore',
    theme: 'Exploration',
    summary: 'Remember every place you reach, go back to the promising ones and explore from there: the locked treasure falls in a few thousand steps.',
    papers: ['go-explore', 'intelligent-go-explore', 'quality-diversity'],
  },
  {
    id: 'cliff-walking',
    title: 'Cliff walking: SARSA vs Q-learning',
    theme: 'Foundations',
    summary: 'Learning the optimal path is not the same as earning the most while you learn it.',
    papers: ['review-safe-rl', 'safe-rl-minimal-supervision'],
  },
  {
    id: 'frozen-lake',
    title: 'FrozenLake: planning vs learning',
    theme: 'Foundations',
    summary: 'With the model, a few sweeps give the optimal policy; without it, Q-learning needs thousands of falls.',
    papers: ['survey-model-based-rl', 'effective-horizon'],
  },
  {
    id: 'gridworld-playground',
    title: 'Gridworld playground',
    theme: 'Foundations',
    summary: 'Draw a maze and watch TD learning spread value from the goal — and planning spread it faster.',
    papers: ['survey-model-based-rl', 'coplanner', 'effective-horizon'],
  },
  {
    id: 'four-rooms-dqn',
    title: 'Deep RL on a grid',
    theme: 'Foundations',
    summary: 'A network in place of a table: DQN against tabular Q-learning in four rooms, its values drawn as it learns.',
    papers: ['effective-horizon'],
  },
  {
    id: 'offline-dataset-lab',
    title: 'Offline dataset lab',
    theme: 'Offline RL',
    summary: 'Make a dataset, read its quality and coverage, and watch BC, offline DQN, CQL and IQL learn from it without ever acting.',
    papers: ['dataset-perspective-offline-rl', 'dual-rl', 'd5rl', 'neorl-2'],
  },
  {
    id: 'trajectory-stitching',
    title: 'Trajectory stitching',
    theme: 'Offline RL',
    summary: 'Two corridors, no episode from start to goal: IQL and CQL join the pieces, RCSL cannot ask for a return it never saw, MBRCSL makes up the missing episodes in a model.',
    papers: ['mbrcsl'],
  },
  {
    id: 'dataset-reweighting',
    title: 'Dataset reweighting',
    theme: 'Offline RL',
    summary: 'A few expert episodes drowned in random walks: sample the data by return (or by return above its start’s) and BC, CQL and IQL learn the expert’s way.',
    papers: ['trajectory-weighting'],
  },
] as const satisfies readonly DemoCard[];

export type DemoId = (typeof DEMO_CARDS)[number]['id'];

export function findDemoCard(id: string): DemoCard | undefined {
  return DEMO_CARDS.find((card) => card.id === id);
}

/** A demo's card, for its spec; a missing card is a programming error. */
export function demoCard(id: DemoId): DemoCard {
  const card = findDemoCard(id);
  if (!card) throw new Error(`no demo card for '${id}'`);
  return card;
}
