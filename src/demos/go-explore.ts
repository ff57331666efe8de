// Go-Explore (catalogue D3; Ecoffet et al. 2021): remember the cells you have reached, go back to promising ones by
// restoring their state, and explore from there. In Montezuma-lite random exploration from the start needs tens of
// thousands of steps to find the treasure behind the locked door; Go-Explore's archive finds it in a few thousand.
// Phase 2 then turns the one lucky trajectory into a policy that still works when actions are sticky.
import { MontezumaLiteEnv } from '../core/envs/montezuma-lite/montezuma-lite-env.ts';
import { MontezumaExplorationStats } from '../core/envs/montezuma-lite/montezuma-exploration-stats.ts';
import { createMontezumaEncoder } from '../core/envs/montezuma-lite/montezuma-encoder.ts';
import type { CuriousPpoSettings } from '../core/agents/neural/curious-ppo.ts';
import { defineDemo, defineLoadedAgent } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { Params, ParamsOf } from './control-spec.ts';
import type { GoExplorePlannerSettings } from '../core/agents/planning/go-explore-planner.ts';
import { CURIOUS_PPO_DEFAULTS, loadCuriousPpo } from './curious-ppo-agent.ts';
import type { QdPlannerSettings } from '../core/agents/planning/quality-diversity-planner.ts';
import type { DescriptorKind, QdMode } from '../core/algorithms/quality-diversity/qd-search.ts';
import { TAXONS_AUTOENCODER } from '../core/algorithms/quality-diversity/descriptor-model.ts';
import { loadNeural } from './neural-agents.ts';
import type { AgentContext } from '../core/agents/agent.ts';

/** Steps before an RND episode is cut: four times the shortest way to the treasure, about. */
const RND_EPISODE_STEPS = 200;
/** The RND baseline's map view covers the states without key or coins: one per map cell. */
const MONTEZUMA_CELLS = new MontezumaLiteEnv().layout.cells.length;

const GO_EXPLORE = ['go-explore'];
const CELL_AGENTS = ['go-explore', 'ppo-rnd'];
const NOVELTY = ['novelty-search', 'serene'];
/** Controllers evaluated before a quality-diversity run counts as done (about 3 s of a worker's time). */
const QD_EVALUATIONS = 10_000;

/** The two worlds (the page's two tabs): Montezuma-lite for the cell archive, the deceptive maze for novelty search. */
export const CELL_WORLD = 'montezuma-lite';
export const MAZE_WORLD = 'deceptive-maze';

/** An agent run in the other tab's world gets a sentence saying where it belongs. */
function requireWorld(p: { world: string }, world: string, agent: string): void {
  if (p.world === world) return;
  throw new RangeError(world === CELL_WORLD
    ? `${agent} explores Montezuma-lite: in the deceptive maze, compare novelty search, SERENE and reward search (the Quality diversity tab)`
    : `${agent} searches the deceptive maze: set World to deceptive-maze (the Quality diversity tab), or pick Go-Explore for Montezuma-lite`);
}

const controls = [
  { key: 'world', label: 'World', kind: 'select', options: [CELL_WORLD, MAZE_WORLD], default: CELL_WORLD, live: false,
    help: 'Montezuma-lite is the cell archive’s world (Go-Explore, the RND baseline). The deceptive maze is the quality-diversity tab’s: a robot’s controller is evolved, and a decoy reward near the start traps a search that only looks at reward.' },
  { key: 'downscale', label: 'Cell size', kind: 'slider', min: 1, max: 5, step: 1, integer: true, default: 2, live: false,
    agents: CELL_AGENTS, help: 'Positions are grouped in squares of this side to make a cell. Too coarse merges places that should stay apart; too fine makes a huge archive.' },
  { key: 'withKey', label: 'Key in the cell', kind: 'toggle', default: true, live: false,
    agents: CELL_AGENTS, help: 'Whether holding the key makes a different cell. Without it, the same spot with and without the key is one cell, and the way through the door is easily lost.' },
  { key: 'exploreSteps', label: 'Explore steps', kind: 'slider', min: 10, max: 200, step: 10, integer: true, default: 50, live: true,
    agents: GO_EXPLORE, help: 'Random steps taken from a cell after returning to it.' },
  { key: 'meanRepeat', label: 'Mean action repeat', kind: 'slider', min: 1, max: 10, step: 1, default: 4, live: true,
    agents: GO_EXPLORE, help: 'Random actions are held for this many steps on average, so exploration moves in straight runs rather than jitter.' },
  { key: 'returnMode', label: 'Return by', kind: 'select', options: ['restore', 'replay', 'policy'], default: 'restore', live: true,
    agents: GO_EXPLORE, help: 'How Go-Explore goes back to the chosen cell: restore its saved state (free, needs a simulator that can), replay the actions that reached it from the start, or follow a goal-conditioned policy that learns the way to every cell from all it has seen (it can fail; it then explores from where it stopped). Every step walked back counts as a frame.' },
  { symbol: 'w_{\\mathrm{seen}}', key: 'seenWeight', label: 'w seen', kind: 'slider', min: 0, max: 5, step: 0.1, default: 3, live: true,
    agents: GO_EXPLORE, help: 'Selection weight of rarely seen cells: W gets w/√(times seen).' },
  { symbol: 'w_{\\mathrm{chosen}}', key: 'chosenWeight', label: 'w chosen', kind: 'slider', min: 0, max: 1, step: 0.05, default: 0.1, live: true,
    agents: GO_EXPLORE, help: 'Selection weight of rarely chosen cells: W gets w/√(times chosen).' },
  { key: 'judge', label: 'IGE judge', kind: 'toggle', default: false, live: false,
    agents: GO_EXPLORE, help: 'Intelligent Go-Explore: a judge (scripted here, a foundation model in the paper) keeps a newly found cell only if it is progress: a room, or the key in a room, not reached before, or a higher score there.' },
  { key: 'judgeError', label: 'Judge error', kind: 'slider', min: 0, max: 0.5, step: 0.05, default: 0.1, live: false,
    agents: GO_EXPLORE, help: 'How often the judge gets it wrong, keeping a dull cell or turning away progress.' },
  { key: 'phase2', label: 'Phase 2: robustify', kind: 'toggle', default: true, live: true,
    agents: GO_EXPLORE, help: 'Once the best trajectory reaches the treasure, stop exploring and train a policy that can follow it when actions are sticky, starting from the end of the trajectory and moving back.' },
  { symbol: 'c_{\\mathrm{int}}', key: 'intrinsicCoef', label: 'RND: intrinsic weight', kind: 'slider', min: 0, max: 2, step: 0.05, default: 1, live: true,
    agents: ['ppo-rnd'], help: 'The baseline’s weight of its curiosity advantage (the treasure’s and the coins’ weigh 2).' },
  { symbol: 'p', key: 'stickyProb', label: 'Sticky actions', kind: 'slider', min: 0, max: 0.5, step: 0.05, default: 0.25, live: true,
    agents: GO_EXPLORE, help: 'Phase 2’s world: each step, with this probability the previous action is repeated instead of the chosen one (0.25 is the Atari standard).' },
  { key: 'nsK', label: 'NS: neighbours k', kind: 'slider', min: 3, max: 15, step: 1, integer: true, default: 10, live: true,
    agents: NOVELTY, help: 'A behaviour’s novelty is its mean distance to this many nearest behaviours in the archive and the population.' },
  { key: 'archiveThreshold', label: 'NS: archive threshold', kind: 'select', options: ['auto', '0.02', '0.05', '0.1'], default: 'auto', live: true,
    agents: NOVELTY, help: 'How novel a behaviour must be to join the archive (distances are in maze widths). Auto: more novel than 90% of the last 500 candidates, so about one in ten joins however spread out the search is.' },
  { key: 'emitterBudget', label: 'SERENE: emitter budget', kind: 'slider', min: 0, max: 500, step: 10, integer: true, default: 100, live: true,
    agents: ['serene'], help: 'Evaluations one emitter may spend refining a rewarding behaviour by local mutation (it stops sooner after 8 batches without progress). 0 leaves plain novelty search.' },
  { key: 'descriptor', label: 'NS: behaviour', kind: 'select', options: ['final-position', 'trajectory', 'learned'], default: 'final-position', live: false,
    agents: NOVELTY, help: 'What two behaviours are compared by: where the robot stops, its whole path (eleven positions along the way), or, as in TAXONS, a code of four numbers that an autoencoder learns from a 10 × 10 picture of the path and relearns every 1,000 evaluations.' },
] as const;

type P = ParamsOf<typeof controls>;

const inCells = (p: Params) => p.world !== MAZE_WORLD;
const inMaze = (p: Params) => p.world === MAZE_WORLD;

const MODES: Record<string, QdMode> = { 'novelty-search': 'novelty', serene: 'serene', 'reward-search': 'reward' };

function qdAgent(id: string, label: string, description: string, rule: string) {
  return defineLoadedAgent({
    id, label, description, rule, when: inMaze,
    settings: (p: P): QdPlannerSettings => (requireWorld(p, MAZE_WORLD, label), {
      mode: MODES[id]!, k: p.nsK, threshold: p.archiveThreshold === 'auto' ? 'auto' : Number(p.archiveThreshold),
      emitterBudget: p.emitterBudget, descriptor: p.descriptor as DescriptorKind, maxEvaluations: QD_EVALUATIONS,
    }),
    // Novelty searches can learn their descriptor (an autoencoder, tfjs); reward search needs no descriptor.
    load: NOVELTY.includes(id)
      ? async () => {
        const [{ createQdPlanner }, { createAutoencoder }] = await Promise.all([
          import('../core/agents/planning/quality-diversity-planner.ts'), loadNeural(() => import('../core/nn/autoencoder.ts')),
        ]);
        return (ctx: AgentContext, s: QdPlannerSettings) => createQdPlanner(ctx, s, (rng) => createAutoencoder(TAXONS_AUTOENCODER, rng));
      }
      : async () => (await import('../core/agents/planning/quality-diversity-planner.ts')).createQdPlanner,
  });
}

export const goExplore = defineDemo({
  ...demoCard('go-explore'),
  lesson: [
    'The treasure is behind a locked door, and the key is in the far corner of the first room: a random walk from the start needs tens of thousands of steps to put the two together.',
    'Go-Explore keeps an archive of cells, each a coarse place (room, square of cells, key or not) with the best way found to reach it. Each round it picks a cell, favouring rarely seen and rarely chosen ones, jumps back to it by restoring its saved state, and explores from there.',
    'Because it returns before exploring, every new place becomes a new starting point: the archive creeps through the doorway, finds the key, and carries it to the door.',
    'Make the cells coarser, or leave the key out of them, and the spot by the door with the key and without it become one cell: whichever way got there first is kept, and progress can stall.',
    'Restoring a saved state is a simulator’s privilege. Return by replay walks back along the stored moves, which only works in a deterministic world; return by policy learns to walk to any cell in the archive, the version of Go-Explore that can work where neither is possible, at the price of returns that sometimes fail.',
    'Compare PPO + RND, which explores by acting: every episode it starts at S and must walk back over ground it already knows before anything new can happen, and what it learns about a far corner can fade while it chases novelty elsewhere (the paper calls this detachment). Go-Explore jumps straight back to its frontier.',
    'Intelligent Go-Explore lets a foundation model judge which new places are worth remembering. Turn on the (scripted) judge and the archive shrinks to the handful of cells that are real progress: a new room, the key, a higher score.',
    'Phase 1 leans on a deterministic world: it jumps back by restoring states and its best trajectory is a fixed list of moves. Make actions sticky (each step, a chance that the previous move is repeated instead) and replaying that list blindly drifts off course: it reaches the treasure only now and then.',
    'Phase 2 robustifies the trajectory. A policy that looks at where it is trains from the trajectory’s own states, starting next to the treasure; once it succeeds from there, its start moves a little further back, until it starts where real episodes do. Each stage only has to bridge a few steps to ground it already knows.',
    'The Quality diversity tab changes the world: a small round robot in a maze, driven by a tiny network that reads six rangefinders and a compass pointing at the treasure. Searches here do not learn by steps; they evolve the network’s weights, judging each controller by one run of 400 steps.',
    'A decoy pays 0.3 in the corner next to the start; the treasure, worth up to 1, is at the far end of a winding corridor. A search that keeps the controllers with the most reward finds the decoy quickly and then only polishes it: every step up the corridor earns nothing, so it is thrown away. That is a deceptive reward.',
    'Novelty search ignores the reward. It keeps the controllers whose behaviour (where the robot stops) is farthest from what it has already seen, so the stopping points spread through the maze, and sooner or later one stops at the treasure. Its best reward then creeps up by luck.',
    'Who decides what counts as a different behaviour? Here, where the robot stops: a choice made by hand, and a very good one for a maze. TAXONS learns it instead, with an autoencoder trained on pictures of the paths; try NS: behaviour set to learned.',
    'SERENE adds emitters: when novelty search stumbles on a rewarding behaviour, a small local search starts there, mutating that one controller and keeping what earns more. A few hundred evaluations turn a robot that grazes the treasure into one that stops at its centre, while novelty search keeps exploring with the other half of the budget.',
  ],
  controls,
  env: (p: P) => new MontezumaExplorationStats(new MontezumaLiteEnv(), p.downscale, p.withKey),
  features: (env) => createMontezumaEncoder((env as MontezumaExplorationStats).inner),
  agents: [
    defineLoadedAgent({
      id: 'go-explore', label: 'Go-Explore', when: inCells,
      description: 'Phase 1: select a cell ∝ W, restore its state, explore with repeated random actions, update the archive. Phase 2: learn to follow the best trajectory under sticky actions, backward from its end.',
      rule: '\\begin{gathered} W(c) = \\sum_k \\frac{w_k}{(n_k(c) + 0.001)^{p_k}} + 10^{-5},\\quad P(c) = \\frac{W(c)}{\\sum_{c\'} W(c\')} \\\\ \\text{phase 2, from } s^{\\text{demo}}_i\\text{:}\\ \\ Q(s,a) \\mathrel{+}= \\alpha\\big(r + \\gamma \\max_{a\'} Q(s\',a\') - Q(s,a)\\big) \\end{gathered}',
      settings: (p: P): GoExplorePlannerSettings => (requireWorld(p, CELL_WORLD, 'Go-Explore'), {
        downscale: p.downscale, withKey: p.withKey, exploreSteps: p.exploreSteps, meanRepeat: p.meanRepeat,
        seenWeight: p.seenWeight, chosenWeight: p.chosenWeight, maxIterations: 3000, phase2: p.phase2, stickyProb: p.stickyProb,
        returnMode: p.returnMode as 'restore' | 'replay' | 'policy', judge: p.judge, judgeError: p.judgeError,
      }),
      load: async () => (await import('../core/agents/planning/go-explore-planner.ts')).createGoExplorePlanner,
    }),
    defineLoadedAgent({
      id: 'ppo-rnd', label: 'PPO + RND (baseline)', when: inCells,
      description: 'The curiosity lab’s PPO + RND, acting from the start every episode: it only ever explores from where its policy takes it.',
      rule: 'b_t = \\tfrac12\\lVert f(\\hat o_{t+1}) - \\hat f(\\hat o_{t+1})\\rVert^2,\\ \\ \\hat A = c_{\\mathrm{ext}} \\hat A_{\\mathrm{ext}} + c_{\\mathrm{int}} \\hat A_{\\mathrm{int}}',
      settings: (p: P): CuriousPpoSettings => (requireWorld(p, CELL_WORLD, 'PPO + RND'), {
        ...CURIOUS_PPO_DEFAULTS, bonus: 'rnd', intrinsicCoef: p.intrinsicCoef, viewStates: MONTEZUMA_CELLS,
      }),
      load: loadCuriousPpo,
    }),
    qdAgent('novelty-search', 'Novelty search',
      'Evolves controllers for novelty alone: a behaviour scores its mean distance to the k nearest in the archive and the population; the most novel survive.',
      '\\mathrm{nov}(b) = \\frac1k \\sum_{j=1}^{k} \\lVert b - \\mu_j \\rVert,\\quad b \\to \\text{archive if } \\mathrm{nov}(b) > \\tau'),
    qdAgent('serene', 'SERENE (novelty + emitters)',
      'Novelty search explores; each rewarding behaviour it finds seeds an emitter, a local search that maximises the reward; the budget alternates between the two.',
      '\\text{explore: } \\max \\mathrm{nov}(b),\\quad \\text{exploit: } \\theta\' = \\theta_{\\text{elite}} + \\sigma\\varepsilon,\\ \\theta_{\\text{elite}} \\leftarrow \\arg\\max R'),
    qdAgent('reward-search', 'Reward search (baseline)',
      'The same evolution, ranking controllers by their reward alone: the baseline a deceptive reward traps.',
      '\\theta\' = \\theta + \\sigma\\varepsilon,\\quad \\text{keep the } \\mu \\text{ best by } R(\\theta)'),
  ],
  defaultAgents: ['go-explore'],
  maxEpisodeSteps: () => RND_EPISODE_STEPS,
  stage: 'go-explore',
  x: 'episode',
  // The RND baseline's env reports Go-Explore's three numbers every step; the planner reports them per round.
  stepMetrics: ['explore/archive-size', 'explore/best-score', 'explore/frames'],
  learnMetrics: ['explore/intrinsic-reward', 'explore/archive-size', 'explore/best-score', 'explore/frames', 'explore/robust-progress', 'explore/robust-success', 'explore/replay-success',
    'explore/evaluations', 'explore/best-reward', 'explore/coverage', 'explore/novelty-archive-size'],
  charts: [
    { id: 'best', title: 'Best score so far, against frames', metric: 'explore/best-score', smoothing: 1, x: 'explore/frames', when: inCells },
    { id: 'archive', title: 'Cells found so far, against frames', metric: 'explore/archive-size', smoothing: 1, x: 'explore/frames', when: inCells },
    { id: 'frames', title: 'Frames explored (per round or episode)', metric: 'explore/frames', smoothing: 1, when: inCells },
    { id: 'intrinsic', title: 'RND baseline: intrinsic reward per step', metric: 'explore/intrinsic-reward', smoothing: 5, when: inCells },
    { id: 'robust-success', title: 'Phase 2: the policy’s success under sticky actions', metric: 'explore/robust-success', smoothing: 5, when: inCells },
    { id: 'robust-progress', title: 'Phase 2: share of the trajectory learned, from its end', metric: 'explore/robust-progress', smoothing: 1, when: inCells },
    { id: 'replay-success', title: 'Phase 2: blind replay’s success under sticky actions', metric: 'explore/replay-success', smoothing: 1, when: inCells },
    { id: 'qd-best', title: 'Best reward, against evaluations', metric: 'explore/best-reward', smoothing: 1, x: 'explore/evaluations', when: inMaze },
    { id: 'qd-coverage', title: 'Share of the maze reached, against evaluations', metric: 'explore/coverage', smoothing: 1, x: 'explore/evaluations', when: inMaze },
    { id: 'qd-archive', title: 'Novelty archive size, against evaluations', metric: 'explore/novelty-archive-size', smoothing: 1, x: 'explore/evaluations', when: inMaze },
  ],
  presets: [
    { id: 'default-cells', label: 'Cells with the key', params: { downscale: 2, withKey: true },
      description: 'Cells of 2×2 squares with the key: the treasure is found after 810–2,770 frames (seeds 1–5), with an archive of 33–54 cells by then.' },
    { id: 'cell-too-coarse', label: 'Key left out of the cell', params: { downscale: 2, withKey: false },
      description: 'The same squares without the key: with and without the key is one cell, and the time to the treasure varies wildly, from 1,550 to 84,000 frames (seeds 1–5).' },
    { id: 'cell-too-fine', label: 'Cells too fine', params: { downscale: 1, withKey: true },
      description: 'One cell per square: the archive holds 94–151 cells by the time the treasure is found, after 980–4,890 frames (seeds 1–5).' },
    { id: 'ige-good-judge', label: 'IGE: a judge that never errs', params: { downscale: 2, withKey: true, judge: true, judgeError: 0 },
      description: 'The judge keeps only progress, and the archive holds 8–10 cells when the treasure is found instead of 33–54 (seeds 1–5). Faster it is not, here: 265–5,191 frames (median 2,355) against 806–2,766 (median 1,958) without a judge, since turning away ordinary squares also removes stepping stones.' },
    { id: 'ige-noisy-judge', label: 'IGE: a noisy judge', params: { downscale: 2, withKey: true, judge: true, judgeError: 0.3 },
      description: 'The same judge wrong 3 times in 10: most new cells are dull, so its mistakes mostly let them in, and the archive is back to 40–57 cells at the treasure, after 1,176–2,719 frames (seeds 1–5).' },
    { id: 'return-by-replay', label: 'Walk back instead of restoring', params: { downscale: 2, withKey: true, returnMode: 'replay' },
      description: 'Without restoring states, Go-Explore walks back to each chosen cell by replaying its actions. In this deterministic world the rounds are the same (the treasure is found in round 17–56, seeds 1–5), but the frames to the treasure grow from 806–2,766 to 1,280–9,549: the walk back costs more than the exploring.' },
    { id: 'return-by-policy', label: 'Walk back with a learned policy', params: { downscale: 2, withKey: true, returnMode: 'policy', phase2: false },
      description: 'No restoring and no stored moves: a goal-conditioned policy, trained on every transition for every cell at once, walks back to the chosen cell. It often gets lost at first (about half of the returns arrive while the treasure is still unfound) and a lost return explores from wherever it stopped, so the treasure takes rounds 19–92 and 2,108–14,357 frames (seeds 1–5), against 806–2,766 frames when restoring. The policy keeps learning: 95–99% of returns arrive after 3,000 rounds.' },
    { id: 'detachment', label: 'Go-Explore vs RND', agents: ['go-explore', 'ppo-rnd'], params: { downscale: 2, withKey: true },
      description: 'Read the charts against frames: Go-Explore reaches the treasure after 800–2,800 frames, PPO + RND after 4,100–26,900 (seeds 1–5), re-walking known ground from S every episode. On a map this small RND does not lose its frontier altogether, as it does in Montezuma’s Revenge; here the cost of exploring from the start shows as frames.' },
    { id: 'robustify', label: 'Phase 2 under sticky actions', params: { downscale: 2, withKey: true, phase2: true, stickyProb: 0.25 },
      description: 'Once the treasure is found, watch the phase 2 charts: with sticky actions (p = 0.25) the blind replay of the best trajectory succeeds in 22–50% of episodes, while the policy trained backward from its end succeeds in 90–100% after 1,000–2,400 training episodes (seeds 1–5). The table drawn at the end tries both at other stickiness: in seed 1 the policy stays at 97–100% up to p = 0.5, the replay drops from 100% at p = 0 to 50% at 0.05 and 9–25% from 0.2 on.' },
    { id: 'novelty-vs-reward', label: 'Novelty against reward', agents: ['reward-search', 'novelty-search'], params: { world: MAZE_WORLD },
      description: 'Reward search finds the decoy and stays there: averaged over 10 runs its best reward ends at 0.30, all the decoy can pay, and its robots stop in 37% of the maze. Novelty search never looks at the reward, yet its stopping points spread over 96% of the maze and it finds the treasure: best reward 0.46 after 2,000 evaluations, 0.89 after 10,000.' },
    { id: 'serene', label: 'SERENE: emitters refine the reward', agents: ['novelty-search', 'serene'], params: { world: MAZE_WORLD },
      description: 'Averaged over 10 runs, the best reward with emitters is 0.59 after 2,000 evaluations and 0.89 after 5,000, against 0.46 and 0.79 for novelty search alone; by 10,000 both cover 96% of the maze (0.93 against 0.89). The status line counts what the emitters spent: a few hundred of the 10,000 evaluations.' },
    { id: 'trajectory-behaviour', label: 'Whole path as the behaviour', agents: ['novelty-search'], params: { world: MAZE_WORLD, descriptor: 'trajectory' },
      description: 'Behaviours compared by their whole path rather than where they stop: two robots that end in the same place by different routes now differ, so the archive grows larger (986 against 732 behaviours after 10,000 evaluations, mean of 10 runs), while the maze covered (92%) and the best reward (0.83) end a little lower than with end points (96%, 0.89).' },
    { id: 'learned-behaviour', label: 'Behaviour learned by an autoencoder', agents: ['novelty-search'], params: { world: MAZE_WORLD, descriptor: 'learned' },
      description: 'TAXONS’ idea: nobody chooses the behaviour; an autoencoder learns a code of four numbers from a 10 × 10 picture of each path and is retrained every 1,000 evaluations. No hand-made feature, at a price here: averaged over 3 runs, after 10,000 evaluations the best reward is 0.63 and 67% of the maze is reached, against 0.89 and 96% when the behaviour is where the robot stops.' },
  ],
  defaultLength: { episodes: 3000 },
});
