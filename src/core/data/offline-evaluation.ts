// Offline RL's score (catalogue D7): run the learned policy online in the true environment and normalise its mean
// discounted return so that the random policy scores 0 and an optimal one 100 (the dataset's reference returns).
import type { Rng } from '../rng/rng.ts';
import { sampleOutcome, type TabularModel } from '../envs/tabular-model.ts';

/** Mean discounted return from the start over `episodes` episodes of `policy` (each at most `horizon` steps). */
export function evaluatePolicy(
  model: TabularModel, policy: (state: number) => number, gamma: number, horizon: number, episodes: number, rng: Rng,
): number {
  let total = 0;
  for (let e = 0; e < episodes; e++) {
    let s = model.start;
    let discount = 1;
    for (let t = 0; t < horizon; t++) {
      const a = policy(s);
      const k = sampleOutcome(model, s, a, rng.uniform());
      total += discount * model.reward[k]!;
      if (model.ends[k]) break;
      discount *= gamma;
      s = model.next[k]!;
    }
  }
  return total / episodes;
}

/** 100 · (return − random) / (expert − random). */
export function normalizedScore(value: number, references: { readonly random: number; readonly expert: number }): number {
  return (100 * (value - references.random)) / (references.expert - references.random);
}
