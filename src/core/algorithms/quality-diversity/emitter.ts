// SERENE's emitters (Paolo et al. 2021; catalogue §3.2): once novelty search has stumbled on a rewarding behaviour,
// a local search around it maximises the reward while novelty search goes on exploring elsewhere. The paper's
// emitters are CMA-ES instances; here each is a (1 + λ) evolution strategy: λ Gaussian mutants of the current elite,
// the best replaces it if it earns more, and the mutation scale grows after a batch that improved and shrinks after
// one that did not. An emitter ends when its budget is spent or after STALL_BATCHES batches
// without improvement, and its elite is kept in the reward archive.
import type { Rng } from '../../rng/rng.ts';
import { mutate } from './mlp-genome.ts';

export const EMITTER_BATCH = 10;
/** Step-size adaptation after a batch that improved the elite or did not (a crude stand-in for CMA-ES's). */
const GROW = 1.5;
const SHRINK = 0.8;
const STALL_BATCHES = 8;

export interface Scored {
  readonly genome: Float64Array;
  readonly reward: number;
}

export class Emitter<T extends Scored> {
  elite: T;
  used = 0;
  private stalled = 0;

  constructor(readonly seed: T, private readonly budget: number, public sigma: number) {
    this.elite = seed;
  }

  get done(): boolean {
    return this.used >= this.budget || this.stalled >= STALL_BATCHES;
  }

  /** λ mutants of the elite, evaluated by `evaluate`; the best replaces the elite if it is better. Returns them. */
  batch(evaluate: (genome: Float64Array) => T, rng: Rng): T[] {
    const n = Math.min(EMITTER_BATCH, this.budget - this.used);
    const mutants: T[] = [];
    for (let i = 0; i < n; i++) mutants.push(evaluate(mutate(this.elite.genome, this.sigma, rng)));
    this.used += n;
    const best = mutants.reduce((a, b) => (b.reward > a.reward ? b : a), mutants[0]!);
    if (best && best.reward > this.elite.reward) {
      this.elite = best;
      this.stalled = 0;
      this.sigma *= GROW;
    } else {
      this.stalled++;
      this.sigma *= SHRINK;
    }
    return mutants;
  }
}
