// Sticky actions (Machado et al. 2018, the Arcade Learning Environment's standard stochasticity): at every step,
// with probability p the world repeats the previous action instead of the one asked for. A deterministic world
// becomes one where an open-loop action sequence drifts off course, while a policy that looks at the state can
// correct. Reset and restore clear the previous action, so the first step always does what was asked.
import type { Rng } from '../../rng/rng.ts';
import type { RestorableEnv } from '../restorable-env.ts';

export class StickyActions implements RestorableEnv {
  private previous = -1;

  constructor(private readonly inner: RestorableEnv, public stickyProb: number, private readonly rng: Rng) {
    if (!(stickyProb >= 0 && stickyProb < 1)) throw new RangeError(`the sticky-action probability must lie in [0, 1), got ${stickyProb}`);
  }

  reset(): number {
    this.previous = -1;
    return this.inner.reset();
  }

  restore(state: number): number {
    this.previous = -1;
    return this.inner.restore(state);
  }

  step(action: number) {
    // Draw every step, sticky or not, so the random stream does not depend on which actions were asked for.
    const stick = this.rng.uniform() < this.stickyProb;
    const taken = stick && this.previous >= 0 ? this.previous : action;
    this.previous = taken;
    return this.inner.step(taken);
  }
}
