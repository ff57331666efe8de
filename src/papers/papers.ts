// The 62 seed papers the sandbox is built from (shared/papers/seed-papers.txt), as typed records.
// Summaries in our own words come with the paper-library issue; here: identity, theme and fidelity.

export type PaperTheme = 'exploration' | 'offline RL' | 'entropy & policy collapse' | 'model-based' | 'safe RL' | 'bandits' | 'LLM-RL' | 'benchmarks & evaluation' | 'robotics-systems';
export type Fidelity = 'direct' | 'analogue' | 'context-only';

export interface Paper {
  /** Seed order, 1..62. */
  readonly number: number;
  /** Short name used in the UI, e.g. 'Go-Explore'. */
  readonly shortName: string;
  /** The paper's full title exactly as in seed-papers.txt. */
  readonly title: string;
  readonly theme: PaperTheme;
  readonly fidelity: Fidelity;
  /** Catalogue demos that show it, e.g. ['D3'] (from the catalogue table's demo column, primary first). */
  readonly catalogueDemos: readonly string[];
}

export const PAPERS = {
  'd5rl': { number: 1, shortName: 'D5RL', title: 'D5RL: Diverse Datasets for Data-Driven Deep Reinforcement Learning', theme: 'benchmarks & evaluation', fidelity: 'analogue', catalogueDemos: ['D7', 'D12'] },
  'coplanner': { number: 2, shortName: 'COPlanner', title: 'COPlanner: Plan to Roll Out Conservatively but to Explore Optimistically for Model-Based RL', theme: 'model-based', fidelity: 'direct', catalogueDemos: ['D18'] },
  'pixel-reasoner': { number: 3, shortName: 'Pixel Reasoner', title: 'Pixel Reasoner: Incentivizing Pixel-Space Reasoning with Curiosity-Driven Reinforcement Learning', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D15'] },
  'infopower': { number: 4, shortName: 'InfoPower', title: 'INFOrmation Prioritization through EmPOWERment in Visual Model-Based RL', theme: 'model-based', fidelity: 'analogue', catalogueDemos: ['D4'] },
  'effective-horizon': { number: 5, shortName: 'Effective Horizon / SQIRL', title: 'The Effective Horizon Explains Deep RL Performance in Stochastic Environments', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D19'] },
  'mex': { number: 6, shortName: 'MEX', title: 'One Objective to Rule Them All: A Maximization Objective Fusing Estimation and Planning for Exploration', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D5', 'D18'] },
  'rlsp': { number: 7, shortName: 'RLSP (Emergence of Thinking)', title: 'On the Emergence of Thinking in LLMs I: Searching for the Right Intuition', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D15'] },
  'fastrlap': { number: 8, shortName: 'FastRLAP', title: 'FastRLAP: A System for Learning High-Speed Driving via Deep RL and Autonomous Practicing', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D22', 'D21'] },
  'vla-rl': { number: 9, shortName: 'VLA-RL', title: 'VLA-RL: Towards Masterful and General Robotic Manipulation with Scalable Reinforcement Learning', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D12', 'D21'] },
  'safe-rl-minimal-supervision': { number: 10, shortName: 'Safe RL with Minimal Supervision', title: 'Safe Reinforcement Learning with Minimal Supervision', theme: 'safe RL', fidelity: 'analogue', catalogueDemos: ['D17'] },
  'metra': { number: 11, shortName: 'METRA', title: 'METRA: Scalable Unsupervised RL with Metric-Aware Abstraction', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D4'] },
  'dual-rl': { number: 12, shortName: 'Dual RL', title: 'Dual RL: Unification and New Methods for Reinforcement and Imitation Learning', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D7'] },
  'words-as-beacons': { number: 13, shortName: 'Words as Beacons', title: 'Words as Beacons: Guiding RL Agents with High-Level Language Prompts', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D21'] },
  'mbrcsl': { number: 14, shortName: 'MBRCSL', title: 'Free from Bellman Completeness: Trajectory Stitching via Model-based Return-conditioned Supervised Learning', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D8'] },
  'go-explore': { number: 15, shortName: 'Go-Explore', title: 'Go-Explore: a New Approach for Hard-Exploration Problems', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D3'] },
  'spatial-reasoning-planning': { number: 16, shortName: 'Spatial Reasoning & Planning (thesis)', title: 'Spatial Reasoning and Planning for Deep Embodied Agents', theme: 'model-based', fidelity: 'context-only', catalogueDemos: ['D18', 'D24'] },
  'sequoia': { number: 17, shortName: 'SEQUOIA (coupled restless bandits)', title: 'Reinforcement learning with combinatorial actions for coupled restless bandits', theme: 'bandits', fidelity: 'direct', catalogueDemos: ['D6'] },
  'vigorl': { number: 18, shortName: 'ViGoRL (grounded visual reasoning)', title: 'Grounded Reinforcement Learning for Visual Reasoning', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D23'] },
  'quality-diversity': { number: 19, shortName: 'Quality-Diversity for sparse rewards (thesis)', title: 'Learning in Sparse Rewards settings through Quality-Diversity algorithms', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D3'] },
  'semi-supervised-offline-rl': { number: 20, shortName: 'Semi-Supervised Offline RL (action-free trajectories)', title: 'Semi-Supervised Offline Reinforcement Learning with Action-Free Trajectories', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D9'] },
  'carl': { number: 21, shortName: 'CaRL', title: 'CaRL: Learning Scalable Planning Policies with Simple Rewards', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D21'] },
  'snapshot-rl': { number: 22, shortName: 'Snapshot RL (S3RL)', title: 'Snapshot Reinforcement Learning: Leveraging Prior Trajectories for Efficiency', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D22'] },
  'toolchain': { number: 23, shortName: 'ToolChain*', title: 'ToolChain*: Efficient Action Space Navigation in Large Language Models with A* Search', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D24'] },
  'offline-rl-vlm-feedback': { number: 24, shortName: 'Real-World Offline RL from VLM Feedback', title: 'Real-World Offline Reinforcement Learning from Vision Language Model Feedback', theme: 'offline RL', fidelity: 'analogue', catalogueDemos: ['D9'] },
  'h2o': { number: 25, shortName: 'H2O', title: 'When to Trust Your Simulator: Dynamics-Aware Hybrid Offline-and-Online Reinforcement Learning', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D11'] },
  'intelligent-go-explore': { number: 26, shortName: 'Intelligent Go-Explore (IGE)', title: 'Intelligent Go-Explore: Standing on the Shoulders of Giant Foundation Models', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D3'] },
  'srl': { number: 27, shortName: 'SRL (slow decision frequencies)', title: 'Overcoming Slow Decision Frequencies in Continuous Control: Model-Based Sequence Reinforcement Learning for Model-Free Control', theme: 'model-based', fidelity: 'analogue', catalogueDemos: ['D18'] },
  'drm': { number: 28, shortName: 'DrM', title: 'DrM: Mastering Visual Reinforcement Learning through Dormant Ratio Minimization', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D20'] },
  'gui-bee': { number: 29, shortName: 'GUI-Bee', title: 'GUI-Bee: Align GUI Action Grounding to Novel Environments via Autonomous Exploration', theme: 'LLM-RL', fidelity: 'context-only', catalogueDemos: ['D3', 'D9'] },
  'serl': { number: 30, shortName: 'SERL', title: 'SERL: A Software Suite for Sample-Efficient Robotic Reinforcement Learning', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D12', 'D13'] },
  'sim-to-real': { number: 31, shortName: 'Sim-to-Real (Isaac Sim → Gazebo → ROS 2)', title: 'Sim-to-Real Transfer for Mobile Robots with Reinforcement Learning: from NVIDIA Isaac Sim to Gazebo and Real ROS 2 Robots', theme: 'robotics-systems', fidelity: 'context-only', catalogueDemos: ['D11', 'D22'] },
  'xpo': { number: 32, shortName: 'XPO', title: 'Exploratory Preference Optimization: Harnessing Implicit Q*-Approximation for Sample-Efficient RLHF', theme: 'LLM-RL', fidelity: 'direct', catalogueDemos: ['D16'] },
  'adversarial-surprise': { number: 33, shortName: 'Adversarial Surprise', title: 'Explore and Control with Adversarial Surprise', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D4'] },
  'entropy-mechanism': { number: 34, shortName: 'The Entropy Mechanism of RL for Reasoning LMs', title: 'The Entropy Mechanism of Reinforcement Learning for Reasoning Language Models', theme: 'entropy & policy collapse', fidelity: 'direct', catalogueDemos: ['D15'] },
  'submodular-rl': { number: 35, shortName: 'Submodular RL (SubPO)', title: 'Submodular Reinforcement Learning', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D4'] },
  'survey-llm-agents': { number: 36, shortName: 'Survey: optimization of LLM-based agents', title: 'A Survey on the Optimization of Large Language Model-based Agents', theme: 'LLM-RL', fidelity: 'context-only', catalogueDemos: ['D23', 'D15', 'D16'] },
  'open-rl-benchmark': { number: 37, shortName: 'Open RL Benchmark', title: 'Open RL Benchmark: Comprehensive Tracked Experiments for Reinforcement Learning', theme: 'benchmarks & evaluation', fidelity: 'analogue', catalogueDemos: ['D25'] },
  'archer': { number: 38, shortName: 'ArCHer', title: 'ArCHer: Training Language Model Agents via Hierarchical Multi-Turn RL', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D23'] },
  't1': { number: 39, shortName: 'T1', title: 'Advancing Language Model Reasoning through Reinforcement Learning and Inference Scaling', theme: 'entropy & policy collapse', fidelity: 'analogue', catalogueDemos: ['D14', 'D15'] },
  'observation-histories': { number: 40, shortName: 'Offline RL with Observation Histories', title: 'Offline RL with Observation Histories: Analyzing and Improving Sample Complexity', theme: 'offline RL', fidelity: 'analogue', catalogueDemos: ['D8'] },
  'modem-v2': { number: 41, shortName: 'MoDem-V2', title: 'MoDem-V2: Visuo-Motor World Models for Real-World Robot Manipulation', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D12'] },
  'lmrl-gym': { number: 42, shortName: 'LMRL Gym', title: 'LMRL Gym: Benchmarks for Multi-Turn Reinforcement Learning with Language Models', theme: 'benchmarks & evaluation', fidelity: 'analogue', catalogueDemos: ['D23'] },
  'one-shot-rlvr': { number: 43, shortName: '1-shot RLVR', title: 'Reinforcement Learning for Reasoning in Large Language Models with One Training Example', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D15'] },
  'spring': { number: 44, shortName: 'SPRING', title: 'SPRING: GPT-4 Out-performs RL Algorithms by Studying Papers and Reasoning', theme: 'LLM-RL', fidelity: 'context-only', catalogueDemos: ['D24', 'D21'] },
  'neorl-2': { number: 45, shortName: 'NeoRL-2', title: 'NeoRL-2: Near Real-World Benchmarks for Offline Reinforcement Learning with Extended Realistic Scenarios', theme: 'benchmarks & evaluation', fidelity: 'analogue', catalogueDemos: ['D7'] },
  'groove': { number: 46, shortName: 'GROOVE', title: 'Discovering General Reinforcement Learning Algorithms with Adversarial Environment Design', theme: 'benchmarks & evaluation', fidelity: 'context-only', catalogueDemos: ['D25'] },
  'dataset-perspective-offline-rl': { number: 47, shortName: 'A Dataset Perspective on Offline RL', title: 'A Dataset Perspective on Offline Reinforcement Learning', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D7'] },
  'inference-time-scaling': { number: 48, shortName: 'Inference-Time Scaling for Generalist Reward Modeling', title: 'Inference-Time Scaling for Generalist Reward Modeling', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D16'] },
  'curiosity-red-teaming': { number: 49, shortName: 'Curiosity-driven Red-teaming (CRT)', title: 'Curiosity-driven Red-teaming for Large Language Models', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D2'] },
  'rl-era-of-llms': { number: 50, shortName: 'RL in the Era of LLMs (position)', title: 'Reinforcement Learning in the Era of LLMs: What is Essential? What is needed? An RL Perspective on RLHF, Prompting, and Beyond', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D12'] },
  'malloc-muzero': { number: 51, shortName: 'mallocMuZero', title: 'Optimizing Memory Mapping Using Deep Reinforcement Learning', theme: 'model-based', fidelity: 'analogue', catalogueDemos: ['D24'] },
  'hnpg': { number: 52, shortName: 'Offline-Data-Enhanced On-Policy PG (HNPG)', title: 'Offline Data Enhanced On-Policy Policy Gradient with Provable Guarantees', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D11'] },
  'trajectory-weighting': { number: 53, shortName: 'Trajectory Weighting for mixed datasets', title: 'Harnessing Mixed Offline Reinforcement Learning Datasets via Trajectory Weighting', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D10'] },
  'sgrl': { number: 54, shortName: 'Subequivariant Graph RL in 3D (SGRL)', title: 'Subequivariant Graph Reinforcement Learning in 3D Environments', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D25'] },
  'learning-to-fly': { number: 55, shortName: 'Learning to Fly in Seconds', title: 'Learning to Fly in Seconds', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D22'] },
  'hil-serl': { number: 56, shortName: 'HIL-SERL', title: 'Precise and Dexterous Robotic Manipulation via Human-in-the-Loop Reinforcement Learning', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D13'] },
  'survey-model-based-rl': { number: 57, shortName: 'Survey: model-based RL', title: 'A Survey on Model-based Reinforcement Learning', theme: 'model-based', fidelity: 'context-only', catalogueDemos: ['D18'] },
  'rl-beyond-base-model': { number: 58, shortName: 'Does RL Really Incentivize Reasoning Beyond the Base Model?', title: 'Does Reinforcement Learning Really Incentivize Reasoning Capacity in LLMs Beyond the Base Model?', theme: 'entropy & policy collapse', fidelity: 'analogue', catalogueDemos: ['D15'] },
  'evolve': { number: 59, shortName: 'EVOLvE', title: 'EVOLvE: Evaluating and Optimizing LLMs For Exploration', theme: 'bandits', fidelity: 'analogue', catalogueDemos: ['D5'] },
  'review-safe-rl': { number: 60, shortName: 'Review of Safe RL', title: 'A Review of Safe Reinforcement Learning: Methods, Theory and Applications', theme: 'safe RL', fidelity: 'context-only', catalogueDemos: ['D17'] },
  'rl4lms': { number: 61, shortName: 'RL4LMs / GRUE / NLPO', title: 'Is Reinforcement Learning (Not) for Natural Language Processing: Benchmarks, Baselines, and Building Blocks for Natural Language Policy Optimization', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D16'] },
  'reward-free-exploration': { number: 62, shortName: 'Optimal Horizon-Free Reward-Free Exploration (linear mixture MDPs)', title: 'Optimal Horizon-Free Reward-Free Exploration for Linear Mixture MDPs', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D1'] },
} as const satisfies Record<string, Paper>;

export type PaperId = keyof typeof PAPERS;

export const PAPER_IDS = Object.keys(PAPERS) as PaperId[];

export function isPaperId(id: string): id is PaperId {
  return Object.prototype.hasOwnProperty.call(PAPERS, id);
}
