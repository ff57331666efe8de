// The bandit lab's problem families, after EVOLvE's benchmark presets (catalogue D5): Bernoulli arms with a small
// (0.4 vs 0.6) or large (0.25 vs 0.75) gap between the best arm and the rest, and Gaussian arms whose means are drawn
// from N(0, 3) with reward variance 3 (high) or 1 (low). The best arm's position is shuffled per run, so neither an
// agent's tie-breaking nor a person playing can profit from where it sits.
import type { Rng } from '../../rng/rng.ts';
import { BernoulliBandit, GaussianBandit } from './bandit-env.ts';

export type BanditProblem = 'small-gap' | 'large-gap' | 'gaussian-high-variance' | 'gaussian-low-variance';
export const BANDIT_PROBLEMS: readonly BanditProblem[] = ['small-gap', 'large-gap', 'gaussian-high-variance', 'gaussian-low-variance'];

/** Variance of the Gaussian problems' true means around 0. */
export const GAUSSIAN_MEAN_VARIANCE = 3;

export function isBernoulliProblem(problem: BanditProblem): boolean {
  return problem === 'small-gap' || problem === 'large-gap';
}

/** Reward variance of a Gaussian problem's arms (Bernoulli problems: undefined). */
export function rewardVariance(problem: BanditProblem): number | undefined {
  if (problem === 'gaussian-high-variance') return 3;
  if (problem === 'gaussian-low-variance') return 1;
  return undefined;
}

/** One arm at `best`, the others at `rest`, in a random order. */
function gapMeans(arms: number, rest: number, best: number, rng: Rng): Float64Array {
  const means = new Float64Array(arms).fill(rest);
  means[rng.int(arms)] = best;
  return means;
}

export function createBanditProblem(problem: BanditProblem, arms: number, rng: Rng): BernoulliBandit | GaussianBandit {
  if (!(Number.isInteger(arms) && arms >= 2)) throw new RangeError(`a bandit needs at least 2 arms, got ${arms}`);
  switch (problem) {
    case 'small-gap': return new BernoulliBandit(gapMeans(arms, 0.4, 0.6, rng), rng);
    case 'large-gap': return new BernoulliBandit(gapMeans(arms, 0.25, 0.75, rng), rng);
    case 'gaussian-high-variance':
    case 'gaussian-low-variance': {
      const means = new Float64Array(arms);
      for (let a = 0; a < arms; a++) means[a] = rng.normal(0, Math.sqrt(GAUSSIAN_MEAN_VARIANCE));
      return new GaussianBandit(means, rng, Math.sqrt(rewardVariance(problem)!));
    }
  }
}
