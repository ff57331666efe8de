// Study guides for the seed papers, written in our own words (never copied from an abstract): for each paper the
// problem it attacks, the idea that makes it work, what it showed and why it matters to a student of RL.
// tests/papers/paper-guides.test.ts checks lengths, links and years against shared/papers/seed-papers.txt and
// fails if a guide shares a run of 8 or more words with its abstract.
import type { PaperId } from './papers.ts';

export interface PaperLink { readonly label: string; readonly url: string }

export interface PaperGuide {
  /** Problem → idea → result → why it matters to a learner; 80–160 words. */
  readonly summary: string;
  /** The one idea, in one sentence. */
  readonly keyIdea: string;
  /** Only when the seed text states it. */
  readonly year?: number;
  /** URLs named in the abstract. */
  readonly links: readonly PaperLink[];
}

export const PAPER_GUIDES: Record<PaperId, PaperGuide> = {
  'd5rl': {
    summary:
      'Offline RL means learning a policy purely from a fixed log of past experience, with no new trial and error. Its popular benchmarks have grown too easy: scores sit near the ceiling and the tasks look little like real robot work. D5RL answers with a harder suite of simulated robot arms and legged robots modelled on real hardware. Its datasets come from several sources, such as scripted controllers and free-form “play” recorded by human operators, with either state vectors or camera images as input. Some tasks are built so that training from the log alone falls short and later online practice has to finish the job. The contribution is the testbed itself rather than a new algorithm. For a learner, the lesson is that the origin of the data shapes what offline RL can achieve: narrow demonstrations cover few states, so the policy meets unfamiliar situations (distribution shift) as soon as it strays.',
    keyIdea: 'A tougher offline-RL testbed pairs realistic robot simulations with logs from varied sources and checks both learning from logs and later online practice.',
    links: [{ label: 'Project page', url: 'https://sites.google.com/view/d5rl/' }],
  },
  'coplanner': {
    summary:
      'In Dyna-style RL the agent learns a model of how the world responds and trains its policy partly on imagined rollouts from it. The model is never perfect, and a policy can learn to exploit its errors. COPlanner plans a few steps ahead with a short-horizon controller (model predictive control) guided by the current policy and estimates how unsure the model is along each candidate plan. That single uncertainty estimate is used with opposite signs: as a penalty when imagining training data, so rollouts stay where the model can be trusted, and as a bonus when acting for real, so fresh data is gathered where the model is weak but reward looks promising. Added to existing model-based agents, it improved both sample efficiency and final performance on continuous-control tasks from joint readings or pixels. For a learner, uncertainty can mean “be careful” or “go and look”, depending on where mistakes are cheap.',
    keyIdea: 'Use the learned model’s uncertainty over several steps twice, avoiding it when imagining training data and seeking it when collecting real experience.',
    links: [],
  },
  'pixel-reasoner': {
    summary:
      'Writing out intermediate steps has helped language models reason, but every step is text, which suits questions about fine visual detail poorly. Pixel Reasoner gives a vision-language model visual operations, such as zooming into a region or picking a video frame, to call mid-reasoning. The model starts out clumsy with these tools and avoids them, so plain RL would rarely discover their value. Training therefore first imitates synthetic traces that use the tools, then runs RL with a curiosity-style reward that pays the model for trying the visual operations while it still uses them rarely. The resulting 7B open model reported the best open-source accuracy at the time on several visual benchmarks, for instance 84% on V* bench. For a learner, this is an exploration bonus escaping a trap: an option that starts weak is never practised, so it stays weak unless trying it is rewarded.',
    keyIdea: 'A curiosity bonus for under-used zoom and frame-selection tools keeps RL from abandoning a skill that starts out weak but later pays off.',
    links: [],
  },
  'infopower': {
    summary:
      'World models learned from camera images usually try to encode everything in the picture, so a moving background competes for capacity with the parts of the scene the agent can influence. InfoPower skips pixel reconstruction and learns its latent state and dynamics through mutual-information objectives (measures of how much one variable tells about another), plus a term inspired by empowerment. Empowerment is roughly how strongly the agent’s actions can steer its future; weighting it makes the representation capture controllable factors first and leave distractors for later. The same term also speeds exploration when rewards are sparse. On simulated robot tasks whose backgrounds show real video footage, it beat leading model-based methods in both sample efficiency and return. For a learner, it shows that representation and exploration are linked: what a model chooses to encode decides what the agent can notice, and “my actions matter here” is a signal a noisy TV cannot fake.',
    keyIdea: 'Learn the world model’s latent state by keeping first what the agent’s actions can influence, which also speeds exploration under sparse reward.',
    links: [{ label: 'Project page', url: 'https://sites.google.com/view/information-empowerment' }],
  },
  'effective-horizon': {
    summary:
      'RL theory mostly proves worst-case sample bounds for carefully exploring algorithms with simple function classes, yet deep RL often succeeds with random exploration and huge networks. The explanation offered here is that in many stochastic environments, starting from the Q-values of a uniformly random policy, a handful of value-iteration sweeps already make the greedy policy optimal. How many lookahead steps are needed is the “effective horizon”. This lets exploration and learning be separated, giving SQIRL: gather rollouts by acting randomly, then run a short, fixed number of fitted-Q backups with any regressor that generalises well in-distribution. The resulting sample bounds grow exponentially just in the effective horizon, and SQIRL’s results tracked those of PPO and DQN across many stochastic environments. For a learner, it reframes what makes exploration hard: not a long episode as such, but a greedy choice that only becomes right after looking many steps ahead.',
    keyIdea: 'Greedy action after a few value-iteration sweeps from a random policy’s Q-values often solves a task, and the sweeps needed predict deep RL’s difficulty.',
    links: [{ label: 'Code', url: 'https://github.com/cassidylaidlaw/effective-horizon' }],
  },
  'mex': {
    summary:
      'Online RL must balance exploration (trying uncertain options) against exploitation (using what looks best). Provably efficient algorithms with general function approximation usually need awkward machinery for this, such as optimising over confidence sets or elaborate posterior sampling. MEX (Maximize to Explore) replaces all that with one unconstrained objective: choose the hypothesis, a model or value function, that maximises its own optimal value minus a weighted penalty for how poorly it fits the observed data. Favouring hypotheses that promise high value while still explaining the data produces optimism automatically. The authors prove sublinear regret (total shortfall against the best policy grows slower than time), extend it to competitive two-player games, and build deep RL versions that beat baselines on sparse-reward MuJoCo tasks at lower compute cost. For a learner, MEX shows that optimism under uncertainty, familiar from UCB in bandits, can come from a single trade-off weight instead of explicit confidence bounds.',
    keyIdea: 'Explore by maximising one objective, a hypothesis’s optimal value minus a weighted data-fit loss, instead of building confidence sets or sampling posteriors.',
    links: [],
  },
  'rlsp': {
    summary:
      'Reasoning models now think at length before answering; what training recipe produces such search-like behaviour? RLSP (RL via Self-Play) uses three stages: fine-tune on demonstrations of reasoning, reward exploratory behaviour such as writing more intermediate steps, and run PPO with a verifier that checks whether the final answer is right. The central design choice is to keep the exploration reward and the correctness reward as separate signals and weigh them carefully, so the model is nudged to search without being able to cheat. In maths experiments it gave one 8B Llama model a 23% gain on MATH-500, and even the simplest step-count reward led models to backtrack, try alternative ideas and check their own work. For a learner, this is reward shaping with a catch: an exploration bonus helps discovery, but weighted too heavily it teaches long, wrong answers (reward hacking).',
    keyIdea: 'Train reasoning models with PPO on two separately balanced signals, a verifier for correctness and an exploration reward for thorough search.',
    links: [],
  },
  'fastrlap': {
    summary:
      'Can a small remote-control car learn to race from its own camera with RL on a real track, with no simulator, no expert demonstrations and nobody resetting it? FastRLAP combines three pieces. Its policy and value networks start from visual features pretrained on a large log of other robots navigating slowly in other places. One slow lap driven by the user is turned into a sequence of checkpoints that define the course. Online RL then practises reaching one checkpoint after another on its own and resets itself after crashes or failures. The cars learned several racing courses in under 20 minutes of real driving, picked up skills such as braking and accelerating around turns, and came close to a human driver using the same first-person view. For a learner, practical details matter: checkpoints turn a sparse lap reward into frequent progress signals, and automatic resets let the agent keep practising without supervision.',
    keyIdea: 'Pretrained navigation features, checkpoints taken from one slow lap and self-resetting practice let a real RC car learn fast driving within minutes.',
    links: [],
  },
  'vla-rl': {
    summary:
      'VLA models (vision, language and action in one network) control robots by imitating human demonstrations, but demonstrations visit few states, so the robot fails once the situation drifts outside them (out-of-distribution). VLA-RL improves a pretrained VLA with online RL, treating a manipulation episode like a multi-turn conversation between robot and scene. Because success rewards are sparse, a vision-language model is fine-tuned into a process reward model, which scores intermediate progress and learns from pseudo-labels on automatically cut sub-task segments. A task curriculum, batched decoding, parallel simulators and critic warm-up keep training stable and fast. On 40 LIBERO manipulation tasks, OpenVLA-7B trained this way beat the strongest fine-tuned baseline by 4.5% and matched some commercial models. For a learner, the pattern is imitation first and RL afterwards to repair distribution shift, with dense intermediate rewards for credit assignment and a warmed-up critic so early noisy updates do not wreck the pretrained policy.',
    keyIdea: 'Improve a pretrained imitation-learned robot policy with online RL, using a learned process reward model to densify sparse success signals.',
    links: [],
  },
  'safe-rl-minimal-supervision': {
    summary:
      'Safe RL asks an agent to learn without doing damage. A successful recipe first learns a safe set (states and actions judged safe) from offline data and then explores only inside it online, but that set is only as good as the data behind it. The authors measure how the amount and quality of offline data limit safe online learning when the goal is a wide region and demonstrations are scarce or absent. Instead of hand-built controllers or human demonstrations, they gather that data with unsupervised RL. The results show that too few demonstrations block learning an optimal safe policy, and the authors propose “optimistic forgetting”, an online safe-RL method meant for low-data settings. The unsupervised data also exposes a trade-off between varied and near-optimal data. For a learner, it ties safety to coverage: a safety filter built from narrow data forbids everything it has not seen, which can leave the goal out of reach.',
    keyIdea: 'Safe online RL is limited by the offline data that defines its safe set, and unsupervised exploration can supply that data without demonstrations.',
    links: [],
  },
  'metra': {
    summary:
      'Unsupervised RL learns a repertoire of behaviours without task reward, to speed up later tasks. Earlier methods either chase pure novelty, hopeless when there are too many transitions to visit, or learn skills that are merely distinguishable from one another (mutual-information skill learning), which gives no reason to travel anywhere. METRA instead learns a compact latent space whose distances match temporal distance, the number of steps needed to get from one state to another, and trains skills to head off in every direction inside it. Covering that small space roughly covers the world. Across five robot environments, for walking and for object handling, it found varied behaviours, and it was the first reward-free method to discover diverse gaits for Quadruped and Humanoid robots seen only through pixels. For a learner, METRA contrasts two intrinsic objectives: being distinguishable is not the same as going far, and a good notion of distance turns skill discovery into exploration.',
    keyIdea: 'Train skills to travel along all directions of a small latent space whose distances equal the steps between states, so the skills spread far apart.',
    links: [{ label: 'Project page', url: 'https://seohong.me/projects/metra/' }],
  },
  'dual-rl': {
    summary:
      'Maximising return can be rewritten as an optimisation over visitation distributions (how often the policy occupies each state and takes each action) under linear constraints; its dual, named dual RL, drops the constraints and is simpler to optimise. The authors show that several leading methods for offline RL and for imitation from logs are special cases of this view, which exposes why they fall short. Offline imitation methods quietly assume the data covers the expert’s behaviour; the new method ReCOIL drops that assumption and imitates from any logged data without training a discriminator. For offline RL, XQL also fits the framework, and the new f-DVL offers other losses in place of its Gumbel regression, which is known to train unstably. Both improved results on simulated robot tasks. For a learner, this opens the occupancy-measure view of RL, where value functions appear as Lagrange multipliers, and a reminder that the choice of loss decides training stability.',
    keyIdea: 'Many offline RL and imitation methods solve one dual problem over state-action visitation, and that shared form explains their failures and suggests stabler replacements.',
    links: [{ label: 'Project page', url: 'https://hari-sikchi.github.io/dual-rl' }],
  },
  'words-as-beacons': {
    summary:
      'When reward arrives only at the end of a task, an RL agent can wander for a very long time before it sees any signal. Here a large language model acts as a teacher during training: given a text description of the environment, it breaks the task into subgoals much as a person would. Three kinds of subgoal are tried: a target position relative to the agent, an object to reach, and a free-text instruction. The student is rewarded for reaching them, and the teacher is removed after training, so the final policy needs no LLM. Tested with three open LLMs on procedurally generated MiniGrid levels, training converged between 30 and 200 times faster, in environment steps, than recent sparse-reward baselines. For a learner, this is reward shaping through subgoals, a way to ease credit assignment over long horizons, with the caveat that hints are only as good as the teacher’s grasp of the task.',
    keyIdea: 'A language model breaks a sparse-reward task into subgoals that reward the agent during training only, so the trained policy acts without it.',
    links: [],
  },
  'mbrcsl': {
    summary:
      'Q-learning and other dynamic-programming methods can diverge with function approximation unless the function class is Bellman complete: a Bellman backup of any member must land back in the class. RCSL, return-conditioned supervised learning, trains a policy to reproduce logged actions given the return that followed; it needs no such condition and converges under milder, supervised-style assumptions. The authors prove that in one natural environment a two-layer network must grow with the number of states to be Bellman complete, while RCSL gets by with a fixed width. RCSL’s weakness is that it cannot stitch pieces of different trajectories into a better one. MBRCSL restores stitching: learn a dynamics model, sample many synthetic rollouts, keep the high-return ones and run RCSL on them. It beat leading offline methods on simulated robotics tasks. For a learner, it contrasts two ways to learn from logs: bootstrapping enables stitching but can diverge, while supervised learning is stable but only copies what exists.',
    keyIdea: 'Supervised learning conditioned on return does not require Bellman completeness, and filtered rollouts from a learned model give it the stitching it otherwise lacks.',
    links: [],
  },
  'go-explore': {
    summary:
      'Atari’s Pitfall and Montezuma’s Revenge give rare or misleading rewards, and even agents with intrinsic-motivation bonuses scored poorly on them. Go-Explore rests on three principles: keep an archive of states already reached; return to a promising one first, without exploring on the way, and only then branch out; and in a simulator, find a solution by any means, such as making the game deterministic, then make it robust to randomness with imitation learning. On Montezuma’s Revenge it averaged above 43k points, close to four times the previous best, and with human domain knowledge it beat the human world record; on Pitfall, again with such knowledge, it was the first method to get a positive score. For a learner, it exposes two weaknesses of curiosity bonuses, losing track of frontiers found earlier and being knocked off course by random actions on the way back, and shows how remembering and returning fixes both.',
    keyIdea: 'Remember the states you have reached, return to promising ones before exploring further, and turn the solutions found into a robust policy by imitation.',
    links: [],
  },
  'spatial-reasoning-planning': {
    summary:
      'How can embodied agents (robots or game characters acting in a world) plan toward distant goals and carry what they learn to new situations without huge amounts of trial and error? The thesis answers with four data-driven systems that reason about space and plan. CALVIN is a differentiable planner that learns rewards and transitions from expert demonstrations and found its way through partially observed 3D mazes and rooms. SOAP discovers options, reusable sub-policies that split a long task into stages, without supervision. LangProp has an LLM write and refine code that serves as the policy, which equalled or beat hand-coded driving experts in the CARLA simulator. Voggite, a Minecraft agent built on a transformer mapping images to actions, took third place at the MineRL BASALT contest. For a learner, the common thread is structure that makes long horizons manageable: learned models enable planning, options shorten the chain of decisions, and readable policies make behaviour easier to check.',
    keyIdea: 'Learned planners, unsupervised options and code-writing language models each add structure that helps embodied agents plan over long horizons and transfer to new scenes.',
    links: [],
  },
  'sequoia': {
    summary:
      'RL struggles when each decision combines many choices under constraints, because the set of allowed actions is enormous and may itself need an optimisation problem to describe. SEQUOIA embeds a trained Q-network inside a mixed-integer program (an optimiser over discrete variables with constraints), so each step picks the feasible joint action with the best estimated long-term value. The setting is restless bandits: many arms whose states change whether or not they are chosen. The new coRMAB class adds constraints that tie arms together, so the usual trick of scoring each arm on its own no longer works. On four such problem families, with constraints like matching or limited capacity, SEQUOIA beat existing methods by 24.8% on average. For a learner, it shows how value-based RL can handle structured action spaces: the argmax over actions becomes an optimisation problem in its own right.',
    keyIdea: 'Pick each combinatorial action by solving an integer program that contains the trained Q-network, so constraints and long-term value are handled together.',
    links: [],
  },
  'vigorl': {
    summary:
      'RL on chains of thought has boosted language models in maths and coding, but visual reasoning also demands knowing where to look and tying each argument to evidence in the image. ViGoRL trains a vision-language model with RL so that every reasoning step names specific image coordinates, pointing its attention at the relevant region. When finer detail is needed, a multi-turn setup lets the model zoom into the coordinates it predicted and keep reasoning on the close-up. On benchmarks for spatial reasoning, visual search and web-interface grounding, it beat supervised fine-tuning as well as RL without grounding, reaching 86.4% on V*Bench, and grounding brought out further habits such as exploring regions, setting subgoals and checking its own work. For a learner, it shows how the shape of an action shapes credit assignment: when each step must point somewhere checkable, behaviour becomes easier to reward and to inspect.',
    keyIdea: 'Use RL to make a vision-language model tie each reasoning step to image coordinates, zooming in over several turns when more detail is needed.',
    links: [],
  },
  'quality-diversity': {
    summary:
      'With sparse rewards an agent must explore before it can learn anything, and standard agents often fail. Quality-Diversity methods, and Novelty Search in particular, attack exploration by rewarding behaviour that differs from what has been seen before, setting reward aside. The contributions here make them rely less on hand-given prior knowledge. TAXONS learns the space in which behaviours are compared with an autoencoder instead of a hand-designed descriptor, and the thesis then summarises entire observation sequences, using the signature transform, so nobody has to choose when to take a snapshot. SERENE alternates two phases: novelty-driven exploration, then local exploitation of any reward found by “emitters” (small focused searches). STAX joins the two. For a learner, these methods split exploring from exploiting differently from bonus-based RL: they keep a whole population of diverse policies, so exploration does not hinge on one agent’s curiosity.',
    keyIdea: 'Search for diverse behaviours first, in a learned behaviour space, and exploit rewards only locally once novelty search has found them.',
    links: [],
  },
  'semi-supervised-offline-rl': {
    summary:
      'Real logs rarely arrive in one tidy format; often only some trajectories record the actions taken. The authors pose a semi-supervised offline RL problem: a labelled set with states, actions and rewards, plus unlabelled trajectories with states and rewards but no actions. The pipeline is simple: fit an inverse dynamics model, which predicts the action that led from one state to the next, on the labelled data; use it to fill in proxy actions for the rest; then train any offline RL method on everything. On several D4RL benchmarks, some offline RL methods matched fully labelled training even when just 10% of the trajectories, all of low quality, carried actions. A large controlled study then maps how dataset properties interact with design choices. For a learner, it shows a common data trick: when a label is missing, learn a model that predicts it, and accept that its errors become noise in the training data.',
    keyIdea: 'Fill in missing actions with an inverse dynamics model trained on the labelled trajectories, then train a standard offline RL method on the completed data.',
    links: [],
  },
  'carl': {
    summary:
      'In self-driving planning with privileged inputs (the true positions of all road users), the best systems are still hand-written rules, which cope poorly with rare situations. RL could scale further and, unlike imitation, does not pile up its own small errors, yet current driving RL sums many shaped terms for progress, position and heading. The authors find that PPO fails to optimise one popular such reward once mini-batches grow, which blocks scaling. CaRL instead rewards mainly route completion; an infraction either ends the episode or scales the completion score down. With this reward PPO improves as batches grow, so one 8-GPU machine could train it on 300M CARLA samples and 500M nuPlan samples; the result reached a driving score of 64 on CARLA longest6 v2 and was the best learned planner on nuPlan. For a learner, it warns that elaborate reward shaping can clash with optimisation, and a simple objective can be easier to scale.',
    keyIdea: 'Reward a driving agent mainly for completing its route, with infractions ending or shrinking that reward, so PPO keeps improving as batches grow.',
    links: [],
  },
  'snapshot-rl': {
    summary:
      'Deep RL needs many samples and much compute, and reusing earlier work such as trained policies or old trajectories usually means rewriting the algorithm for each case. Snapshot RL changes only the environment: the student agent may begin episodes from states picked out of a teacher’s trajectories, so early in training it reaches regions of the state space it could not yet get to on its own. The baseline S3RL implements this on top of unmodified algorithms. Added to PPO, SAC and TD3 on MuJoCo tasks, it improved both sample efficiency and mean return at no extra cost in samples or compute. For a learner, this is a start-state curriculum: where episodes begin strongly shapes what the agent explores, but success must still be measured from the real start, since a policy that only ever begins near the goal may never learn the first steps.',
    keyIdea: 'Let the learner start episodes from states along a teacher’s trajectories, changing only the environment and leaving the RL algorithm untouched.',
    links: [],
  },
  'toolchain': {
    summary:
      'LLM agents solve tasks by calling tools such as APIs one after another, and the number of possible call sequences explodes. Existing approaches either commit to one direction and get stuck in a poor solution, or try nearly every option and waste effort. ToolChain* treats the space of plans as a decision tree whose nodes are single API calls and searches it with A*: each branch is ranked by its cost so far plus a task-specific estimate of the cost still to come, so costly branches that probably contain wrong calls are pruned early. Across several benchmarks it beat strong baselines by 3.1% (planning) and 3.5% (reasoning) on average, while taking 7.35 and 2.31 times less time. For a learner, it links LLM agents to classical search: a heuristic is a kind of value estimate, and its quality decides how much of a huge action space has to be explored.',
    keyIdea: 'Search the tree of possible tool calls with A*, using a task-specific cost and heuristic to prune unpromising branches before expanding them.',
    links: [],
  },
  'offline-rl-vlm-feedback': {
    summary:
      'Offline RL learns from previously collected, imperfect data, which suits real robots where fresh trials are slow or risky, but most methods assume every transition already carries a reward, and hand-labelling rewards takes much effort, especially when the true state is hard to measure. Building on RL-VLM-F, this system asks a vision-language model which of two observations shows more progress, given a written statement of the goal; those preferences train a reward function that labels the whole dataset, and Implicit Q-Learning (IQL) then learns the policy. It produced a working policy for a real robot-assisted dressing task from sub-optimal data, and in simulated tasks with rigid and soft objects it clearly beat behaviour cloning and inverse RL. For a learner, it shows that a reward can be learned from comparisons (preference learning, as in RLHF), and that a biased judge will lead to biased behaviour.',
    keyIdea: 'Label an unlabelled robot dataset with a reward learned from pairwise judgements by a vision-language model, then train offline RL on the labels.',
    links: [],
  },
  'h2o': {
    summary:
      'Simulators are cheap but simplified, so policies trained in them can fail on the real system (the sim-to-real gap); offline RL avoids the simulator but needs large datasets covering most states and actions. H2O combines both sources: a small fixed real dataset plus unrestricted simulator rollouts. Its policy evaluation is aware of dynamics: where the estimated gap between simulated and real dynamics is large for a state-action pair, Q-values learned from simulated data there are penalised, adaptively, so the agent trusts the simulator only where it agrees with reality. In simulated and real-robot experiments, supported by theory, it outperformed other methods that mix domains online or offline. For a learner, it is a concrete treatment of model mismatch: data from a wrong model is not worthless, but it must be weighted by how trustworthy it is, as in conservative model-based RL.',
    keyIdea: 'Learn from a small real dataset and a flawed simulator together, penalising simulated state-actions where the estimated dynamics gap is large.',
    links: [],
  },
  'intelligent-go-explore': {
    summary:
      'Go-Explore solves hard exploration by archiving states and returning to promising ones, but a human has to design what makes a state promising, which is slow and often impossible. Intelligent Go-Explore hands that judgement to a large foundation model with a human-like sense of interestingness: a new object, a new place or a new behaviour stands out even where no simple rule captures it, and the model can also seize lucky discoveries nobody predicted. On text-based tasks it hit full success on the Game of 24 puzzle 70.8% sooner than the strongest standard graph search, beat the previous best on BabyAI-Text using far fewer online samples, and succeeded on long TextWorld tasks where earlier foundation-model agents failed. For a learner, it shows that exploration hinges on the definition of novelty: hand-made cell definitions are crude proxies, and a better judge of what is interesting can shrink the search a lot.',
    keyIdea: 'Let a foundation model decide which archived states are interesting and worth returning to, replacing Go-Explore’s hand-designed heuristics.',
    links: [],
  },
  'srl': {
    summary:
      'Leading RL controllers often need to act far faster than a human reacts, which is hard to achieve on real hardware. Sequence RL (SRL) lets the actor output a whole sequence of actions from one observation, so the controller decides less often. The catch is credit assignment inside the sequence. During training a learned model predicts the states between the individual actions, and the critic uses those predictions, called temporal recall, to score each action separately. After training the actor runs on its own, so deployment at the slow rate is model-free. On continuous-control tasks SRL matched leading algorithms with fewer actor samples, and on a new Frequency-Averaged Score, which averages performance across decision rates, it clearly beat standard RL and also online planning with the same model. For a learner, it shows the cost of acting on a coarse time scale and how a model can supply per-action credit for open-loop action chunks.',
    keyIdea: 'An actor emits a whole action sequence per decision, and a learned model fills in intermediate states during training so each action gets its own credit.',
    links: [],
  },
  'drm': {
    summary:
      'Visual RL for continuous control is still weak in sample efficiency, final performance and robustness across random seeds. The authors notice that agents often stay almost motionless early in training, and that this inactivity goes with many dormant neurons, units of the policy network that barely fire. The dormant ratio, the share of such units, tracks how active the agent is even without looking at rewards. DrM uses it to steer the balance between exploring and exploiting through three mechanisms that push the ratio down. On DeepMind Control, MetaWorld and Adroit it improved sample efficiency and final performance with none of its 76 seeds failing, and it was the first model-free method from pixels to reliably solve DeepMind Control’s Dog and Manipulator tasks and three dexterous hand tasks without demonstrations. For a learner, it connects exploration to network health: a network that loses plasticity, its ability to keep learning, also stops exploring.',
    keyIdea: 'Measure the share of near-silent neurons in the policy network and act to keep it low, which revives exploration in visual RL.',
    links: [],
  },
  'gui-bee': {
    summary:
      'GUI action grounding means mapping an instruction such as “open settings” to the right element on a screen. Models fine-tuned on large GUI datasets work on the interfaces they saw but get worse on new ones. GUI-Bee is a multimodal LLM agent that explores an unfamiliar interface on its own, gathers grounding data specific to it, and keeps fine-tuning the grounding model on that data. Its exploration uses Q-ICRL, in-context RL in which value estimates (Q-values) steer the agent toward efficient exploration and useful data. A new benchmark, NovelScreenSpot, measures how well such data adapts grounding models to unseen environments; the experiments show the collected data helps, and an ablation confirms that Q-ICRL makes exploring more efficient. For a learner, it treats exploration as data collection for supervised learning: exploring pays off when it yields useful labels, a loop the sandbox shows in its archive and relabelling demos.',
    keyIdea: 'An agent explores a new interface with value-guided in-context RL to collect data that adapts a screen-grounding model to that interface.',
    links: [{ label: 'Project page', url: 'https://gui-bee.github.io' }],
  },
  'serl': {
    summary:
      'Robot RL can now learn from images, in the real world, with demonstrations and prior data, yet practitioners agree that implementation details often matter as much as which algorithm is picked, which keeps these methods hard to use. SERL is a carefully built library: an off-policy deep RL learner tuned for few samples, reward detectors, automatic scene resets, a good controller for a popular robot arm, and example tasks. With it, policies for assembling circuit boards, routing cables and moving objects trained in about 25 to 50 minutes each on average, succeeded on all or nearly all trials, stayed robust to disturbances and showed recovery behaviour nobody programmed, beating reported results on similar tasks. For a learner, it is a reminder that RL success depends on plumbing: reward classifiers, automatic resets and how demonstrations are mixed into replay batches decide whether learning on a real robot is practical.',
    keyIdea: 'A carefully engineered open library of off-policy RL, reward classifiers, resets and controllers makes sample-efficient learning on real robots practical.',
    links: [{ label: 'Project page', url: 'https://serl-robot.github.io/' }],
  },
  'sim-to-real': {
    summary:
      'Deep RL controllers have made walking and humanoid robots very agile, helped by simulators like Isaac Sim from NVIDIA, but policies that rely on exteroception, sensing the surroundings with cameras or range sensors, are less standardised and harder to reproduce than those using the robot’s own joint readings. The authors build a base pipeline for learned, sensor-to-command navigation around obstacles: train a custom robot in Isaac Sim, test it in Gazebo, and run it in real time on physical robots through ROS 2. Policies moved to real robots zero-shot, with no further training, generalised to other simulated robots, and performed on par with Nav2, the standard ROS navigation stack. For a learner, it shows the practical side of the sim-to-real gap: a policy should be checked across simulators and robot bodies before anyone trusts it on real hardware with real sensors.',
    keyIdea: 'A reproducible pipeline trains end-to-end navigation policies in Isaac Sim, checks them in Gazebo and deploys them unchanged on real ROS 2 robots.',
    links: [{ label: 'Code', url: 'https://github.com/sahars93/RL-Navigation' }],
  },
  'xpo': {
    summary:
      'RLHF (RL from human feedback) tunes language models on preference judgements; online versions keep asking for feedback during training. Exploring well there could carry a model past its pretrained habits, but standard RL exploration is costly or statistically awkward for language models. XPO (Exploratory Preference Optimization) adds one line to online DPO (Direct Preference Optimization): an exploration bonus that pushes the policy beyond what the initial model and the feedback data already cover. The analysis uses the fact that DPO implicitly approximates the optimal Q-function, treating training as a KL-regularised MDP. The authors prove XPO learns a near-optimal policy sample-efficiently under natural conditions even when the starting model covers good answers poorly, and a first experiment found it needed fewer samples than DPO without exploration. For a learner, it carries optimism in the face of uncertainty into preference learning: without a bonus, training stays inside what the reference model already says.',
    keyIdea: 'Add an exploration bonus to online DPO so preference training deliberately probes responses the reference model rarely produces.',
    links: [],
  },
  'adversarial-surprise': {
    summary:
      'Unsupervised RL tries to learn useful behaviour without designing rewards, but curiosity methods can be captured by parts of the world that are random and uncontrollable, such as a noisy TV. Adversarial Surprise sets two policies sharing one body against each other over observation entropy, a measure of how unpredictable the agent’s view is. The Explore policy takes the body to states that surprise the Control policy; Control then tries to bring things back to familiar, predictable states. The contest drives the pair toward ever more surprising regions while forcing them to master those. The authors prove that the method maximises coverage of the hidden state when observations are noisy (block MDPs), and in experiments meaningful skills emerged, and it explored and transferred to new tasks better than leading unsupervised methods. For a learner, it contrasts seeking surprise with minimising it and shows how a game between them sidesteps the noisy-TV trap of pure novelty bonuses.',
    keyIdea: 'Two policies take turns controlling one body, one seeking surprise and one suppressing it, so exploration favours what can be mastered over pure noise.',
    links: [],
  },
  'entropy-mechanism': {
    summary:
      'When LLMs are trained with RL for reasoning and entropy is left unmanaged, policy entropy, the spread of the model’s token choices, drops sharply early and performance stalls with it. The authors fit an empirical law linking the two, R = −a·exp(H) + b, which implies that performance is bought with entropy and that its ceiling is predictable once entropy hits zero. They then derive that, under policy-gradient-style updates, entropy changes with the covariance between how likely a token is and how much its logit moves, which scales with its advantage; measured values matched the theory and stayed mostly positive, explaining the steady decline. Two fixes follow: Clip-Cov freezes the updates of a few high-covariance tokens, and KL-Cov puts a KL penalty on them. Both kept exploration alive and improved final results. For a learner, it explains entropy collapse mechanically: confident actions with positive advantage keep sharpening, so a softmax policy narrows unless something intervenes.',
    keyIdea: 'Entropy falls when likely tokens also get positive advantage, so limiting updates on high-covariance tokens prevents entropy collapse and keeps exploration going.',
    links: [],
  },
  'submodular-rl': {
    summary:
      'Standard RL sums rewards state by state, each ignoring what came before. In tasks like covering an area, designing experiments or planning informative sensor paths, rewards show diminishing returns: a state similar to ones already visited is worth less. Submodular RL (SubRL) models such rewards with submodular set functions, which score a set of visited states with exactly this property. Even in tabular problems the general case is hard to approximate, but SubPO, a policy-gradient method, tackles it greedily by rewarding the marginal gain of each new state given the history. Under some assumptions it recovers the best constant-factor guarantees known for submodular bandits, and a natural policy gradient variant reaches large spaces. Tests on wildlife monitoring, experiment design and coverage showed good sample efficiency and scalability. For a learner, it is a reward that depends on history, close to a count-based exploration bonus: a visit is worth less once similar states are covered.',
    keyIdea: 'Let rewards have diminishing returns over the set of visited states and optimise them with a policy gradient on each step’s marginal gain.',
    links: [],
  },
  'survey-llm-agents': {
    summary:
      'LLM-based agents now make autonomous decisions in interactive tasks, yet plain prompting or generic fine-tuning often falls short on what agents need most: long-term planning, adapting during interaction and complex decisions. The authors sort the methods that optimise such agents into two families. Parameter-driven methods change the model’s weights through fine-tuning, RL or hybrids of both, and are compared by how trajectory data is built, which fine-tuning technique is used, how rewards are designed and which optimiser is chosen. Parameter-free methods leave the weights alone and improve behaviour through prompt engineering or by retrieving outside knowledge. The survey also lists datasets and benchmarks, reviews applications and discusses open problems. For a learner, it is a map that places RL among the other ways to improve an agent and shows where classic RL questions, such as reward design and credit across many turns, reappear with LLMs.',
    keyIdea: 'Methods that improve LLM agents either change the weights, by fine-tuning or RL, or leave them fixed and work through prompts and retrieval.',
    links: [{ label: 'Reference list', url: 'https://github.com/YoungDubbyDu/LLM-Agent-Optimization' }],
  },
  'open-rl-benchmark': {
    summary:
      'RL papers judge algorithms by learning curves, but the raw data behind those curves is rarely released, so comparisons usually mean rerunning experiments from scratch, which is slow and error-prone. Open RL Benchmark is a community collection of fully tracked runs: besides episodic return it stores every algorithm-specific and system metric, the full hyperparameters and the exact dependency versions, so each run can be reproduced precisely. When described it held over 25,000 runs, more than 8 years of combined running time, spanning many RL codebases, and a command-line tool fetches data and draws figures. Two case studies show it in use. For a learner, it teaches evaluation habits: RL results vary a lot with seeds and implementation details, so a claim is only as strong as the logged runs, settings and versions behind it.',
    keyIdea: 'Publish every RL run with all its metrics, settings and dependency versions, so others can reuse and reproduce results instead of rerunning them.',
    links: [],
  },
  'archer': {
    summary:
      'Many LLM uses are agent tasks that span several turns, such as browsing the web, calling tools or helping a customer, yet most RL for LLMs rewards one reply at a time. Single-turn methods cannot learn to gather information across turns, credit earlier turns for later outcomes or reason about past actions. ArCHer runs two RL algorithms at once: at the high level, an off-policy value-based learner estimates the value of whole utterances and spreads reward across turns; at the low level, a token policy is trained inside each turn against that value function, keeping the flexibility of single-turn methods like PPO. On agent tasks it was about 100 times more sample-efficient than existing methods and kept improving with model size up to 7 billion parameters. For a learner, it shows how a hierarchy splits credit assignment: one learner handles long horizons and delayed reward between turns, another handles the choices within a turn.',
    keyIdea: 'Train LLM agents with two nested RL learners, a value-based critic over whole turns and a token-level policy guided by it within each turn.',
    links: [],
  },
  't1': {
    summary:
      'Reasoning in LLMs is often trained by imitation, which scales poorly at test time, and RL attempts had brought only small gains on hard problems. T1 aims to scale RL through exploration. It first fine-tunes on synthetic chains of thought that contain trial and error plus self-checking, then raises sampling diversity by drawing extra responses per prompt, adds an extra loss term that rewards entropy, and regularises with a dynamic anchor, a moving reference that keeps updates in check while reward is optimised. With a Qwen2.5-32B base, T1 beat QwQ-32B-Preview on three hard maths benchmarks, AIME2024 among them, and a larger inference budget directly gave better answers without any extra verification step. For a learner, this is the classic entropy trade-off: a bonus keeps the policy exploring, while an anchor stops it drifting too far, and letting the anchor move keeps it from freezing progress.',
    keyIdea: 'Scale RL for reasoning by keeping exploration alive with oversampling and an entropy bonus, while a moving anchor regularises the policy.',
    links: [{ label: 'Code', url: 'https://github.com/THUDM/T1' }],
  },
  'observation-histories': {
    summary:
      'Offline RL can beat its data by stitching: combining the best pieces of different suboptimal trajectories where they pass through similar states. In navigation or dialogue the state is partly hidden and hard to define, so policies and values condition on the history of observations instead. Two trajectories almost never share a history, so it is unclear whether stitching still works. The authors prove that standard offline RL on histories can indeed need very many samples, and give sufficient conditions for efficiency: the agent must learn a compact summary of the history that keeps only what matters for choosing actions. A bisimulation loss measures this, and optimising it explicitly improves worst-case sample complexity. In experiments the loss either helped or was already low after standard training, and low values went with good performance. For a learner, it links stitching to representation: data is reused only where the agent recognises two situations as equivalent.',
    keyIdea: 'Offline RL on observation histories stitches trajectories efficiently only if it learns a compact, action-relevant summary, which a bisimulation loss encourages.',
    links: [],
  },
  'modem-v2': {
    summary:
      'Robots in ordinary, uninstrumented spaces must rely on their own cameras. Learning from pixels with only sparse rewards makes exploration in contact-rich manipulation very hard, and unguided exploration on real hardware can cause dangerous failures, so such systems usually stay in simulation or heavily engineered setups. MoDem-V2 traces these limits to their causes and learns such skills on real hardware, combining model-based RL, bootstrapping from demonstrations and careful exploration. Its ingredients for using demonstrations safely are exploration centering (keeping early exploration close to demonstrated behaviour), agency handover (gradually passing control from the imitation policy to the learned planner) and actor-critic ensembles. Experiments on four camera-based manipulation tasks, in simulation and on a real robot, show that each ingredient helps, and the authors call it the first demonstration-boosted visual model-based RL system trained on real hardware. For a learner, it shows exploration shaped by safety: start near what the demonstrations did and widen the search gradually.',
    keyIdea: 'Learn camera-based manipulation on a real robot with model-based RL seeded by demonstrations, keeping exploration near them and handing control over gradually.',
    links: [{ label: 'Project page', url: 'https://sites.google.com/view/modem-v2' }],
  },
  'lmrl-gym': {
    summary:
      'Prompted LLMs write fluent text but rarely act like goal-directed agents: in conversations they seldom ask clarifying questions, gather information on purpose, or choose a move now because it pays off several turns later. RL could teach such behaviour, for instance persuading someone over a dialogue or winning a text game, but that first needs stable algorithms, and building them needs tasks that measure progress reproducibly across many kinds of challenge. LMRL-Gym supplies 8 language tasks that each take several rounds of interaction, spanning free-form conversation and text games, plus an open-source toolkit with offline multi-turn RL baselines of both the value and the policy kind. It is a benchmark paper, so the contribution is the task suite and tools rather than a new algorithm. For a learner, it makes delayed reward concrete: a good question earns nothing now but improves the final outcome, which is exactly what credit assignment across turns must capture.',
    keyIdea: 'A suite of eight multi-turn dialogue and text-game tasks, with starter RL code, for measuring how well RL trains goal-directed language agents.',
    links: [],
  },
  'one-shot-rlvr': {
    summary:
      'RL with verifiable reward (RLVR) trains an LLM on problems whose answers can be checked automatically. One training example can be enough. On Qwen2.5-Math-1.5B, RLVR on a single well-chosen problem lifted MATH500 accuracy to 73.6% from 36.0%, and the mean over six maths benchmarks to 35.7% from 17.6%, roughly what a 1.2k-example subset achieved. Similar gains appeared with other models, with GRPO and PPO, and with many other single examples. The authors also saw transfer to other domains, more self-reflection, and test accuracy that kept climbing after training accuracy had saturated, which they name post-saturation generalization. The effect comes mainly from the policy-gradient loss, and encouraging exploration, for example through a well-weighted entropy loss, is essential; an entropy loss alone, with no reward at all, lifted MATH500 by 27.4%. For a learner, it suggests RLVR often draws out abilities the base model already has, and that entropy controls how long the policy keeps exploring.',
    keyIdea: 'RL with a checkable reward on just one maths problem can improve an LLM’s reasoning about as much as training on a thousand.',
    links: [{ label: 'Code', url: 'https://github.com/ypwang61/One-Shot-RLVR' }],
  },
  'spring': {
    summary:
      'Open-world survival games like Crafter and Minecraft demand juggling many tasks, deep exploration and sensible priorities, and RL needs enormous numbers of samples to cope. SPRING skips training altogether: an LLM reads the research paper that introduced the game, given as LaTeX source, together with a description of what the agent currently sees. It then answers a set of questions about the game arranged as a directed acyclic graph, in dependency order, and the answer to the last question maps directly onto an action. In Crafter, comparing prompts showed that consistent chain-of-thought prompting helps the model carry out complex high-level plans. With no training at all, SPRING with GPT-4 beat every leading RL baseline, each given 1M training steps. For a learner, it is a contrast case: prior knowledge written in text can replace much of the exploration an RL agent must do from scratch, which is why hint-giving teachers and LLM priors speed up sparse-reward learning.',
    keyIdea: 'An LLM reads the game’s paper and reasons through a graph of dependent questions to choose each action, with no RL training at all.',
    links: [],
  },
  'neorl-2': {
    summary:
      'Offline RL learns from logged data without touching the environment. The earlier NeoRL benchmark showed that real-world datasets tend to be narrow and conservative; years of applying offline RL since then revealed more difficulties: logs from deployed controllers that barely vary their behaviour, actions whose effects arrive late, transitions disturbed by outside factors nobody controls, and safety constraints over the whole trajectory that are hard to check while deciding. NeoRL-2 packages these into seven simulated tasks, each with one dataset and its own simulator for evaluation. Leading offline RL methods run on it often failed to beat the very policy that collected the data. For a learner, it shows why coverage matters: if the logging policy never tried an action, no offline algorithm can tell how good that action is, and staying conservative then means barely improving on the logger.',
    keyIdea: 'Offline-RL benchmarks should include the messiness of real deployments, such as narrow logs, delays, outside disturbances and global safety limits.',
    links: [{ label: 'Project page', url: 'https://github.com/polixir/NeoRL2' }],
  },
  'groove': {
    summary:
      'Deep RL has advanced mostly through algorithms designed by hand. Meta-learning can instead discover the update rule itself, as the LPG method (Learned Policy Gradient) did, but such learned algorithms generalise poorly to unseen environments. The authors study how the set of meta-training environments shapes that generalisation. Borrowing from UED (Unsupervised Environment Design), where a teacher generates environments that challenge a learner, GROOVE builds curricula automatically by choosing environments where the meta-learned optimiser has high regret, the gap between what it achieves and what is achievable. Since true regret is unknown, they introduce algorithmic regret (AR) as a stand-in. GROOVE generalised better than LPG, and AR proved a key ingredient when compared with standard UED scores. For a learner, it highlights that what an agent, or even a learning algorithm, picks up depends on the tasks it trains on; choosing tasks at the edge of its ability is a curriculum idea that recurs across RL.',
    keyIdea: 'Meta-learn an RL update rule on a curriculum of environments chosen adversarially, where an estimate of the learned algorithm’s regret is highest.',
    links: [],
  },
  'dataset-perspective-offline-rl': {
    summary:
      'An offline RL policy can be no better than its fixed dataset allows, yet how dataset properties affect algorithms had barely been studied. Those properties come from the behaviour policy that collected the data, which can be exploratory, revealing much about the MDP, or exploitative, earning high return. Two measures capture this for deterministic MDPs: SACo, the normalised count of distinct state-action pairs, for exploration, and TQ, the normalised mean trajectory return, for exploitation. Large experiments with these measures show that unconstrained off-policy methods of the DQN family need high-SACo data to find good policies, that algorithms which constrain the policy toward the data do well when both TQ and SACo are high, and that plain behaviour cloning rivals the best offline RL on high-TQ data. For a learner, it gives two simple numbers for reasoning about coverage versus quality: imitate when the data is good, use RL when the data is diverse.',
    keyIdea: 'Two dataset measures, coverage of state-action pairs and average return, predict which offline RL algorithm will work best.',
    links: [],
  },
  'inference-time-scaling': {
    summary:
      'RL after pretraining depends on accurate rewards, which are easy for checkable questions but hard for open-ended ones. The authors ask how a generalist reward model (RM) can improve when given more compute at inference time. Their approach uses pointwise generative reward modelling, where the RM writes a critique and a score for each response, which suits varied inputs and allows many samples. SPCT (Self-Principled Critique Tuning) trains such models with online RL to draft fitting principles and accurate critiques, giving the DeepSeek-GRM models. At inference, several judgements are sampled in parallel and a meta RM guides the vote among them. SPCT improved quality and scaling across RM benchmarks while avoiding severe biases, and extra inference compute could outperform scaling up at training time, though some tasks stay hard. For a learner, it treats the reward signal as a learned, noisy estimate: pooling several judgements lowers variance, the same logic as ensembles or Monte Carlo averages.',
    keyIdea: 'Train a generative reward model with RL to write principles and critiques, then improve its judgements by sampling several and voting.',
    links: [],
  },
  'curiosity-red-teaming': {
    summary:
      'Before release, LLMs are probed by red teams writing prompts that trigger toxic or wrong output. Human red teams are slow and costly, and RL-trained red-team models that maximise the chance of a bad reply tend to find only a few effective prompts, covering little of the space of failures. CRT, red teaming driven by curiosity, treats this as an exploration problem: the red-team policy also earns a novelty reward for test prompts unlike those it has produced before. CRT found a wider range of test cases that were as effective or more so than those from existing methods, and it drew toxic replies from a LLaMA2 model heavily tuned with human preferences to avoid them. For a learner, it shows a form of mode collapse in RL: an agent maximising one reward piles onto the best answer it has found, and a curiosity bonus keeps it searching for different ones.',
    keyIdea: 'Add a novelty reward to an RL-trained red-team model so it finds many different prompts that trigger bad behaviour, not just a few.',
    links: [{ label: 'Code', url: 'https://github.com/Improbable-AI/curiosity_redteam' }],
  },
  'rl-era-of-llms': {
    summary:
      'Much of what makes chat models follow instructions and stay helpful, harmless and honest comes from RL from human feedback (RLHF). The authors, writing a position paper, tie RLHF to classic RL to explain when RL helps and why, and where each field can help the other. Its takeaways: RLHF is best seen as online inverse RL starting from offline demonstrations; it beats supervised fine-tuning for the same reason interactive imitation beats behaviour cloning, since it limits compounding errors; the reward model is a cheap proxy for costly human judgements, an idea that carries over to evaluating and optimising prompts; learning the policy in RLHF is harder than typical inverse RL because actions are high-dimensional and feedback is sparse; and PPO’s edge over off-policy value methods lies mainly in stability from nearly on-policy data and cautious updates. For a learner, it reuses core RL ideas, compounding error under distribution shift and conservative updates, to explain LLM training.',
    keyIdea: 'Viewing RLHF as inverse RL done online from demonstrations explains why it beats plain supervised fine-tuning and why PPO’s cautious updates suit it.',
    links: [],
  },
  'malloc-muzero': {
    summary:
      'Scheduling and allocating resources, from network traffic to cloud computing, affects speed, hardware wear and even energy use. The authors tackle one case: when a machine-learning program is compiled, its tensors must be placed in different memory layers, and that placement changes how fast the program runs. The problem is framed as a game for one player, the mallocGame, where playing well means finding a placement that runs quickly on the target chip. A MuZero-style agent, mallocMuZero, which plans with a learned model, plays the game and finds new mappings that made real ML workloads run faster on accelerators. It was measured against the XLA compiler’s built-in solver on realistic workloads, and it also sped up AlphaTensor’s model for multiplying matrices. For a learner, it shows the recipe of turning an engineering problem into a game, with states, actions and reward, so that planning-based RL can search a huge combinatorial space.',
    keyIdea: 'Recast compiler memory mapping as a one-player game and let a MuZero-style planning agent discover placements that make ML programs run faster.',
    links: [],
  },
  'hnpg': {
    summary:
      'Hybrid RL gives an agent both an offline dataset and the chance to interact online. On-policy learners like natural policy gradient (NPG) stay robust when the function class is misspecified, meaning it cannot represent the true values exactly, but can waste samples; off-policy methods that learn from offline data need strong theoretical assumptions and can train unstably. HNPG runs NPG on fresh data and adds an inner step that learns off-policy from the logged data. In theory it gets the best of both: it matches the strongest offline-RL guarantees when the offline assumptions hold, and keeps NPG’s own guarantees when they fail. On demanding environments with rich observations, it beat a leading hybrid baseline that relies only on off-policy optimisation. For a learner, it clarifies a classic trade-off: logged data is cheap but risky to bootstrap from, fresh data is expensive but trustworthy, and an algorithm can use each where it is safe.',
    keyIdea: 'Let an on-policy natural policy gradient method also learn off-policy from logged data, keeping its own guarantees even when offline assumptions fail.',
    links: [{ label: 'Code', url: 'https://github.com/YifeiZhou02/HNPG' }],
  },
  'trajectory-weighting': {
    summary:
      'Most offline RL algorithms balance beating the policy that collected the data against the risk of straying where the data is thin, so their results are tied to that policy and the dataset’s returns. When a dataset is mostly low-return trajectories with a few high-return ones, leading algorithms stay too close to the mediocre majority. The fix is to resample: in deterministic MDPs with random start states, weighting trajectories during sampling creates an artificial dataset whose implied behaviour policy earns more, and any offline RL method can use it. The possible gain grows with the upside spread of returns. Alone, IQL, CQL and TD3+BC used only part of that room; with reweighting they used all of it, which still helped in stochastic settings despite the theory. For a learner, it shows that offline caution anchors a policy to the average of its data, so changing what counts as the data can matter as much as the algorithm.',
    keyIdea: 'Resample mixed offline datasets toward high-return trajectories so the offline learner is anchored to a better implied behaviour policy.',
    links: [{ label: 'Code', url: 'https://github.com/Improbable-AI/harness-offline-rl' }],
  },
  'sgrl': {
    summary:
      'Morphology-agnostic RL trains one shared policy that can move many different bodies, but existing benchmarks fix start and target points and keep agents moving in a plane. 3D-SGRL offers harder, more realistic benchmarks in 3D, where agents have full freedom of movement and start from any configuration in any direction. To cope with the larger space, both actor and critic build in a geometric symmetry called subequivariance: rotating the scene around the vertical axis, which gravity leaves unchanged, rotates the outputs to match, so what is learned for one heading carries over to all, which makes exploration more efficient. A SubEquivariant Transformer passes messages between body parts. On the new benchmarks it beat existing methods whether trained on one task, many tasks or tested on unseen ones. For a learner, it shows how symmetry built into a network shrinks what must be explored: the agent need not learn the same skill separately for every direction.',
    keyIdea: 'Build rotation symmetry about the gravity axis into graph-based policies and critics so one policy moves many body shapes in any 3D direction.',
    links: [{ label: 'Project page', url: 'https://alpc91.github.io/SGRL/' }],
  },
  'learning-to-fly': {
    summary:
      'RL flies drones with great agility in simulation, but two obstacles block real use: the reality gap between simulator and hardware, and very long training times. The authors train a quadrotor controller that maps observations straight to rotor speeds, with an asymmetric actor-critic, in which the critic sees privileged simulator information the actor lacks, plus a dependable training recipe. Curriculum learning and a heavily optimised simulator cut the samples and time needed, and a taxonomy sorts levels of control abstraction, nonlinear effects and physical parameters. After training for just 18 seconds on an ordinary laptop, policies transferred to a real, tiny Crazyflie quadrotor, ran on its microcontroller with real-time guarantees, and tracked trajectories about as well as established controllers. Its open-source simulator produces roughly 5 months of simulated flight each second on a laptop graphics card. For a learner, fast learning comes from the whole pipeline, fast simulation, curricula and privileged critics, not just the update rule.',
    keyIdea: 'An asymmetric actor-critic, a curriculum and a very fast simulator train quadrotor control in seconds that transfers directly to a real drone.',
    links: [],
  },
  'hil-serl': {
    summary:
      'RL could let robots acquire complex manipulation skills on their own, but making that work in the real world has been difficult. This system learns from camera images while a person supervises and can intervene: it combines demonstrations, live human corrections while the robot practises, an efficient RL algorithm and careful system design. Across dexterous tasks including dynamic manipulation, precise assembly and two-arm coordination, policies reached near-perfect success with fast cycle times after between 1 and 2.5 hours of practice. Against imitation-learning baselines and earlier RL methods, success was on average twice as high and execution 1.8 times faster, and the policies could both react to events and anticipate them. For a learner, it shows human interventions acting as targeted exploration and a safety net: a person steps in exactly where the policy fails, supplying corrective data in the states that matter, which is where plain imitation would suffer from distribution shift.',
    keyIdea: 'Combine demonstrations, live human corrections and sample-efficient off-policy RL so real robots master precise, dexterous tasks within hours.',
    links: [{ label: 'Project page', url: 'https://hil-serl.github.io/' }],
  },
  'survey-model-based-rl': {
    summary:
      'RL learns by trial and error, which is affordable in video games but costly and risky in the real world. Model-based RL (MBRL) learns a model of the environment so that much of the trial and error can happen inside it at no real cost, improving sample efficiency. The authors review MBRL, concentrating on recent deep RL work. Beyond small tabular problems a learned model always differs from reality, so the central theme is the gap between training a policy in the model and in reality, and how that gap should guide model learning, model use and policy training. The survey also covers model-based ideas in offline, goal-conditioned, multi-agent and meta RL, discusses where MBRL suits real applications, and outlines future directions. For a learner, it is a map of the Dyna family and beyond, with model error as the recurring villain: imagined data helps only as long as the agent does not exploit the model’s mistakes.',
    keyIdea: 'Model-based RL moves trial and error into a learned model, and the gap between model and reality should drive how models are learned and used.',
    links: [],
  },
  'rl-beyond-base-model': {
    summary:
      'RLVR, RL with rewards that can be checked automatically, has improved LLM reasoning in maths and coding, and many assume it teaches models reasoning skills their base model lacks. The authors test that with pass@k, the chance that at least one of k samples is correct, using large k on many models and benchmarks. RL-trained models win at small k, such as k = 1, but at large k their base models match or beat them. The reasoning paths of RL-trained models already appear among the base model’s samples: RL mainly shifts probability toward paths that earn reward, so correct answers come up more often, while the range of solvable problems narrows. Visual reasoning behaved the same, whereas distillation from a stronger model did add new knowledge. For a learner, it is a lesson about entropy: sharpening a policy raises its average result but can shrink its coverage, and pass@k at large k reveals the difference.',
    keyIdea: 'RL with verifiable rewards mostly reweights reasoning paths the base model can already sample, so it wins at pass@1 but loses coverage at large k.',
    links: [{ label: 'Project page', url: 'https://limit-of-RLVR.github.io' }],
  },
  'evolve': {
    summary:
      'Applications from recommendation to healthcare need LLMs that learn good decisions by exploring, an ability little studied so far. The authors measure it in bandits, the stateless RL setting, using a suite of contextual and non-contextual bandit tasks of varying difficulty. Since optimal exploration algorithms exist for bandits, they inject that knowledge into LLMs in two ways: explicit guidance from an algorithm at inference time, and algorithm distillation, where synthetic data produced by the algorithms is shown as in-context examples or used for fine-tuning. These techniques let smaller models explore better than larger ones on many tasks. Ablations examine how difficulty and the way the history is written affect exploration, and a regret analysis links exploration efficiency to model size and the underlying algorithm. For a learner, it is a reminder that exploration is a skill with a measurable cost, regret, which algorithms such as UCB or Thompson sampling keep low.',
    keyIdea: 'Benchmark LLMs as bandit agents and improve their exploration by feeding them guidance or distilled data from provably good bandit algorithms.',
    links: [],
  },
  'review-safe-rl': {
    summary:
      'Deploying RL in domains such as self-driving and robotics raises safety concerns, and while safety in control is an old topic, safe RL is still young. The authors review safe RL’s methods, theory and applications. They survey progress along five dimensions and frame five key questions that must be settled before safe RL can be deployed, called “2H3W”, then analyse theory and algorithms through those questions. They also discuss how many samples safe RL methods need, introduce applications and benchmarks, and close with open challenges. Open code for the main safe RL algorithms, with tutorials, accompanies the review. For a learner, it is an entry point to constrained RL, where an agent maximises reward subject to a limit on expected cost, and to the methods, such as Lagrangian penalties, that enforce such limits while the agent is still learning as well as after training.',
    keyIdea: 'A review organises safe RL around five practical questions about methods, theory, data needs, applications and open challenges, with open baseline code.',
    links: [{ label: 'Code', url: 'https://github.com/chauncygu/Safe-Reinforcement-Learning-Baselines.git' }],
  },
  'rl4lms': {
    summary:
      'Aligning pretrained language models with human preferences is a sequential decision problem, a natural fit for RL, but in practice it has suffered from unstable training, because every token choice opens a huge combinatorial action space, and from a lack of open libraries and benchmarks. To test whether RL is practical for NLP, the authors release RL4LMs, a modular open-source library whose on-policy learners train HuggingFace encoder or encoder-decoder models with any reward function. They add GRUE, a leaderboard-style benchmark of 6 generation tasks scored by rewards that approximate human preference automatically instead of by target strings, and NLPO, an algorithm that learns which tokens to mask out, shrinking the action space. RL generally beat supervised methods at alignment, and NLPO was more stable and stronger than earlier policy-gradient methods like PPO in automatic and human evaluations. For a learner, it shows action-space size as a core difficulty: limiting choices to plausible actions keeps policy-gradient updates stable.',
    keyIdea: 'An open library, a reward-based benchmark and NLPO, which masks unlikely tokens to shrink the action space, make RL practical for aligning language models.',
    links: [],
  },
  'reward-free-exploration': {
    summary:
      'Reward-free RL splits learning into two phases: first the agent explores without seeing any reward, then it gets a reward function and must produce a near-optimal policy from that data alone. Earlier methods needed samples growing polynomially with the horizon, ruling out long tasks. The setting here is linear mixture MDPs, whose transition probabilities are a weighted sum of known feature maps. The proposed algorithm uses value-targeted regression weighted by uncertainty, a pseudo-reward that drives exploration, and higher-moment estimates tracking both randomness in the environment (aleatoric) and lack of knowledge (epistemic). If total reward is capped at 1, it needs on the order of d²/ε² episodes, ignoring log factors, for an ε-optimal policy (d is the feature dimension), with only polylogarithmic dependence on the horizon, and a matching lower bound shows this is optimal. For a learner, it formalises exploring to learn the world: gather data that makes any future reward easy to optimise.',
    keyIdea: 'Explore a linear mixture MDP without rewards, using uncertainty-weighted regression and an exploration pseudo-reward, so sample needs barely depend on the horizon.',
    links: [],
  },
};
