// "What to try" for each seed paper: one to three steps that send a student from the paper's page to a demo that
// runs in the sandbox today, naming the demo, a preset where one sets the scene, what to change and what to watch.
// Most demos planned for these papers (shared/design/demo-catalogue.md §1) are not built yet; until they are, each
// step points at the nearest existing demo and says which part of it relates to the paper and what the paper adds.
// Every claim is about what the demo's own controls, agents and presets can produce. The text is our own words:
// tests/papers/paper-try-it.test.ts fails if a step shares a run of 8 or more words with the paper's abstract.
import type { PaperId } from './papers.ts';

export interface TryStep {
  /** Id of an existing demo (src/demos/registry.ts). */
  readonly demo: string;
  /** Id of one of that demo's presets, when a preset sets the scene. */
  readonly preset?: string;
  /**
   * 'shows': the demo shows this paper's idea (directly or as an analogue). 'nearest': the paper's own demo is not
   * built yet, and this is the closest existing demo; the text says which part to look at and how it relates.
   */
  readonly relation: 'shows' | 'nearest';
  /** What to do and what to watch, 15–60 words, imperative ("Open …, switch …, watch …"). */
  readonly text: string;
}

export const PAPER_TRY_IT: Record<PaperId, readonly TryStep[]> = {
  'd5rl': [
    {
      demo: 'offline-dataset-lab', preset: 'd5rl-play-vs-scripted', relation: 'shows',
      text: 'Apply D5RL: play vs scripted. Play data wanders between doorways and rooms and reaches the goal only on the way somewhere: BC, CQL and IQL all score low, though a path to the goal is in the data. Switch Dataset to scripted, one route with a little noise, and all three score high.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Pick the four-rooms map, run Q-learning with ε (exploration rate) at 0.02 and then at 0.5, and turn on Visit counts. Low ε piles its data onto one route; high ε spreads it wider. D5RL’s datasets differ in the same way, from narrow scripted runs to broad play.',
    },
  ],
  'coplanner': [
    {
      demo: 'gridworld-playground', preset: 'dyna-planning', relation: 'shows',
      text: 'Apply Planning speeds learning (Fig. 8.2) and compare Dyna-Q with Q-learning on Steps per episode: updates imagined from a learned model speed learning up. Dyna-Q trusts its model everywhere; COPlanner adds an estimate of the model’s doubt, avoiding doubtful imagined steps in training and seeking them out when acting.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Pick the frozen-lake map and compare Dyna-Q, with n (planning steps) at 50, against Q-learning on Return per episode. Dyna-Q’s model keeps only the last outcome of each move, so on ice it replays one slide as if it were certain: the kind of model error COPlanner’s cautious rollouts are built to avoid.',
    },
  ],
  'pixel-reasoner': [
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-2', relation: 'shows',
      text: 'Apply Greedy vs ε-greedy (Fig. 2.2) and watch the arms view: greedy keeps pulling whichever arm paid first and rarely returns to arms that began badly, so its % optimal action stalls. Pixel Reasoner meets the same trap with a zoom tool that starts out weak and therefore never gets practised.',
    },
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-4', relation: 'shows',
      text: 'Apply UCB vs ε-greedy (Fig. 2.4) and watch UCB’s whiskers in the arms view: an arm pulled rarely carries a large bonus, so it gets tried until its estimate can be trusted. Pixel Reasoner’s curiosity reward plays this role, paying for visual operations only while the model still uses them rarely.',
    },
    {
      demo: 'curiosity-rnd', preset: 'rnd-frontier', relation: 'shows',
      text: 'Apply RND burns down the frontier and shade the maze by curiosity bonus: RND pays most where the agent has rarely been, and the pay fades as those cells grow familiar. Pixel Reasoner’s curiosity reward likewise pays for a rarely used skill only until it is used often enough.',
    },
  ],
  'infopower': [
    {
      demo: 'four-rooms-dqn', preset: 'coordinates', relation: 'nearest',
      text: 'Apply Coordinates as input, then switch Network input back to one-hot and compare the value maps: what the network is shown decides what it can generalise. Here a person picks the encoding; InfoPower learns it, keeping first what the agent’s own actions can change and leaving distracting background for later.',
    },
  ],
  'effective-horizon': [
    {
      demo: 'frozen-lake', preset: 'sweeps', relation: 'shows',
      text: 'Apply Watch the sweeps, turn on Policy arrows and advance value iteration sweep by sweep (Step, or the Slow speed). Each sweep adds one step of lookahead; note the sweep after which the arrows stop changing, well before Largest value change per sweep becomes tiny. That count of lookahead steps plays the role of the effective horizon.',
    },
    {
      demo: 'four-rooms-dqn', preset: 'dqn-vs-ppo', relation: 'shows',
      text: 'Apply DQN vs PPO vs a table and watch Steps per episode: early episodes are random walks that mostly hit the 500-step limit, then value spreads back from the goal. The paper explains when such random data plus a few backups suffices: when the greedy choice becomes right after only a short lookahead.',
    },
    {
      demo: 'effective-horizon', preset: 'distractor-needs-k', relation: 'shows',
      text: 'Apply A distractor needs more k and press Step: sweep 1 draws the greedy arrows of the random policy’s values, which point at the small 0.3 reward. Each sweep adds one step of planning; at sweep 6 the arrows turn to the goal worth 1. Compare the min-k table: one sweep suffices in the empty rooms.',
    },
  ],
  'mex': [
    {
      demo: 'deep-sea', preset: 'bonus-solves', relation: 'shows',
      text: 'Apply Bonus solves N = 20 and compare MEX-style optimism with the count bonus: both plan on the model they have seen, valuing uncertainty with a bonus (here 1/(η·n)), and both find a treasure that random exploration would need about a million episodes to stumble on. Raise η and watch the first success come later: less optimism, less exploration.',
    },
    {
      demo: 'bandit-lab', preset: 'mex-eta', relation: 'shows',
      text: 'Apply MEX: constant vs decaying η and watch MEX in the arms view: each arm’s index, its average plus 1/(4η·n), is the dash above its estimate. With η held constant some runs stop exploring too soon; switch the η schedule to sqrt-decay and the stuck runs disappear.',
    },
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-4', relation: 'shows',
      text: 'Apply UCB vs ε-greedy (Fig. 2.4), then move c (UCB confidence) between 0 and 5 while watching Cumulative regret. MEX gets the same optimism without explicit confidence bounds: a single weight trades how much value a hypothesis promises against how well it fits the data, much as c trades estimate against bonus.',
    },
  ],
  'rlsp': [
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'In the open-room map, click a cell two steps from the start until it becomes a goal, then double-click it to set its reward. Compare a small and a large value on Policy arrows and Return per episode: the heavier the side reward, the more surely the agent stops there. RLSP weighs its exploration reward against correctness for this reason.',
    },
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'nearest',
      text: 'Apply PPO vs A2C vs REINFORCE, set Entropy bonus to its maximum and watch Policy entropy and Steps per episode: the bonus keeps moves varied, but weighted heavily it competes with the goal. RLSP faces the same balance between a reward for exploratory reasoning and a verifier that checks the answer.',
    },
  ],
  'fastrlap': [
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'On the dyna-maze, watch Q-learning’s first episodes on Steps per episode: with one distant reward they are long random walks. Shift+click to move the start next to the goal, let it learn, then move the start back in stages. FastRLAP’s checkpoints from one slow lap likewise give the car nearby targets instead of one remote reward.',
    },
    {
      demo: 'cliff-walking', preset: 'textbook', relation: 'nearest',
      text: 'Apply Example 6.6 and watch Episode length: a fall costs 100 points and puts the agent back at the start without ending the episode, so practice continues with nobody stepping in. FastRLAP’s car gets the same treatment on a real track, resetting itself after crashes and practising on its own.',
    },
  ],
  'vla-rl': [
    {
      demo: 'four-rooms-dqn', preset: 'dqn-vs-ppo', relation: 'nearest',
      text: 'Apply DQN vs PPO vs a table and watch PPO: its policy starts uniform and its critic untrained, and the policy has nothing to improve on until a random episode first reaches the goal. VLA-RL starts instead from a policy trained by imitation, warms up its critic and scores intermediate progress with a learned reward model.',
    },
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'nearest',
      text: 'Apply PPO vs A2C vs REINFORCE and change PPO clip ε while watching PPO approx. KL per update and PPO clip fraction: the clip limits how far one update can move the policy. Small, careful steps matter most when RL starts from a pretrained policy that a few noisy updates could spoil.',
    },
  ],
  'safe-rl-minimal-supervision': [
    {
      demo: 'cliff-walking', preset: 'textbook', relation: 'shows',
      text: 'Apply Example 6.6 and compare Sum of rewards per episode: Q-learning’s arrows hug the edge and its random moves make it fall often, while SARSA learns a detour that allows for its own exploring. The paper’s safe set plays a similar role, keeping online exploration inside state-actions judged safe.',
    },
    {
      demo: 'cliff-walking', preset: 'less-exploration', relation: 'shows',
      text: 'Apply Explore less: at ε = 0.01 falls become rare and both agents settle on the edge path. Turn on Visit counts and watch them pile up along that one route once it is learned. The paper studies this trade between careful and varied data when the data must define a safe set.',
    },
  ],
  'metra': [
    {
      demo: 'four-rooms-dqn', preset: 'coordinates', relation: 'nearest',
      text: 'Apply Coordinates as input and watch the value map: cells on either side of a wall end up with similar values, because (x, y) measures straight-line closeness rather than the moves needed. METRA learns a representation whose distances count the steps between states, exactly what this encoding lacks.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Pick the four-rooms map, set ε (exploration rate) to 1 so Q-learning moves at random, and turn on Visit counts: see how unevenly random moves spread over the rooms. METRA’s skills are trained to travel far in every direction of a learned space, so together they reach much more than undirected wandering.',
    },
  ],
  'dual-rl': [
    {
      demo: 'offline-dataset-lab', preset: 'xql-instability', relation: 'shows',
      text: 'Apply XQL without its clip and compare the Training loss and Estimated value of the start of XQL and f-DVL (χ²): the exponential loss explodes and drags the values far above anything the maze pays, while the χ² loss learns the same data calmly.',
    },
    {
      demo: 'frozen-lake', preset: 'undiscounted', relation: 'nearest',
      text: 'Apply γ = 1 and watch value iteration’s Estimated value of the start approach the chance of ever reaching the goal. Dual RL recasts RL as choosing how often each state and action is visited; value functions like this one reappear there as the multipliers of that constrained problem.',
    },
  ],
  'words-as-beacons': [
    {
      demo: 'four-rooms-dqn', preset: 'dqn-vs-ppo', relation: 'nearest',
      text: 'Apply DQN vs PPO vs a table and count the early episodes that hit the 500-step limit on Steps per episode: with one reward 20 moves away, random moves rarely find it. Words as Beacons adds temporary subgoal rewards from a language model during training, so the agent meets reward long before it stumbles on the goal.',
    },
  ],
  'mbrcsl': [
    {
      demo: 'trajectory-stitching', preset: 'rcsl-ceiling', relation: 'shows',
      text: 'Apply RCSL’s ceiling and read the requested-versus-achieved curve: asked for up to the small prize, the best any episode from the start earned, RCSL gets it; asked for the goal’s return, which only episodes from elsewhere earned, it does not reach the goal.',
    },
    {
      demo: 'trajectory-stitching', preset: 'mbrcsl', relation: 'shows',
      text: 'Apply MBRCSL makes the missing episodes: its rollouts in a count model of the data, run with the data’s own two-way behaviour at the junction, include some from the start to the goal. Kept and trained on, they let the same supervised learner reach the goal.',
    },
    {
      demo: 'trajectory-stitching', preset: 'iql-stitches', relation: 'shows',
      text: 'Apply IQL stitches to compare with the dynamic-programming answer: IQL and CQL back the goal’s value up through the junction and reach it from the start on the same data.',
    },
  ],
  'go-explore': [
    {
      demo: 'go-explore', preset: 'default-cells', relation: 'shows',
      text: 'Apply Cells with the key and press Play: each round picks a cell of the archive, jumps back to it and explores from there. Watch the shaded archive creep through the doorway, find the key and carry it to the locked door; then apply Key left out of the cell and see how erratic progress becomes.',
    },
    {
      demo: 'go-explore', preset: 'detachment', relation: 'shows',
      text: 'Apply Go-Explore vs RND and read Cells found so far, against frames: PPO + RND starts every episode from the beginning and needs several times Go-Explore’s frames to reach the treasure. Returning to a remembered state before exploring, instead of walking back, is the paper’s central move.',
    },
    {
      demo: 'go-explore', preset: 'robustify', relation: 'shows',
      text: 'Apply Phase 2 under sticky actions and press Play. Once the treasure is found, compare the phase 2 charts: the best trajectory replayed blindly fails whenever a move sticks, while the policy trained backward from its end keeps reaching the treasure. This is the paper’s robustification step.',
    },
  ],
  'spatial-reasoning-planning': [
    {
      demo: 'frozen-lake', preset: 'sweeps', relation: 'nearest',
      text: 'Apply Watch the sweeps, turn on Values V(s) and press Step one sweep at a time: value spreads outward from the goal across the 8×8 lake. CALVIN, one part of this thesis, trains a network to perform sweeps like these over a map the agent builds from what it sees.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Pick the four-rooms map, the classic setting for options such as “walk to the doorway”, and watch Q-learning learn each doorway crossing one move at a time on Steps per episode. The thesis discovers such temporally extended actions without supervision and reuses them to plan.',
    },
  ],
  'sequoia': [
    {
      demo: 'restless-bandits', preset: 'path-constraint', relation: 'shows',
      text: 'Apply Path constraint: the acted arms must now sit side by side, so the index policy’s favourite pair is often not allowed and it has to repair its choice. Watch SEQUOIA-lite, a Q-network whose argmax runs only over the allowed sets, learn from rewards alone how close it can get to the optimum.',
    },
    {
      demo: 'restless-bandits', preset: 'whittle-wins', relation: 'shows',
      text: 'Apply Whittle beats myopic and read the index table beside the raster: each arm gets a price for its current state, and the policy acts on the highest. This per-arm ranking is what SEQUOIA replaces once constraints tie the arms together.',
    },
    {
      demo: 'restless-bandits', preset: 'intervention-types', relation: 'shows',
      text: 'Apply Cheap or strong interventions, one of the paper’s four problem families: two budget units buy one strong intervention or two cheap ones. Compare Whittle with the Optimal agent: summing one index per arm cannot price that trade, and the index policy ends about 15% below the optimum. The raster marks strong interventions with a filled dot.',
    },
  ],
  'vigorl': [
    {
      demo: 'four-rooms-dqn', preset: 'coordinates', relation: 'nearest',
      text: 'Apply Coordinates as input, then try Network input set to patch (a 5×5 window around the agent) and map (the whole grid), comparing Steps per episode: what part of the scene a network sees, and how, changes what it learns. ViGoRL trains a model to name image coordinates for each reasoning step and zoom in where detail is missing.',
    },
  ],
  'quality-diversity': [
    {
      demo: 'go-explore', preset: 'novelty-vs-reward', relation: 'shows',
      text: 'Apply Novelty against reward in the Quality diversity tab. Reward search settles on the decoy worth 0.3 next to the start, while novelty search, blind to reward, spreads its stopping points through the maze and reaches the treasure. Read the chart of the maze reached against evaluations.',
    },
    {
      demo: 'go-explore', preset: 'serene', relation: 'shows',
      text: 'Apply SERENE: emitters refine the reward and show SERENE on the map. Each diamond is an emitter, a local search started where novelty search found some reward; compare the best-reward curves of the two agents over the first few thousand evaluations.',
    },
    {
      demo: 'go-explore', preset: 'learned-behaviour', relation: 'shows',
      text: 'Apply Behaviour learned by an autoencoder: as in TAXONS, novelty is measured between codes an autoencoder learns from pictures of each path, retrained as the search goes. Compare the share of the maze reached with the hand-chosen end point of Novelty against reward.',
    },
  ],
  'semi-supervised-offline-rl': [
    {
      demo: 'gridworld-playground', preset: 'dyna-planning', relation: 'nearest',
      text: 'Apply Planning speeds learning (Fig. 8.2): Dyna-Q’s model remembers where each move led. The paper learns the reverse mapping, which move links two observed states, from its few trajectories with actions, then uses it to fill in the actions missing from the rest before running offline RL.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Run Q-learning on the dyna-maze at Slow speed and watch moves into walls: the agent stays where it was, so the states before and after cannot tell which blocked move it chose. An inverse dynamics model, which this paper uses to label actions, makes its mistakes at exactly such spots.',
    },
  ],
  'carl': [
    {
      demo: 'cliff-walking', preset: 'textbook', relation: 'nearest',
      text: 'Apply Example 6.6 and watch Sum of rewards per episode: the reward is just −1 per move and −100 per fall, yet both agents learn sensible routes. CaRL argues for rewards this plain in driving: pay for progress along the route, let infractions shrink or end it, and drop piles of shaped terms.',
    },
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'nearest',
      text: 'Apply PPO vs A2C vs REINFORCE and raise PPO rollout length from 128 toward 2048, watching Steps per episode and PPO approx. KL per update: longer rollouts give steadier but rarer updates. CaRL found that its simple reward is what let PPO keep improving as batches grew very large.',
    },
  ],
  'snapshot-rl': [
    {
      demo: 'gridworld-playground', relation: 'shows',
      text: 'On the dyna-maze with Q-learning, Shift+click to put the start a few cells from the goal; once episodes are short, move it back toward the original start in stages, watching Values V(s) spread along with it. Only the start state changes, never the learner: Snapshot RL’s recipe, with a teacher’s trajectories supplying the starts.',
    },
  ],
  'toolchain': [
    {
      demo: 'frozen-lake', preset: 'no-slip', relation: 'nearest',
      text: 'Apply No ice, turn on Values V(s) and step value iteration: every sweep updates every cell until the 6-step path appears. ToolChain* searches a tree of tool calls with A* instead, expanding only branches that a cost-plus-heuristic estimate ranks as promising, which matters when the tree is far too big to sweep.',
    },
    {
      demo: 'gridworld-playground', preset: 'softmax', relation: 'nearest',
      text: 'Apply Softmax exploration: with a low τ (softmax temperature), Q-learning tries moves that already look good far more often than the rest. ToolChain*’s heuristic does a similar job for search, steering expansion toward branches of the tool-call tree that look likely to reach the answer cheaply.',
    },
  ],
  'offline-rl-vlm-feedback': [
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'In the open-room map, make the top-right corner a second goal (click it until it turns into one) and double-click it to give a reward higher than 1. Watch the Policy arrows swing toward it. In the paper, rewards come from a vision-language model comparing clips, and offline RL pursues whatever that labeller prefers.',
    },
  ],
  'h2o': [
    {
      demo: 'gridworld-playground', preset: 'dyna-planning', relation: 'nearest',
      text: 'Apply Planning speeds learning (Fig. 8.2), let both agents learn, then paint a wall across their route. Dyna-Q’s model still predicts the old moves until it retries them, like a simulator that is wrong in one place; watch Steps per episode. H2O estimates such gaps and trusts simulated transitions less where they are large.',
    },
    {
      demo: 'frozen-lake', preset: 'no-slip', relation: 'nearest',
      text: 'Apply No ice and note value iteration’s Policy arrows, then turn Slippery back on: on ice the best arrows often point away from the goal, against walls. A policy trained in a slip-free simulator would take the wrong route on the real ice, the mismatch H2O guards against.',
    },
  ],
  'intelligent-go-explore': [
    {
      demo: 'go-explore', preset: 'ige-good-judge', relation: 'shows',
      text: 'Apply IGE: a judge that never errs and press Play: a scripted judge keeps a newly found cell only if it is progress, a new room, the key or a higher score, so the archive stays near ten cells. Then apply IGE: a noisy judge and watch the archive swell again as its mistakes let dull cells in.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Pick the four-rooms map with Q-learning and act as the judge yourself: Shift+click the start into a doorway you think promising, let the agent explore from there, then choose another. IGE gives this choice of which remembered states deserve a return visit to a foundation model instead of hand-written rules.',
    },
  ],
  'srl': [
    {
      demo: 'gridworld-playground', preset: 'dyna-planning', relation: 'nearest',
      text: 'Apply Planning speeds learning (Fig. 8.2) and vary n (planning steps): Dyna-Q uses its learned model to update moves it is not making right now. SRL uses a model during training in a related way: when the agent commits to a whole sequence of moves, the model fills in the states between them so each move gets credit.',
    },
  ],
  'drm': [
    {
      demo: 'four-rooms-dqn', preset: 'dqn-vs-ppo', relation: 'nearest',
      text: 'Apply DQN vs PPO vs a table with ε decay steps at 1000 and Final ε at 0. If DQN has not met the goal by then, its greedy episodes can hit the 500-step limit again and again; raise Final ε live and see whether they recover. DrM adds such exploration when many neurons fall silent.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Let Q-learning learn the dyna-maze, then paint a new goal elsewhere and clear the old one. Watch Steps per episode jump and slowly fall as stale values are overwritten. A table always keeps adapting; DrM studies networks that lose this ability as more of their neurons go dormant, and revives them.',
    },
  ],
  'gui-bee': [
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Draw a new map of your own, set ε (exploration rate) to 0.3 and turn on Visit counts: exploration alone decides which parts of an unfamiliar layout the agent ever sees. GUI-Bee explores a new interface in the same spirit, guided by value estimates, to collect the screens it then uses to adapt its grounding model.',
    },
  ],
  'serl': [
    {
      demo: 'four-rooms-dqn', preset: 'dqn-vs-ppo', relation: 'nearest',
      text: 'Apply DQN vs PPO vs a table and watch DQN’s Replay buffer: every stored move is sampled again and again for training. SERL builds on this off-policy reuse, adding demonstrations to the buffer, learned success detectors and automatic resets, so that training on a real robot takes little time.',
    },
    {
      demo: 'four-rooms-dqn', relation: 'nearest',
      text: 'Tick SAC (discrete) in the Agents list and watch its Policy entropy move toward the level set by Target entropy (× ln 4) while Tune α automatically is on. SERL’s learner is also an off-policy actor-critic that balances reward against entropy in this way.',
    },
  ],
  'sim-to-real': [
    {
      demo: 'frozen-lake', preset: 'no-slip', relation: 'nearest',
      text: 'Apply No ice and note value iteration’s path, then turn Slippery on: the same map with different dynamics calls for a different policy. A navigation policy meets such differences between Isaac Sim, Gazebo and a real robot, which is why the pipeline tests it in a second simulator before deployment.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Let Q-learning learn the dyna-maze, then paint a few walls along its path without resetting. Watch Steps per episode to see how a policy trained in one world copes in a slightly different one, the gap every sim-to-real pipeline has to bridge.',
    },
  ],
  'xpo': [
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-4', relation: 'shows',
      text: 'Apply UCB vs ε-greedy (Fig. 2.4) and watch UCB’s whiskers in the arms view: rarely tried arms get a bonus that pulls the agent toward them. XPO adds an exploration term of this optimistic kind to online DPO, pushing the model to try responses its reference model seldom produces.',
    },
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-2', relation: 'nearest',
      text: 'Apply Greedy vs ε-greedy (Fig. 2.2): greedy sticks with the first arm that pays and rarely learns what the others are worth. Preference training that only compares responses the current model already favours shares this blind spot, which is what XPO’s bonus targets.',
    },
  ],
  'adversarial-surprise': [
    {
      demo: 'curiosity-rnd', preset: 'noisy-tv-icm-vs-rnd', relation: 'shows',
      text: 'Apply Noisy TV: ICM vs RND and watch Intrinsic reward per step and Share of runs that reached a treasure. A reward for surprise also pays for randomness nothing can be learned from. Adversarial Surprise answers with a second policy that steers toward predictable states, so the two keep each other in check.',
    },
    {
      demo: 'frozen-lake', preset: 'sweeps', relation: 'nearest',
      text: 'Apply Watch the sweeps and look at value iteration’s Policy arrows on the slippery 8×8 lake: some push against walls, where a slip has fewer places to send the agent. Adversarial Surprise’s Control policy likewise steers toward states it can predict, while its Explore policy hunts for surprise.',
    },
  ],
  'entropy-mechanism': [
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'shows',
      text: 'Apply PPO vs A2C vs REINFORCE and watch Policy entropy fall from ln 4 ≈ 1.39 as episodes shorten. Rerun with Entropy bonus at 0 and compare how fast it drops. The paper traces such collapse to likely actions that also earn above-average reward, and limits updates on exactly those.',
    },
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-5', relation: 'shows',
      text: 'Apply Gradient bandit baseline (Fig. 2.5) and watch π(a) in the arms view: whenever a chosen arm beats the average reward, its probability rises, and likely arms are chosen most. The policy narrows onto one arm, the covariance between probability and advantage that the paper says drives entropy down.',
    },
  ],
  'submodular-rl': [
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'In the open-room map, run Q-learning with Visit counts on: once it has a route it repeats the same cells, since each cell’s reward ignores what was seen before. Submodular rewards pay less for ground already covered, so a policy must spread out, and it needs to know where it has been.',
    },
  ],
  'survey-llm-agents': [
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'nearest',
      text: 'Apply PPO vs A2C vs REINFORCE: these policy-gradient learners are the family that RL fine-tuning of LLM agents adapts, with PPO’s clipped updates a common choice. Watch PPO approx. KL per update to see how far each update moves the policy; the survey’s prompting and retrieval methods change no weights at all.',
    },
  ],
  'open-rl-benchmark': [
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-4', relation: 'nearest',
      text: 'Apply UCB vs ε-greedy (Fig. 2.4), set Runs to 1 and press New seed a few times: single runs are noisy and may even rank the agents differently. Set Runs back to 100 and read the 95% band. Open RL Benchmark keeps every seed of every run, with full settings, so claims like these can be checked.',
    },
    {
      demo: 'four-rooms-dqn', preset: 'dqn-vs-ppo', relation: 'nearest',
      text: 'Apply DQN vs PPO vs a table, change a control, then copy the page address: it records the seed, runs, agents and every changed control, so anyone can rerun exactly this experiment. Open RL Benchmark stores that kind of record, plus every metric, for thousands of runs.',
    },
  ],
  'archer': [
    {
      demo: 'four-rooms-dqn', preset: 'dqn-vs-ppo', relation: 'nearest',
      text: 'Apply DQN vs PPO vs a table: DQN learns values off-policy from a replay buffer, while PPO trains a policy on fresh data with its own critic. ArCHer joins the two levels, an off-policy critic that scores whole dialogue turns and a policy that writes each turn’s tokens under its guidance.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'On the dyna-maze, watch Q-learning with Values V(s) on: value creeps back from the goal one cell per visit. ArCHer shortens such chains by letting its critic work over whole turns instead of single tokens, so credit has fewer steps to travel.',
    },
  ],
  't1': [
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'shows',
      text: 'Apply PPO vs A2C vs REINFORCE, set Entropy bonus to 0 and then to 0.05, and compare Policy entropy: the bonus keeps PPO’s moves varied for longer. T1 adds such a bonus, with extra samples per prompt, to keep exploration alive as RL for reasoning scales up.',
    },
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'nearest',
      text: 'Apply PPO vs A2C vs REINFORCE and watch PPO approx. KL per update: the clip keeps each update close to the policy that gathered the data, an anchor renewed every rollout. T1 regularises toward a reference policy that it likewise refreshes from time to time, so progress is steady rather than frozen.',
    },
  ],
  'observation-histories': [
    {
      demo: 'four-rooms-dqn', relation: 'nearest',
      text: 'Set Network input to patch, the 5×5 window around the agent, and compare DQN with one-hot input on Steps per episode: some cells look alike through that window, so the view no longer pins down where the agent is. The paper studies such partial views, where a compact summary of the history must stand in for the state.',
    },
  ],
  'modem-v2': [
    {
      demo: 'gridworld-playground', preset: 'dyna-planning', relation: 'nearest',
      text: 'Apply Planning speeds learning (Fig. 8.2): Dyna-Q learns a model from its own moves and plans with it, reaching a short path within a few episodes. MoDem-V2 learns its world model from camera images on a real robot, seeds it with demonstrations and keeps early exploration close to them.',
    },
    {
      demo: 'cliff-walking', preset: 'textbook', relation: 'nearest',
      text: 'Apply Example 6.6 and watch Q-learning fall: its random exploring moves near the edge cost 100 points each. On real hardware such early mistakes are expensive, which is why MoDem-V2 centres exploration on demonstrated actions and hands control to the learned policy gradually.',
    },
  ],
  'lmrl-gym': [
    {
      demo: 'four-rooms-dqn', preset: 'dqn-vs-ppo', relation: 'nearest',
      text: 'Apply DQN vs PPO vs a table to compare a value-based learner, a policy-gradient learner and a table on one fixed task, reading Steps per episode as the score. LMRL Gym sets up the same kind of comparison for language agents, across eight multi-turn games and dialogues.',
    },
  ],
  'one-shot-rlvr': [
    {
      demo: 'four-rooms-dqn', preset: 'coordinates', relation: 'nearest',
      text: 'Apply Coordinates as input: values DQN learns along its few visited routes spread to cells it never visited, because nearby coordinates share weights. 1-shot RLVR reports a larger-scale cousin of this: training on one maths problem improved answers to many others that share its skills.',
    },
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'nearest',
      text: 'Apply PPO vs A2C vs REINFORCE and compare Entropy bonus at 0 and at 0.05 on the Policy entropy chart. The paper found that encouraging entropy helped training on a single example keep improving, even after that example was solved.',
    },
  ],
  'spring': [
    {
      demo: 'frozen-lake', preset: 'undiscounted', relation: 'nearest',
      text: 'Apply γ = 1 and compare value iteration with Q-learning: the planner is handed the lake’s rules and needs no trial and error, while Q-learning must fall in holes to learn. SPRING sits on the planner’s side, with GPT-4 reading the game’s paper and reasoning about its rules instead of training.',
    },
  ],
  'neorl-2': [
    {
      demo: 'offline-dataset-lab', preset: 'neorl2-conservative', relation: 'shows',
      text: 'Apply NeoRL-2: a cautious controller’s data. The log is one careful route, four moves longer than needed, with a few random moves. BC, CQL and IQL each end near the controller’s own score; offline DQN, trusting moves the log never made, fails.',
    },
    {
      demo: 'offline-dataset-lab', preset: 'neorl2-delay', relation: 'shows',
      text: 'Apply NeoRL-2: moves that arrive late. Every move lands two steps after it is chosen; the controller that made the data plans for that, but the learners see only their cell. CQL and IQL, perfect on the same data without the delay, fall far short.',
    },
    {
      demo: 'offline-dataset-lab', preset: 'neorl2-hazard', relation: 'shows',
      text: 'Apply NeoRL-2: a hazard nobody sees. The patch above the right doorway costs no reward, and the expert’s data crosses it often, so every learner crosses it too. Switch to the conservative controller’s data, which keeps away, and the learners keep away as well.',
    },
  ],
  'groove': [
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Compare Q-learning and Dyna-Q on several maps (open-room, four-rooms, dyna-maze, windy) and on one you draw, reading Steps per episode. How good an algorithm looks depends on the environments chosen; GROOVE chooses training environments adversarially, where its learned update rule falls furthest behind.',
    },
  ],
  'dataset-perspective-offline-rl': [
    {
      demo: 'offline-dataset-lab', preset: 'tq-saco-scatter', relation: 'shows',
      text: 'Apply TQ–SACo scatter and press Run the matrix. Each dataset becomes a dot placed by its coverage and its quality; colour the dots by BC, then by offline DQN, and see which of the two measures each learner depends on.',
    },
    {
      demo: 'offline-dataset-lab', preset: 'bc-follows-tq', relation: 'shows',
      text: 'Apply BC follows TQ: on medium data, cloning every move scores about what the data itself earns, while cloning only the best episodes, or learning values as CQL and IQL do, gets much further from the same transitions.',
    },
  ],
  'inference-time-scaling': [
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-2', relation: 'nearest',
      text: 'Apply Greedy vs ε-greedy (Fig. 2.2) and watch the arms view: each arm’s estimate averages noisy rewards and steadies as pulls accumulate. The paper applies the same statistics to judging, sampling several critiques from its reward model and voting, which gives steadier scores than one judgement.',
    },
  ],
  'curiosity-red-teaming': [
    {
      demo: 'curiosity-rnd', preset: 'crt-diversity', relation: 'shows',
      text: 'Apply Novelty on successes and compare Distinct treasures among the last 20 successes for plain PPO and PPO + novelty on successes. Each success is scored by how unlike the earlier successful episodes it is, as CRT scores a new attack against past ones, so repeating one route pays less.',
    },
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'nearest',
      text: 'Apply PPO vs A2C vs REINFORCE, raise Entropy bonus and watch Policy entropy stay higher for longer. CRT also keeps an entropy term, beside its novelty reward, so its prompt generator does not collapse onto repeating a single attack.',
    },
  ],
  'rl-era-of-llms': [
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'nearest',
      text: 'Apply PPO vs A2C vs REINFORCE and lower PPO clip ε, watching PPO approx. KL per update and PPO clip fraction respond: the clip keeps each update near the policy that collected the data. The paper credits such cautious, nearly on-policy updates for PPO’s success in RLHF.',
    },
  ],
  'malloc-muzero': [
    {
      demo: 'frozen-lake', preset: 'sweeps', relation: 'nearest',
      text: 'Apply Watch the sweeps: with the lake’s exact model, policy iteration reaches the best policy after a few improvements without one real move. mallocMuZero also plans, but with a learned model and tree search, in a game whose moves place tensors in layers of memory.',
    },
    {
      demo: 'gridworld-playground', preset: 'dyna-planning', relation: 'nearest',
      text: 'Apply Planning speeds learning (Fig. 8.2): Dyna-Q learns its model from experience and then plans with it. MuZero-style agents go further, learning a model built for planning and searching ahead with it at every move, as mallocMuZero does to place buffers.',
    },
  ],
  'hnpg': [
    {
      demo: 'four-rooms-dqn', preset: 'dqn-vs-ppo', relation: 'nearest',
      text: 'Apply DQN vs PPO vs a table: PPO learns only from fresh rollouts, while DQN trains on a replay buffer of older moves. HNPG combines the two kinds of data, natural policy gradient on fresh samples plus an off-policy step on logged data, keeping its on-policy guarantees if the log misleads.',
    },
    {
      demo: 'cliff-walking', preset: 'textbook', relation: 'nearest',
      text: 'Apply Example 6.6: SARSA learns about the policy it actually follows, Q-learning about a greedy policy it does not follow, and their Sum of rewards per episode differs. HNPG pairs an on-policy learner with off-policy use of logged data and keeps the on-policy part as its safety net.',
    },
  ],
  'trajectory-weighting': [
    {
      demo: 'dataset-reweighting', preset: 'drowned-experts', relation: 'shows',
      text: 'Apply Drowned experts: 5% of the episodes are the expert’s, but sampled uniformly they are well under 1% of what the learners see, and BC, CQL and IQL all stay close to the random walks around them.',
    },
    {
      demo: 'dataset-reweighting', preset: 'rw-rescue', relation: 'shows',
      text: 'Apply RW rescues them: the same data, drawn with weight exp(G/α). The effective behaviour return jumps, and the same three learners now follow the expert.',
    },
    {
      demo: 'dataset-reweighting', preset: 'aw-vs-rw-starts', relation: 'shows',
      text: 'Apply AW vs RW with easy and hard starts: with starts of different difficulty, return alone favours lucky walks from easy starts; subtracting each start’s mean return (AW) favours episodes that did well for where they began.',
    },
  ],
  'sgrl': [
    {
      demo: 'four-rooms-dqn', preset: 'coordinates', relation: 'nearest',
      text: 'Apply Coordinates as input and compare its value map with one-hot input: the encoding decides which cells share what is learned. SGRL builds a symmetry into its networks, so turning the scene about the vertical axis turns the output to match, and a skill learned for one heading serves every heading.',
    },
  ],
  'learning-to-fly': [
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'nearest',
      text: 'Apply PPO vs A2C vs REINFORCE: each learner pairs a policy with a value network, its critic, and both see the same input. In Learning to Fly the critic also gets simulator information the policy never sees, which makes values easier to learn while the deployed policy stays small.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'On the dyna-maze with Q-learning, Shift+click to put the start next to the goal, then move the start farther away as episodes shorten. This hand-made curriculum, easy starts first, is one of the ingredients that let the paper train a drone controller in seconds.',
    },
  ],
  'hil-serl': [
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'Pick the four-rooms map, run Q-learning with Visit counts on and find where it wastes moves; Shift+click the start there so it practises that spot. HIL-SERL’s operator steps in the same targeted way, correcting the robot exactly where it fails and feeding the corrections to an off-policy learner.',
    },
  ],
  'survey-model-based-rl': [
    {
      demo: 'frozen-lake', preset: 'sweeps', relation: 'shows',
      text: 'Apply Watch the sweeps: given the lake’s exact model, value iteration and policy iteration find the best policy without a single real move; tick Q-learning too and compare its slow Estimated value of the start. The survey starts where this demo stops: a learned model is never exact, and planning inherits its errors.',
    },
    {
      demo: 'gridworld-playground', preset: 'dyna-planning', relation: 'shows',
      text: 'Apply Planning speeds learning (Fig. 8.2) and vary n (planning steps) live: more imagined updates per real step bring the short path sooner. This is the Dyna pattern at the heart of the survey, trading real experience for computation inside a learned model.',
    },
    {
      demo: 'gridworld-playground', preset: 'dyna-planning', relation: 'shows',
      text: 'Apply Planning speeds learning (Fig. 8.2) and, once Dyna-Q has learned the maze, paint a wall across its route: its model still remembers the old moves until it tries them again. Watch Steps per episode rise and recover; this gap between model and world is the survey’s central theme.',
    },
  ],
  'rl-beyond-base-model': [
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-5', relation: 'shows',
      text: 'Apply Gradient bandit baseline (Fig. 2.5) and watch π(a) in the arms view: learning moves probability onto the arm that pays best and drains it from the rest. The paper finds RL does this to reasoning paths, improving the first guess while rare correct paths become less likely to be sampled at all.',
    },
    {
      demo: 'four-rooms-dqn', preset: 'policy-gradients', relation: 'shows',
      text: 'Apply PPO vs A2C vs REINFORCE and watch Policy entropy fall as Steps per episode shrink: a sharper policy does better on average but tries fewer alternatives. The paper measures that lost breadth with pass@k at large k, where base models catch up with their RL-trained versions.',
    },
  ],
  'evolve': [
    {
      demo: 'bandit-lab', preset: 'evolve-hard', relation: 'shows',
      text: 'Apply History heuristic vs algorithms: the heuristic sees only its last few pulls, a stand-in for a model handed nothing but the raw record. Its regret keeps rising in a straight line while UCB1 and Thompson bend over, the gap EVOLvE measures in language models.',
    },
    {
      demo: 'bandit-lab', preset: 'small-vs-large-gap', relation: 'shows',
      text: 'Apply Small gap vs large gap, then switch Problem to small-gap: the same explorers need far more pulls when the best arm pays 0.6 against 0.4 than 0.75 against 0.25. EVOLvE grades its models on easy and hard Bernoulli tasks of this kind.',
    },
    {
      demo: 'ten-armed-testbed', relation: 'shows',
      text: 'Open Play yourself below the arms, pull arms by hand for a hundred steps, then compare your Cumulative regret with the algorithms’ in the table. EVOLvE runs this test on language models, measuring how well they balance trying arms against using the best one found.',
    },
  ],
  'review-safe-rl': [
    {
      demo: 'cliff-walking', preset: 'textbook', relation: 'shows',
      text: 'Apply Example 6.6 and compare the two Sum of rewards per episode curves: SARSA counts its own exploring in its values and keeps away from the edge, so it falls less while learning. The review separates this safety during training from the safety of the final policy.',
    },
    {
      demo: 'cliff-walking', preset: 'less-exploration', relation: 'nearest',
      text: 'Apply Explore less: with ε = 0.01 both agents take the edge path and rarely fall. Constrained RL, the framework at the centre of the review, would instead limit the expected number of falls directly, whatever the exploration rate.',
    },
  ],
  'rl4lms': [
    {
      demo: 'ten-armed-testbed', preset: 'fig-2-4', relation: 'nearest',
      text: 'Apply UCB vs ε-greedy (Fig. 2.4), raise Arms (k) from 10 to 50 and watch % optimal action climb more slowly: every extra option must be tried. NLPO tackles the language version, where each token is a choice among thousands, by masking unlikely tokens so that policy-gradient updates stay stable.',
    },
  ],
  'reward-free-exploration': [
    {
      demo: 'deep-sea', preset: 'reward-free', relation: 'shows',
      text: 'Apply Reward-free, then plan and watch Return per episode: for 500 episodes the agent ignores the treasure and chases untried moves until Cells visited covers every reachable cell, then one planning step on what it has seen earns 0.99 per episode. The paper does this with guarantees in linear mixture MDPs; here the model is a table of counts.',
    },
    {
      demo: 'gridworld-playground', relation: 'nearest',
      text: 'In the open-room map, set ε (exploration rate) to 1 and turn on Visit counts: moves that ignore reward entirely still leave some cells visited far less than others. Reward-free exploration steers toward poorly known transitions instead, so that a plan for any reward named later can be trusted.',
    },
    {
      demo: 'frozen-lake', preset: 'sweeps', relation: 'nearest',
      text: 'Apply Watch the sweeps: with the lake’s model known, value iteration plans for this reward without taking any new moves. The paper’s exploration phase aims to learn a model good enough that this planning step works for whatever reward arrives afterwards.',
    },
  ],
};
