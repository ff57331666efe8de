// The curiosity lab (catalogue D2): PPO agents in a sparse 15×15 maze, on the extrinsic reward alone or with a
// curiosity bonus: random network distillation (a predictor chasing a fixed random network: its error is large
// where the agent has not been), or an ICM-like forward model's error. A tabular count bonus is the reference. A
// noisy TV shows what each kind of curiosity can be fooled by; a field of eight treasures with a novelty bonus on
// successes shows curiosity about outcomes (CRT) rather than places.
import { CuriosityMazeEnv, MAX_TV_PATTERNS, curiosityLayout, type CuriosityWorld } from '../core/envs/curiosity-maze/curiosity-maze-env.ts';
import { createCuriosityEncoder } from '../core/envs/curiosity-maze/curiosity-encoder.ts';
import { createOptimisticModelBased, type OptimisticModelSettings } from '../core/agents/exploration/optimistic-model-based.ts';
import type { CuriosityBonus, CuriousPpoSettings } from '../core/agents/neural/curious-ppo.ts';
import type { SuccessSimilarity } from '../core/agents/neural/curiosity/success-novelty.ts';
import { defineAgent, defineDemo, defineLoadedAgent } from './demo-spec.ts';
import { demoCard } from './demo-cards.ts';
import type { ParamsOf } from './control-spec.ts';
import { CURIOUS_PPO_DEFAULTS, loadCuriousPpo } from './curious-ppo-agent.ts';

const CURIOUS = ['ppo-rnd', 'ppo-icm'];

const controls = [
  { key: 'world', label: 'World', kind: 'select', options: ['maze', 'treasure-field'], default: 'maze', live: false,
    help: 'Maze: one treasure 36 moves from the start, in the far corner. Treasure field: an open room with eight treasures; the first one reached ends the episode.' },
  { key: 'tv', label: 'Noisy TV', kind: 'toggle', default: false, live: false,
    help: 'A dead end near the start holds a TV: while the agent stands there, the screen shows a random picture every step, and the picture is part of what the agent sees.' },
  { key: 'tvPatterns', label: 'TV pictures (K)', kind: 'slider', min: 1, max: MAX_TV_PATTERNS, step: 1, scale: 'log', integer: true, default: 8, live: false,
    help: 'How many different pictures the TV can show. A few can be learned by heart; hundreds stay new for a long time.' },
  { symbol: 'c_{\\mathrm{int}}', key: 'intrinsicCoef', label: 'Intrinsic weight', kind: 'slider', min: 0, max: 2, step: 0.05, default: 1, live: true,
    agents: CURIOUS, help: 'c_int: the weight of the curiosity advantage in the policy’s update.' },
  { symbol: 'c_{\\mathrm{ext}}', key: 'extrinsicCoef', label: 'Extrinsic weight', kind: 'slider', min: 0, max: 4, step: 0.1, default: 2, live: true,
    help: 'c_ext: the weight of the treasure’s advantage (2 against curiosity’s 1, as in the RND paper’s code).' },
  { symbol: '\\gamma_{\\mathrm{int}}', key: 'intrinsicGamma', label: 'Intrinsic γ', kind: 'slider', min: 0.9, max: 0.999, step: 0.001, default: 0.99, live: true,
    agents: CURIOUS, help: 'Discount of the curiosity stream: how far ahead the agent looks for novelty.' },
  { symbol: '\\gamma', key: 'gamma', label: 'Extrinsic γ', kind: 'slider', min: 0.9, max: 0.999, step: 0.001, default: 0.99, live: true,
    help: 'Discount of the treasure’s reward.' },
  { key: 'predictorFraction', label: 'Predictor update share', kind: 'slider', min: 0.05, max: 1, step: 0.05, default: 0.25, live: true,
    agents: CURIOUS, help: 'The share of each minibatch the predictor (RND) or the forward and inverse models (ICM) train on. Less makes the bonus fade more slowly.' },
  { key: 'rndDim', label: 'RND output size', kind: 'slider', min: 8, max: 64, step: 8, integer: true, default: 16, live: false,
    agents: ['ppo-rnd'], help: 'How many numbers the fixed random network outputs for each observation: what the predictor has to learn.' },
  { key: 'obsNorm', label: 'Normalise observations', kind: 'toggle', default: true, live: true,
    agents: CURIOUS, help: 'Feed the curiosity networks (x − mean)/std of each input, clipped to ±5, with running statistics.' },
  { key: 'rewardNorm', label: 'Normalise the intrinsic reward', kind: 'toggle', default: true, live: true,
    agents: CURIOUS, help: 'Divide the bonus by the running standard deviation of its discounted sum, so its scale stays steady as the raw errors shrink.' },
  { key: 'intrinsicEpisodic', label: 'Episodic curiosity', kind: 'toggle', default: false, live: true,
    agents: CURIOUS, help: 'Off (as in RND): novelty beyond the end of an episode still counts, so the agent is not afraid to end one. On: curiosity stops at each episode’s end.' },
  { symbol: '\\lambda', key: 'noveltyWeight', label: 'Novelty weight λ', kind: 'slider', min: 0, max: 1, step: 0.05, default: 0.5, live: true,
    agents: ['ppo-novelty'], help: 'On each success, a bonus of λ·(1 − mean similarity to past successful episodes): walking the same way to the same treasure again earns almost nothing extra.' },
  { key: 'similarity', label: 'Similarity', kind: 'select', options: ['cosine', 'overlap'], default: 'cosine', live: true,
    agents: ['ppo-novelty'], help: 'How alike two successful episodes are, each seen as the cells it passed through: the cosine of their visit counts, or the share of one’s cells the other also visited (an overlap, like SelfBLEU’s).' },
  { symbol: 'c_H', key: 'entropyCoef', label: 'Entropy bonus', kind: 'slider', min: 0, max: 0.1, step: 0.001, default: 0.01, live: true,
    agents: ['ppo', 'ppo-rnd', 'ppo-icm', 'ppo-novelty'], help: 'Weight of the policy’s entropy in the loss: the only exploration plain PPO has.' },
  { symbol: '\\eta', key: 'learningRate', label: 'Learning rate', kind: 'slider', min: 1e-4, max: 1e-2, step: 1e-4, scale: 'log', default: 1e-3, live: true,
    agents: ['ppo', 'ppo-rnd', 'ppo-icm', 'ppo-novelty'], help: 'Adam’s step size for every network.' },
  { key: 'rolloutSteps', label: 'Rollout length', kind: 'slider', min: 64, max: 1024, step: 64, scale: 'log', integer: true, default: 256, live: true,
    agents: ['ppo', 'ppo-rnd', 'ppo-icm', 'ppo-novelty'], help: 'Env steps per PPO update (4 epochs × 4 minibatches).' },
  { symbol: '\\beta', key: 'beta', label: 'β (count bonus)', kind: 'slider', min: 0, max: 0.2, step: 0.005, default: 0.01, live: true,
    agents: ['count-bonus'], help: 'The tabular reference’s bonus β/√n(s,a) for a pair tried n times.' },
] as const;

type P = ParamsOf<typeof controls>;

/** Steps before an episode is cut. */
const episodeSteps = (p: P) => (p.world === 'maze' ? 200 : 100);
const cellsOf = (p: P) => {
  const layout = curiosityLayout(p.world as CuriosityWorld);
  return layout.width * layout.height;
};

const curiousSettings = (bonus: CuriosityBonus, novelty: boolean) => (p: P): CuriousPpoSettings => ({
  ...CURIOUS_PPO_DEFAULTS, bonus, gamma: p.gamma, learningRate: p.learningRate, entropyCoef: p.entropyCoef, rolloutSteps: p.rolloutSteps,
  extrinsicCoef: p.extrinsicCoef, intrinsicCoef: p.intrinsicCoef, intrinsicGamma: p.intrinsicGamma, predictorFraction: p.predictorFraction,
  rndDim: p.rndDim, obsNorm: p.obsNorm, rewardNorm: p.rewardNorm, intrinsicEpisodic: p.intrinsicEpisodic,
  noveltyWeight: novelty ? p.noveltyWeight : 0, similarity: p.similarity as SuccessSimilarity, viewStates: cellsOf(p),
});

const PPO_RULE = '\\mathcal{L} = -\\mathbb{E}\\big[\\min(\\rho \\hat A, \\mathrm{clip}(\\rho, 1 \\pm \\epsilon)\\hat A)\\big] - c_H \\mathcal{H}[\\pi] + c_V \\textstyle\\sum (V - \\hat R)^2';
const A_RULE = '\\hat A = c_{\\mathrm{ext}} \\hat A_{\\mathrm{ext}} + c_{\\mathrm{int}} \\hat A_{\\mathrm{int}}';

export const curiosityRnd = defineDemo({
  ...demoCard('curiosity-rnd'),
  lesson: [
    'The treasure is 36 moves from the start through a maze. A random walk needs thousands of steps to stumble on it, and until it does, plain PPO has nothing to learn from but its entropy bonus.',
    'RND gives the agent a second reward: a fixed random network maps each observation to a few numbers, and a predictor learns to guess them. Where the agent has been often, the guess is good and the bonus small; where it has never been, the error is large. Watch the heatmap: the error burns down where the agent walks and leaves a bright frontier ahead of it.',
    'The bonus has its own value head and its own discount, and it is not cut at the end of an episode: an unexplored corridor is worth walking toward even if the episode will end first.',
    'Both the inputs and the bonus are normalised by running statistics. Turn the bonus normalisation off and its scale is whatever the raw errors happen to be: here hundreds of times the normalised bonus, well above the treasure’s reward at first, so the agent keeps exploring and seldom cashes in; the errors shrink as the predictor learns, and the balance drifts with them.',
    'The noisy TV shows a new random picture every step. With a few pictures, RND soon knows them all and moves on. A forward model that tries to predict the next picture can never succeed, so its error never fades: here it does not glue the agent to the screen, but the endless noise in its bonus drowns out the treasure. With hundreds of pictures even RND is fooled for a long time: it rewards what is new, not what can be learned.',
    'In the treasure field, curiosity is about outcomes: a novelty bonus on each success, smaller the more the episode resembles earlier successful ones (as in curiosity-driven red-teaming), turns an agent that always runs to the nearest treasure into one that spreads its successes over several.',
    'The tabular count bonus is the yardstick: with a table and a model it needs only tens of episodes. The networks must learn what “new” means from features, which costs more but is what scales to images.',
  ],
  controls,
  env: (p: P, rng) => new CuriosityMazeEnv({ world: p.world as CuriosityWorld, tv: p.tv, tvPatterns: p.tvPatterns }, rng),
  features: (env) => createCuriosityEncoder((env as CuriosityMazeEnv).layout),
  agents: [
    defineLoadedAgent({
      id: 'ppo', label: 'PPO (extrinsic only)',
      description: 'PPO on the treasure’s reward alone; its only exploration is the entropy bonus.',
      rule: PPO_RULE, settings: curiousSettings('none', false), load: loadCuriousPpo,
    }),
    defineLoadedAgent({
      id: 'ppo-rnd', label: 'PPO + RND',
      description: 'Adds the error of a predictor chasing a fixed random network as an intrinsic reward, with its own value head.',
      rule: `b_t = \\tfrac12\\lVert f(\\hat o_{t+1}) - \\hat f(\\hat o_{t+1})\\rVert^2,\\ \\ r^{\\mathrm{int}}_t = b_t/\\sigma(G^{\\mathrm{int}}),\\ \\ ${A_RULE}`,
      settings: curiousSettings('rnd', false), load: loadCuriousPpo,
    }),
    defineLoadedAgent({
      id: 'ppo-icm', label: 'PPO + ICM-lite',
      description: 'Adds the error of a forward model predicting the next state’s features (learned through an inverse model).',
      rule: `b_t = \\tfrac12\\lVert h(\\phi(s_t), a_t) - \\phi(s_{t+1})\\rVert^2,\\ \\ r^{\\mathrm{int}}_t = b_t/\\sigma(G^{\\mathrm{int}}),\\ \\ ${A_RULE}`,
      settings: curiousSettings('icm', false), load: loadCuriousPpo,
    }),
    defineAgent({
      id: 'count-bonus', label: 'Count bonus (tabular)',
      description: 'The reference: a table and a learned model, planned on with reward + β/√n(s,a); untried moves are worth the most.',
      rule: 'Q(s,a) = \\hat r(s,a) + \\beta/\\sqrt{n(s,a)} + \\gamma \\textstyle\\sum_{s\'} \\hat P(s\'\\mid s,a) \\max_{a\'} Q(s\',a\')',
      settings: (p: P): OptimisticModelSettings => ({
        variant: 'mbie-eb', gamma: p.gamma, horizon: episodeSteps(p), beta: p.beta, eta: 1, rewardFreeEpisodes: 0,
      }),
      create: createOptimisticModelBased,
    }),
    defineLoadedAgent({
      id: 'ppo-novelty', label: 'PPO + novelty on successes',
      description: 'Each success earns a bonus λ·(1 − its mean similarity to past successes), as curiosity-driven red-teaming rewards new attacks.',
      rule: 'r_T = r^{\\mathrm{ext}}_T + \\lambda\\big(1 - \\tfrac1{|\\mathcal A|}\\textstyle\\sum_{e\' \\in \\mathcal A} \\mathrm{sim}(e_T, e\')\\big)',
      settings: curiousSettings('none', true), load: loadCuriousPpo,
    }),
  ],
  defaultAgents: ['ppo', 'ppo-rnd', 'count-bonus'],
  stage: 'curiosity-rnd',
  x: 'episode',
  stepMetrics: ['explore/states-visited', 'explore/success', 'explore/tv-share', 'explore/treasures-found', 'explore/recent-treasures',
    'explore/first-success-episode'],
  learnMetrics: [
    'explore/intrinsic-reward', 'loss/curiosity', 'explore/novelty-bonus', 'loss/policy', 'loss/value', 'policy/entropy',
  ],
  charts: [
    { id: 'visited', title: 'Cells visited so far', metric: 'explore/states-visited', smoothing: 1 },
    { id: 'success', title: 'Share of runs that reached a treasure', metric: 'explore/success', smoothing: 10 },
    { id: 'intrinsic', title: 'Intrinsic reward per step (normalised)', metric: 'explore/intrinsic-reward', smoothing: 5 },
    { id: 'tv', title: 'Share of the episode at the TV', metric: 'explore/tv-share', smoothing: 5 },
    { id: 'treasures', title: 'Distinct treasures found', metric: 'explore/treasures-found', smoothing: 1 },
    { id: 'recent-treasures', title: 'Distinct treasures among the last 20 successes', metric: 'explore/recent-treasures', smoothing: 1 },
    { id: 'length', title: 'Steps per episode', metric: 'episode/length', smoothing: 10 },
    { id: 'entropy', title: 'Policy entropy', metric: 'policy/entropy', smoothing: 5 },
    { id: 'curiosity-loss', title: 'Curiosity module loss', metric: 'loss/curiosity', smoothing: 5 },
  ],
  // Figures measured with `npm run sim -- curiosity-rnd --preset <id> --episodes E --runs R` (seed 1), as noted.
  presets: [
    { id: 'rnd-frontier', label: 'RND burns down the frontier', agents: ['ppo', 'ppo-rnd', 'count-bonus'], params: {},
      description: 'Watch the map shaded by curiosity bonus: white where PPO + RND has walked, bright ahead of it. Over 300 episodes (3 runs) plain PPO saw 82 of the 103 cells and never learned the way; PPO + RND saw 101, every run reached the treasure by episode 210 and 63% of its last 30 episodes did. The tabular count bonus needs about 34 episodes.' },
    { id: 'no-normalization', label: 'Curiosity without reward normalisation', agents: ['ppo-rnd'], params: { rewardNorm: false },
      description: 'The raw error is now the reward: about 4 per step at first, against 2 for the treasure, and 0.1 to 0.2 late on: hundreds of times the normalised bonus. Exploration wins over the treasure: in 200 episodes (3 runs) every run found it, from episode 83 on average, yet only 18% of the last 20 episodes reached it, against 32% with normalisation on.' },
    { id: 'noisy-tv-icm-vs-rnd', label: 'Noisy TV: ICM vs RND', agents: ['ppo-rnd', 'ppo-icm'], params: { tv: true },
      description: 'A TV of 8 pictures by the start. RND spends 27% of its first 20 episodes there, then knows the pictures and moves on (under 8% after episode 20, mostly 2–4% after episode 60); 48% of its last 20 episodes reach the treasure (200 episodes, 2 runs). ICM cannot predict the next picture: its bonus never fades (it stays near 0.02 per step, while RND’s falls 30-fold) and the noise drowns the treasure: 2.5% success, against 68% with the TV off.' },
    { id: 'infinite-tv', label: 'A TV of 256 pictures', agents: ['ppo-rnd', 'ppo-icm'], params: { tv: true, tvPatterns: 256 },
      description: 'Too many pictures to learn by heart: RND keeps rewarding the screen and spends about 18% of each episode at the TV from episode 40 to 200, against 3% with 8 pictures, and its success rate passes 10% only around episode 150 instead of 90. RND rewards what is new, not what can be learned (200 episodes, 2 runs).' },
    { id: 'crt-diversity', label: 'Novelty on successes', agents: ['ppo', 'ppo-novelty'], params: { world: 'treasure-field', noveltyWeight: 1, similarity: 'overlap' },
      description: 'Eight treasures; plain PPO settles on the nearest one (1.3 different treasures among its last 20 successes after 1,000 episodes, 2 runs). Each success of PPO + novelty earns λ·(1 − its overlap with past successful walks), so repeating a route pays less: it spreads its successes over 3.8 treasures and finds 5.5 of the 8, against 4.' },
  ],
  defaultLength: { episodes: 300 },
  maxEpisodeSteps: episodeSteps,
});
