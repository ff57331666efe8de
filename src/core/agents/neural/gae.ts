// Generalised advantage estimation (Schulman et al. 2016) over a rollout of n steps, in plain JS on typed arrays:
//   δ_t = r_t + γ·V(s_{t+1})·(1 − terminated_t) − V(s_t)
//   A_t = δ_t + γλ·(1 − done_t)·A_{t+1},   done_t = terminated_t or truncated_t,   A_n = 0
//   return_t = A_t + V(s_t)
// V(s_{t+1}) is always the value of the real next observation, so a truncated step (and the last step of a rollout
// that is not an episode end) bootstraps from it, while a terminated step does not. λ = 1 gives Monte-Carlo
// returns bootstrapped only at the rollout's end (REINFORCE); λ = 0 gives one-step TD errors.

export interface GaeInput {
  /** Number of steps to read from each array. */
  readonly n: number;
  readonly rewards: ArrayLike<number>;
  /** V(s_t) for each step. */
  readonly values: ArrayLike<number>;
  /** V(s_{t+1}) of the observation the step actually led to (read only where the step did not terminate). */
  readonly nextValues: ArrayLike<number>;
  /** Nonzero where s_{t+1} is terminal. */
  readonly terminated: ArrayLike<number>;
  /** Nonzero where the episode was cut by a time limit after this step. */
  readonly truncated: ArrayLike<number>;
}

/** Fills advantages[0..n) and returns[0..n) (both may be Float32Array or Float64Array); returns the two arrays. */
export function gae<T extends Float32Array | Float64Array>(
  input: GaeInput, gamma: number, lambda: number, advantages: T, returns: T,
): { advantages: T; returns: T } {
  const { n, rewards, values, nextValues, terminated, truncated } = input;
  if (advantages.length < n || returns.length < n) throw new RangeError(`GAE over ${n} steps needs output arrays of at least ${n}`);
  let next = 0;
  for (let t = n - 1; t >= 0; t--) {
    const ended = terminated[t] !== 0;
    const done = ended || truncated[t] !== 0;
    const delta = rewards[t] + (ended ? 0 : gamma * nextValues[t]) - values[t];
    next = delta + (done ? 0 : gamma * lambda * next);
    advantages[t] = next;
    returns[t] = next + values[t];
  }
  return { advantages, returns };
}
