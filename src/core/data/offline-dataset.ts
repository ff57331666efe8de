// An offline dataset (catalogue D7, §3.3): whole episodes from one environment and behaviour, with what is needed
// to judge it later (the environment and its settings, the behaviour, the seed, and the reference returns that
// normalise its trajectory quality). Plain arrays, so it serialises to JSON as it is (dataset-file.ts).

/** D7's behaviours; scripted and play are D5RL-style sources, conservative NeoRL-2's deployed controller. */
export const DATASET_KINDS = ['random', 'medium', 'expert', 'noisy-expert', 'mixed', 'replay', 'scripted', 'play', 'conservative'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];
/**
 * Behaviours scripted for one demo's world: two-corridors is the stitching demo's pair of routes (catalogue D8);
 * mixed-quality the reweighting demo's random walks with a few expert episodes, from several starts (D10).
 */
export const SCRIPTED_BEHAVIOURS = ['two-corridors', 'mixed-quality'] as const;
export type DatasetBehaviour = DatasetKind | (typeof SCRIPTED_BEHAVIOURS)[number];
/** Where an offline demo's data comes from besides these behaviours: a stored dataset (the page's library). */
export const LIBRARY_DATASET = 'library';

export interface DatasetEpisode {
  /** One more than the actions: the last is where the episode stopped. */
  readonly observations: readonly number[];
  readonly actions: readonly number[];
  readonly rewards: readonly number[];
  /** The last step entered a terminal state (its value is 0). */
  readonly terminated: boolean;
  /** The episode was cut (time limit or the dataset's size) before ending. */
  readonly truncated: boolean;
}

export type SettingValue = string | number | boolean;

export interface DatasetMeta {
  /** The environment the data came from, and the settings that made it (a dataset only fits that world). */
  readonly env: { readonly id: string; readonly settings: Readonly<Record<string, SettingValue>> };
  readonly nStates: number;
  readonly nActions: number;
  readonly behaviour: DatasetBehaviour;
  /** The noisy expert's ε (absent for the other behaviours). */
  readonly epsilon?: number;
  /** The scripted behaviours' chance of a random move (scripted, play and conservative only). */
  readonly noise?: number;
  /** Steps between a command and its move in the world the data came from (absent: 0); learners are scored with the same delay. */
  readonly delay?: number;
  readonly seed: number;
  readonly gamma: number;
  /**
   * Cells a safety constraint forbids (NeoRL-2's hazard): entering one costs no reward, so neither the behaviour nor
   * the learners see it, but the page counts the episodes that do, in the data and when learners are scored.
   */
  readonly hazards?: readonly number[];
  /** The start cells episodes were drawn from, each equally likely (absent: the world's one start). */
  readonly starts?: readonly number[];
  /** Expected discounted return from the start (the mean over `starts`) of the uniformly random policy and of the optimal one (TQ's 0 and 1). */
  readonly references: { readonly random: number; readonly expert: number };
}

export interface OfflineDataset {
  readonly meta: DatasetMeta;
  readonly episodes: readonly DatasetEpisode[];
}

/** Transitions in the dataset (its size). */
export function transitionCount(dataset: OfflineDataset): number {
  return dataset.episodes.reduce((n, e) => n + e.actions.length, 0);
}

/** Discounted return of one episode from its first step. */
export function discountedReturn(episode: DatasetEpisode, gamma: number): number {
  let g = 0;
  for (let t = episode.rewards.length - 1; t >= 0; t--) g = episode.rewards[t]! + gamma * g;
  return g;
}

/** Whether the episode entered one of the given cells at least once. */
export function entersAny(episode: DatasetEpisode, cells: ReadonlySet<number>): boolean {
  return episode.observations.some((s) => cells.has(s));
}
