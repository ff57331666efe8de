// Gymnasium's RecordEpisodeStatistics: when an episode ends, its return and length are written to `info`.
// Those keys then describe the last finished episode; read them on the step where terminated || truncated.
import type { Env, StepResult } from '../env.ts';

export class EpisodeStats<Obs, Act, View> implements Env<Obs, Act, View> {
  private episodeReturn = 0;
  private episodeLength = 0;
  /** Completed episodes since construction. */
  episodes = 0;

  constructor(readonly inner: Env<Obs, Act, View>) {}

  get observationSpace() { return this.inner.observationSpace; }
  get actionSpace() { return this.inner.actionSpace; }

  reset(): Obs {
    this.episodeReturn = 0;
    this.episodeLength = 0;
    return this.inner.reset();
  }

  step(action: Act): StepResult<Obs> {
    const result = this.inner.step(action);
    this.episodeReturn += result.reward;
    this.episodeLength++;
    if (result.terminated || result.truncated) {
      result.info['episode/return'] = this.episodeReturn;
      result.info['episode/length'] = this.episodeLength;
      this.episodes++;
    }
    return result;
  }

  view(): View {
    return this.inner.view();
  }
}
