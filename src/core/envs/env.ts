// The environment contract (Gymnasium step semantics): only `terminated` stops bootstrapping; `truncated` is a
// time limit. Hot paths reuse one StepResult object: read it before the next call to step().
import type { Space } from '../spaces/space.ts';
import type { Metrics } from '../metrics/metric-key.ts';

export interface StepResult<Obs> {
  obs: Obs;
  reward: number;
  /** The MDP reached a terminal state: the value of `obs` is 0. */
  terminated: boolean;
  /** The episode was cut (time limit): `obs` still has a value, so learners bootstrap from it. */
  truncated: boolean;
  /** Env diagnostics, e.g. 'bandit/regret'. Reused between steps. */
  info: Metrics;
}

export interface Env<Obs = number, Act = number, View = unknown> {
  readonly observationSpace: Space;
  readonly actionSpace: Space;
  reset(): Obs;
  step(action: Act): StepResult<Obs>;
  /** A plain, serialisable snapshot for drawing (grid cells and agent position, or arm means). */
  view(): View;
}

/** A fresh StepResult for an env to own and reuse. */
export function createStepResult<Obs>(obs: Obs): StepResult<Obs> {
  return { obs, reward: 0, terminated: false, truncated: false, info: {} };
}
