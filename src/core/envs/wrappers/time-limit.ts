// Gymnasium's TimeLimit: an episode still running after maxSteps steps is truncated (not terminated).
import type { Env, StepResult } from '../env.ts';

export class TimeLimit<Obs, Act, View> implements Env<Obs, Act, View> {
  private elapsed = 0;

  constructor(readonly inner: Env<Obs, Act, View>, public maxSteps: number) {}

  get observationSpace() { return this.inner.observationSpace; }
  get actionSpace() { return this.inner.actionSpace; }

  reset(): Obs {
    this.elapsed = 0;
    return this.inner.reset();
  }

  step(action: Act): StepResult<Obs> {
    const result = this.inner.step(action);
    this.elapsed++;
    // Keep a truncation the inner env reported (e.g. a nested limit); add ours when the limit is reached.
    result.truncated = !result.terminated && (result.truncated || this.elapsed >= this.maxSteps);
    return result;
  }

  view(): View {
    return this.inner.view();
  }
}
