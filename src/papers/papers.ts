// The 62 seed papers the sandbox is built from (shared/papers/seed-papers.txt), as typed records.
// Summaries in our own words come with the paper-library issue; here: identity, theme and fidelity.

export type PaperTheme = 'exploration' | 'offline RL' | 'entropy & policy collapse' | 'model-based' | 'safe RL' | 'bandits' | 'LLM-RL' | 'benchmarks & evaluation' | 'robotics-systems';
export type Fidelity = 'direct' | 'analogue' | 'context-only';

export interface Paper {
  /** Seed order, 1..62. */
  readonly number: number;
  /** Short name used in the UI, e.g. 'Go-Explore'. */
  readonly shortName: string;
  readonly theme: PaperTheme;
  readonly fidelity: Fidelity;
  /** Catalogue demos that show it, e.g. ['D3'] (from the catalogue table's demo column, primary first). */
  readonly catalogueDemos: readonly string[];
}

export const PAPERS = {
  'd5rl': { number: 1, shortName: 'D5RL', theme: 'benchmarks & evaluation', fidelity: 'analogue', catalogueDemos: ['D7', 'D12'] },
  'coplanner': { number: 2, shortName: 'COPlanner', theme: 'model-based', fidelity: 'direct', catalogueDemos: ['D18'] },
  'pixel-reasoner': { number: 3, shortName: 'Pixel Reasoner', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D15'] },
  'infopower': { number: 4, shortName: 'InfoPower', theme: 'model-based', fidelity: 'analogue', catalogueDemos: ['D4'] },
  'effective-horizon': { number: 5, shortName: 'Effective Horizon / SQIRL', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D19'] },
  'mex': { number: 6, shortName: 'MEX', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D5', 'D18'] },
  'rlsp': { number: 7, shortName: 'RLSP (Emergence of Thinking)', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D15'] },
  'fastrlap': { number: 8, shortName: 'FastRLAP', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D22', 'D21'] },
  'vla-rl': { number: 9, shortName: 'VLA-RL', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D12', 'D21'] },
  'safe-rl-minimal-supervision': { number: 10, shortName: 'Safe RL with Minimal Supervision', theme: 'safe RL', fidelity: 'analogue', catalogueDemos: ['D17'] },
  'metra': { number: 11, shortName: 'METRA', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D4'] },
  'dual-rl': { number: 12, shortName: 'Dual RL', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D7'] },
  'words-as-beacons': { number: 13, shortName: 'Words as Beacons', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D21'] },
  'mbrcsl': { number: 14, shortName: 'MBRCSL', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D8'] },
  'go-explore': { number: 15, shortName: 'Go-Explore', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D3'] },
  'spatial-reasoning-planning': { number: 16, shortName: 'Spatial Reasoning & Planning (thesis)', theme: 'model-based', fidelity: 'context-only', catalogueDemos: ['D18', 'D24'] },
  'sequoia': { number: 17, shortName: 'SEQUOIA (coupled restless bandits)', theme: 'bandits', fidelity: 'direct', catalogueDemos: ['D6'] },
  'vigorl': { number: 18, shortName: 'ViGoRL (grounded visual reasoning)', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D23'] },
  'quality-diversity': { number: 19, shortName: 'Quality-Diversity for sparse rewards (thesis)', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D3'] },
  'semi-supervised-offline-rl': { number: 20, shortName: 'Semi-Supervised Offline RL (action-free trajectories)', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D9'] },
  'carl': { number: 21, shortName: 'CaRL', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D21'] },
  'snapshot-rl': { number: 22, shortName: 'Snapshot RL (S3RL)', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D22'] },
  'toolchain': { number: 23, shortName: 'ToolChain*', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D24'] },
  'offline-rl-vlm-feedback': { number: 24, shortName: 'Real-World Offline RL from VLM Feedback', theme: 'offline RL', fidelity: 'analogue', catalogueDemos: ['D9'] },
  'h2o': { number: 25, shortName: 'H2O', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D11'] },
  'intelligent-go-explore': { number: 26, shortName: 'Intelligent Go-Explore (IGE)', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D3'] },
  'srl': { number: 27, shortName: 'SRL (slow decision frequencies)', theme: 'model-based', fidelity: 'analogue', catalogueDemos: ['D18'] },
  'drm': { number: 28, shortName: 'DrM', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D20'] },
  'gui-bee': { number: 29, shortName: 'GUI-Bee', theme: 'LLM-RL', fidelity: 'context-only', catalogueDemos: ['D3', 'D9'] },
  'serl': { number: 30, shortName: 'SERL', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D12', 'D13'] },
  'sim-to-real': { number: 31, shortName: 'Sim-to-Real (Isaac Sim → Gazebo → ROS 2)', theme: 'robotics-systems', fidelity: 'context-only', catalogueDemos: ['D11', 'D22'] },
  'xpo': { number: 32, shortName: 'XPO', theme: 'LLM-RL', fidelity: 'direct', catalogueDemos: ['D16'] },
  'adversarial-surprise': { number: 33, shortName: 'Adversarial Surprise', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D4'] },
  'entropy-mechanism': { number: 34, shortName: 'The Entropy Mechanism of RL for Reasoning LMs', theme: 'entropy & policy collapse', fidelity: 'direct', catalogueDemos: ['D15'] },
  'submodular-rl': { number: 35, shortName: 'Submodular RL (SubPO)', theme: 'exploration', fidelity: 'direct', catalogueDemos: ['D4'] },
  'survey-llm-agents': { number: 36, shortName: 'Survey: optimization of LLM-based agents', theme: 'LLM-RL', fidelity: 'context-only', catalogueDemos: ['D23', 'D15', 'D16'] },
  'open-rl-benchmark': { number: 37, shortName: 'Open RL Benchmark', theme: 'benchmarks & evaluation', fidelity: 'analogue', catalogueDemos: ['D25'] },
  'archer': { number: 38, shortName: 'ArCHer', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D23'] },
  't1': { number: 39, shortName: 'T1', theme: 'entropy & policy collapse', fidelity: 'analogue', catalogueDemos: ['D14', 'D15'] },
  'observation-histories': { number: 40, shortName: 'Offline RL with Observation Histories', theme: 'offline RL', fidelity: 'analogue', catalogueDemos: ['D8'] },
  'modem-v2': { number: 41, shortName: 'MoDem-V2', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D12'] },
  'lmrl-gym': { number: 42, shortName: 'LMRL Gym', theme: 'benchmarks & evaluation', fidelity: 'analogue', catalogueDemos: ['D23'] },
  'one-shot-rlvr': { number: 43, shortName: '1-shot RLVR', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D15'] },
  'spring': { number: 44, shortName: 'SPRING', theme: 'LLM-RL', fidelity: 'context-only', catalogueDemos: ['D24', 'D21'] },
  'neorl-2': { number: 45, shortName: 'NeoRL-2', theme: 'benchmarks & evaluation', fidelity: 'analogue', catalogueDemos: ['D7'] },
  'groove': { number: 46, shortName: 'GROOVE', theme: 'benchmarks & evaluation', fidelity: 'context-only', catalogueDemos: ['D25'] },
  'dataset-perspective-offline-rl': { number: 47, shortName: 'A Dataset Perspective on Offline RL', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D7'] },
  'inference-time-scaling': { number: 48, shortName: 'Inference-Time Scaling for Generalist Reward Modeling', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D16'] },
  'curiosity-red-teaming': { number: 49, shortName: 'Curiosity-driven Red-teaming (CRT)', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D2'] },
  'rl-era-of-llms': { number: 50, shortName: 'RL in the Era of LLMs (position)', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D12'] },
  'malloc-muzero': { number: 51, shortName: 'mallocMuZero', theme: 'model-based', fidelity: 'analogue', catalogueDemos: ['D24'] },
  'hnpg': { number: 52, shortName: 'Offline-Data-Enhanced On-Policy PG (HNPG)', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D11'] },
  'trajectory-weighting': { number: 53, shortName: 'Trajectory Weighting for mixed datasets', theme: 'offline RL', fidelity: 'direct', catalogueDemos: ['D10'] },
  'sgrl': { number: 54, shortName: 'Subequivariant Graph RL in 3D (SGRL)', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D25'] },
  'learning-to-fly': { number: 55, shortName: 'Learning to Fly in Seconds', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D22'] },
  'hil-serl': { number: 56, shortName: 'HIL-SERL', theme: 'robotics-systems', fidelity: 'analogue', catalogueDemos: ['D13'] },
  'survey-model-based-rl': { number: 57, shortName: 'Survey: model-based RL', theme: 'model-based', fidelity: 'context-only', catalogueDemos: ['D18'] },
  'rl-beyond-base-model': { number: 58, shortName: 'Does RL Really Incentivize Reasoning Beyond the Base Model?', theme: 'entropy & policy collapse', fidelity: 'analogue', catalogueDemos: ['D15'] },
  'evolve': { number: 59, shortName: 'EVOLvE', theme: 'bandits', fidelity: 'analogue', catalogueDemos: ['D5'] },
  'review-safe-rl': { number: 60, shortName: 'Review of Safe RL', theme: 'safe RL', fidelity: 'context-only', catalogueDemos: ['D17'] },
  'rl4lms': { number: 61, shortName: 'RL4LMs / GRUE / NLPO', theme: 'LLM-RL', fidelity: 'analogue', catalogueDemos: ['D16'] },
  'reward-free-exploration': { number: 62, shortName: 'Optimal Horizon-Free Reward-Free Exploration (linear mixture MDPs)', theme: 'exploration', fidelity: 'analogue', catalogueDemos: ['D1'] },
} as const satisfies Record<string, Paper>;

export type PaperId = keyof typeof PAPERS;

export const PAPER_IDS = Object.keys(PAPERS) as PaperId[];

export function isPaperId(id: string): id is PaperId {
  return Object.prototype.hasOwnProperty.call(PAPERS, id);
}
