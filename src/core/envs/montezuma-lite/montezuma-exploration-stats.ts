// Montezuma-lite with the exploration statistics Go-Explore reports, for an agent that explores by acting (the RND
// baseline): every step writes 'explore/archive-size' (distinct Go-Explore cells reached so far, with the same
// cell definition), 'explore/best-score' (the best episode return so far, counting the running one) and
// 'explore/frames' (env steps so far). Charted against frames, the two kinds of explorer share one axis.
import type { Env, StepResult } from '../env.ts';
import { MontezumaLiteEnv, montezumaCell, type MontezumaView } from './montezuma-lite-env.ts';

/** The map view, plus what has been explored so far. */
export interface MontezumaExploredView extends MontezumaView {
  readonly explored: { readonly cells: number; readonly bestScore: number; readonly frames: number };
}

export class MontezumaExplorationStats implements Env<number, number, MontezumaExploredView> {
  private readonly cells = new Set<string>();
  private frames = 0;
  private best = 0;
  private episodeScore = 0;

  constructor(readonly inner: MontezumaLiteEnv, private readonly downscale: number, private readonly withKey: boolean) {}

  get observationSpace() { return this.inner.observationSpace; }
  get actionSpace() { return this.inner.actionSpace; }

  reset(): number {
    this.episodeScore = 0;
    const obs = this.inner.reset();
    this.cells.add(montezumaCell(this.inner, obs, this.downscale, this.withKey));
    return obs;
  }

  step(action: number): StepResult<number> {
    const r = this.inner.step(action);
    this.frames++;
    this.episodeScore += r.reward;
    this.best = Math.max(this.best, this.episodeScore);
    this.cells.add(montezumaCell(this.inner, r.obs, this.downscale, this.withKey));
    r.info['explore/archive-size'] = this.cells.size;
    r.info['explore/best-score'] = this.best;
    r.info['explore/frames'] = this.frames;
    return r;
  }

  view(): MontezumaExploredView {
    return { ...this.inner.view(), explored: { cells: this.cells.size, bestScore: this.best, frames: this.frames } };
  }
}
