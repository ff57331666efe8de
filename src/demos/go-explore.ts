// Go-Explore (catalogue D3; Ecoffet et al. 2021): remember the cells you have reached, go back to promising ones by
// restoring their state, and explore from there. In Montezuma-lite random exploration from the start needs tens of
// thousands of steps to find the treasure behind the locked door; Go-Explore's archive finds it in a few thousand.
// This first version shows phase 1 (exploration); robustification and the RND baseline come next.
import { MontezumaLiteEnv } from '../core/envs/montezuma-lite/montezuma-lite-env.ts';
import { defineDemo, defineLoadedAgent } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import type { GoExplorePlannerSettings } from '../core/agents/planning/go-explore-planner.ts';

const controls = [
  { key: 'downscale', label: 'Cell size', kind: 'slider', min: 1, max: 5, step: 1, integer: true, default: 2, live: false,
    help: 'Positions are grouped in squares of this side to make a cell. Too coarse merges places that should stay apart; too fine makes a huge archive.' },
  { key: 'withKey', label: 'Key in the cell', kind: 'toggle', default: true, live: false,
    help: 'Whether holding the key makes a different cell. Without it, the same spot with and without the key is one cell, and the way through the door is easily lost.' },
  { key: 'exploreSteps', label: 'Explore steps', kind: 'slider', min: 10, max: 200, step: 10, integer: true, default: 50, live: true,
    help: 'Random steps taken from a cell after returning to it.' },
  { key: 'meanRepeat', label: 'Mean action repeat', kind: 'slider', min: 1, max: 10, step: 1, default: 4, live: true,
    help: 'Random actions are held for this many steps on average, so exploration moves in straight runs rather than jitter.' },
  { symbol: 'w_{\\mathrm{seen}}', key: 'seenWeight', label: 'w seen', kind: 'slider', min: 0, max: 5, step: 0.1, default: 3, live: true,
    help: 'Selection weight of rarely seen cells: W gets w/√(times seen).' },
  { symbol: 'w_{\\mathrm{chosen}}', key: 'chosenWeight', label: 'w chosen', kind: 'slider', min: 0, max: 1, step: 0.05, default: 0.1, live: true,
    help: 'Selection weight of rarely chosen cells: W gets w/√(times chosen).' },
] as const;

type P = ParamsOf<typeof controls>;

export const goExplore = defineDemo({
  ...demoCard('go-explore'),
  lesson: [
    'The treasure is behind a locked door, and the key is in the far corner of the first room: a random walk from the start needs tens of thousands of steps to put the two together.',
    'Go-Explore keeps an archive of cells, each a coarse place (room, square of cells, key or not) with the best way found to reach it. Each round it picks a cell, favouring rarely seen and rarely chosen ones, jumps back to it by restoring its saved state, and explores from there.',
    'Because it returns before exploring, every new place becomes a new starting point: the archive creeps through the doorway, finds the key, and carries it to the door.',
    'Make the cells coarser, or leave the key out of them, and the spot by the door with the key and without it become one cell: whichever way got there first is kept, and progress can stall.',
  ],
  controls,
  env: () => new MontezumaLiteEnv(),
  agents: [
    defineLoadedAgent({
      id: 'go-explore', label: 'Go-Explore (phase 1)',
      description: 'Select a cell ∝ W, restore its state, explore with repeated random actions, update the archive.',
      rule: 'W(c) = \\sum_k \\frac{w_k}{(n_k(c) + 0.001)^{p_k}} + 10^{-5},\\quad P(c) = \\frac{W(c)}{\\sum_{c\'} W(c\')}',
      settings: (p: P): GoExplorePlannerSettings => ({
        downscale: p.downscale, withKey: p.withKey, exploreSteps: p.exploreSteps, meanRepeat: p.meanRepeat,
        seenWeight: p.seenWeight, chosenWeight: p.chosenWeight, maxIterations: 3000,
      }),
      load: async () => (await import('../core/agents/planning/go-explore-planner.ts')).createGoExplorePlanner,
    }),
  ],
  stage: 'go-explore',
  x: 'episode',
  stepMetrics: [],
  learnMetrics: ['explore/archive-size', 'explore/best-score', 'explore/frames'],
  charts: [
    { id: 'best', title: 'Best score in the archive (per round)', metric: 'explore/best-score', smoothing: 1 },
    { id: 'archive', title: 'Cells in the archive (per round)', metric: 'explore/archive-size', smoothing: 1 },
    { id: 'frames', title: 'Frames explored (per round)', metric: 'explore/frames', smoothing: 1 },
  ],
  presets: [
    { id: 'default-cells', label: 'Cells with the key', params: { downscale: 2, withKey: true },
      description: 'Cells of 2×2 squares with the key: the treasure is found after 810–2,770 frames (seeds 1–5), with an archive of 33–54 cells by then.' },
    { id: 'cell-too-coarse', label: 'Key left out of the cell', params: { downscale: 2, withKey: false },
      description: 'The same squares without the key: with and without the key is one cell, and the time to the treasure varies wildly, from 1,550 to 84,000 frames (seeds 1–5).' },
    { id: 'cell-too-fine', label: 'Cells too fine', params: { downscale: 1, withKey: true },
      description: 'One cell per square: the archive holds 94–151 cells by the time the treasure is found, after 980–4,890 frames (seeds 1–5).' },
  ],
  defaultLength: { episodes: 3000 },
});
