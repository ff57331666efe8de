// The reweighting demo's data (catalogue D10): episodes from several start cells, near the goal and far from it,
// most of them random walks (low return) and a small share e by the expert. The references that normalise scores
// are averaged over those starts, as is the evaluation.
import type { Rng } from '../rng/rng.ts';
import type { TabularModel } from '../envs/tabular-model.ts';
import { expertPolicy, referenceReturns, rollout } from './dataset-generators.ts';
import type { DatasetEpisode, OfflineDataset, SettingValue } from './offline-dataset.ts';

export interface MixedQualityOptions {
  /** Cells episodes start from, each equally likely. */
  readonly starts: readonly number[];
  readonly episodes: number;
  /** Share of the episodes the expert collects (the rest are random walks). */
  readonly expertShare: number;
  readonly gamma: number;
  readonly horizon: number;
  readonly seed: number;
  readonly env: { readonly id: string; readonly settings: Readonly<Record<string, SettingValue>> };
}

/** How many of `episodes` the expert collects at this share (the first ones of the dataset). */
export function expertEpisodeCount(episodes: number, expertShare: number): number {
  return Math.round(expertShare * episodes);
}

export function mixedQualityDataset(model: TabularModel, options: MixedQualityOptions, rng: Rng): OfflineDataset {
  const { starts, episodes, expertShare, gamma, horizon } = options;
  if (starts.length === 0) throw new RangeError('the dataset needs at least one start cell');
  if (!(Number.isInteger(episodes) && episodes >= 1)) throw new RangeError(`the dataset needs a whole number ≥ 1 of episodes, got ${episodes}`);
  if (!(expertShare >= 0 && expertShare <= 1)) throw new RangeError(`the expert's share must lie in [0, 1], got ${expertShare}`);
  const experts = expertEpisodeCount(episodes, expertShare);
  const expert = expertPolicy(model, gamma, 0, rng);
  const random = () => rng.int(model.nActions);
  const out: DatasetEpisode[] = [];
  for (let i = 0; i < episodes; i++) {
    const start = starts[rng.int(starts.length)]!;
    out.push(rollout(model, i < experts ? expert : random, { limit: horizon, horizon, rng, start }));
  }
  return {
    meta: {
      env: options.env, nStates: model.nStates, nActions: model.nActions, behaviour: 'mixed-quality',
      seed: options.seed, gamma, references: referenceReturns(model, gamma, starts), starts: [...starts],
    },
    episodes: out,
  };
}
