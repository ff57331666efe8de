// What an exploration env reports at the end of each episode (catalogue D1): whether the goal was reached, the
// episode of the first success, how many distinct states have been entered, and the cumulative regret against the
// best expected return. Shared by Deep Sea and RiverSwim.
import type { Metrics } from '../metrics/metric-key.ts';

export class ExplorationTally {
  readonly visits: Float64Array;
  episodes = 0;
  firstSuccess: number | null = null;
  private distinct = 0;
  private regret = 0;

  constructor(states: number, private readonly optimalReturn: number) {
    this.visits = new Float64Array(states);
  }

  /** The agent entered `state` (the start at each reset, then every state it moves to). */
  enter(state: number): void {
    if (this.visits[state] === 0) this.distinct++;
    this.visits[state]++;
  }

  /** Close an episode and write its info keys. */
  endEpisode(success: boolean, episodeReturn: number, info: Metrics): void {
    this.episodes++;
    if (success && this.firstSuccess === null) this.firstSuccess = this.episodes;
    this.regret += this.optimalReturn - episodeReturn;
    info['explore/success'] = success ? 1 : 0;
    info['explore/states-visited'] = this.distinct;
    info['explore/cumulative-regret'] = this.regret;
    if (this.firstSuccess !== null) info['explore/first-success-episode'] = this.firstSuccess;
  }
}
