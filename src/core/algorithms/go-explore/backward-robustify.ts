// Go-Explore phase 2, robustification (Ecoffet et al. 2021, after Salimans & Chen's "backward algorithm" for
// learning from one demonstration; catalogue D3). Phase 1's best trajectory only works open-loop in the world it
// was found in; with sticky actions a replayed action sequence drifts off course. Phase 2 trains a policy that
// looks at the state, starting its training episodes from the demonstration's own states, near the end first:
//   1. replay the demo once (deterministically) to get its states s_0 … s_T;
//   2. start each training episode at s_i, with i = T − 1 at first, under sticky actions, and learn with
//      tabular Q-learning (ε-greedy), Q(s,a) ← Q(s,a) + α(r + γ·max_a' Q(s',a') − Q(s,a));
//   3. once at least `successTarget` of the last `window` episodes from s_i reached the demo's goal, move the start
//      back by `stepBack` demo steps; at i = 0 the episodes start where the real ones do.
// Each stage only has to bridge a few steps to states the policy already handles, so the learning signal stays
// dense. (The paper trains PPO on Atari frames; a table suffices for Montezuma-lite.)
import type { Rng } from '../../rng/rng.ts';
import { StickyActions } from '../../envs/wrappers/sticky-actions.ts';
import type { RestorableEnv } from '../../envs/restorable-env.ts';

export interface RobustifySettings {
  /** p of the sticky actions the policy must cope with (ALE standard: 0.25). */
  readonly stickyProb: number;
  readonly epsilon: number;
  readonly learningRate: number;
  readonly gamma: number;
  /** Share of the last `window` episodes from the current start that must succeed before it moves back. */
  readonly successTarget: number;
  readonly window: number;
  /** Demo steps the start moves back at a time. */
  readonly stepBack: number;
}

export const DEFAULT_ROBUSTIFY: RobustifySettings = {
  stickyProb: 0.25, epsilon: 0.1, learningRate: 0.3, gamma: 0.99, successTarget: 0.8, window: 20, stepBack: 2,
};

export interface RobustifyEpisode {
  readonly success: boolean;
  /** The demo step the episode started from. */
  readonly start: number;
  readonly frames: number;
}

export class BackwardRobustifier {
  /** The demo's states s_0 … s_T. */
  readonly demoStates: readonly number[];
  /** The demo step training episodes start from now. */
  start: number;
  frames = 0;
  episodes = 0;
  private readonly q = new Map<number, Float64Array>();
  private readonly recent: boolean[] = [];
  private readonly sticky: StickyActions;

  constructor(
    env: RestorableEnv, readonly demoActions: readonly number[], private readonly nActions: number,
    private readonly rng: Rng, public settings: RobustifySettings = DEFAULT_ROBUSTIFY,
  ) {
    if (demoActions.length === 0) throw new RangeError('phase 2 needs a demonstration of at least one step');
    const states = [env.reset()];
    let ended = false;
    for (const a of demoActions) {
      const r = env.step(a);
      states.push(r.obs);
      ended = r.terminated;
    }
    if (!ended) throw new RangeError('phase 2 needs a demonstration that ends the episode (reaches the goal)');
    this.demoStates = states;
    this.start = Math.max(0, demoActions.length - 1);
    this.sticky = new StickyActions(env, settings.stickyProb, rng.fork('sticky'));
  }

  get demoLength(): number {
    return this.demoActions.length;
  }

  /** Whether the episodes start at the real start and succeed often enough there. */
  get done(): boolean {
    return this.start === 0 && this.successRate() >= this.settings.successTarget && this.recent.length >= this.settings.window;
  }

  /** Success share of the recent episodes from the current start. */
  successRate(): number {
    return this.recent.length === 0 ? 0 : this.recent.filter(Boolean).length / this.recent.length;
  }

  private values(state: number): Float64Array {
    let row = this.q.get(state);
    if (!row) {
      row = new Float64Array(this.nActions);
      this.q.set(state, row);
    }
    return row;
  }

  /** argmax_a Q(state, a), ties broken at random by `rng`. */
  greedy(state: number, rng: Rng = this.rng): number {
    const row = this.q.get(state);
    if (!row) return rng.int(this.nActions);
    let best = -Infinity;
    let ties = 0;
    let choice = 0;
    for (let a = 0; a < this.nActions; a++) {
      if (row[a] > best) {
        best = row[a];
        choice = a;
        ties = 1;
      } else if (row[a] === best && rng.uniform() < 1 / ++ties) {
        choice = a;
      }
    }
    return choice;
  }

  /** Steps allowed from demo step i: twice what the demo needed from there, plus some. */
  private limit(i: number): number {
    return 2 * (this.demoLength - i) + 10;
  }

  /** One training episode from the current start; moves the start back when it has been mastered. */
  trainEpisode(): RobustifyEpisode {
    const s = this.settings;
    this.sticky.stickyProb = s.stickyProb;
    const from = this.start;
    let state = this.sticky.restore(this.demoStates[from]);
    let success = false;
    let frames = 0;
    for (let t = 0; t < this.limit(from); t++) {
      const action = this.rng.uniform() < s.epsilon ? this.rng.int(this.nActions) : this.greedy(state);
      const r = this.sticky.step(action);
      frames++;
      const row = this.values(state);
      const target = r.reward + (r.terminated ? 0 : s.gamma * Math.max(...this.values(r.obs)));
      row[action] += s.learningRate * (target - row[action]);
      state = r.obs;
      if (r.terminated) {
        success = true;
        break;
      }
    }
    this.frames += frames;
    this.episodes++;
    this.recent.push(success);
    if (this.recent.length > s.window) this.recent.shift();
    if (this.start > 0 && this.recent.length >= s.window && this.successRate() >= s.successTarget) {
      this.start = Math.max(0, this.start - s.stepBack);
      this.recent.length = 0;
    }
    return { success, start: from, frames };
  }

  /**
   * Share of `episodes` episodes from the real start that reach the goal under sticky actions (probability p),
   * acting as in training (ε-greedy on Q: a purely greedy table can cycle between two states whose values it has
   * not settled), each within twice the demo's length plus 10 steps. Uses `rng` only.
   */
  testPolicy(env: RestorableEnv, episodes: number, p: number, rng: Rng): number {
    const { epsilon } = this.settings;
    return this.test(env, episodes, p, rng, (state) => (rng.uniform() < epsilon ? rng.int(this.nActions) : this.greedy(state, rng)));
  }

  /** The same test for the demo's actions replayed open-loop (then standing still: the last action repeated). */
  testReplay(env: RestorableEnv, episodes: number, p: number, rng: Rng): number {
    return this.test(env, episodes, p, rng, (_state, t) => this.demoActions[Math.min(t, this.demoLength - 1)]);
  }

  private test(env: RestorableEnv, episodes: number, p: number, rng: Rng, act: (state: number, t: number) => number): number {
    const sticky = new StickyActions(env, p, rng);
    let wins = 0;
    for (let e = 0; e < episodes; e++) {
      let state = sticky.reset();
      for (let t = 0; t < this.limit(0); t++) {
        const r = sticky.step(act(state, t));
        state = r.obs;
        if (r.terminated) {
          wins++;
          break;
        }
      }
    }
    return wins / episodes;
  }
}
