// One-step TD errors for tabular action values (Sutton & Barto 2018, §6.4–6.6). Q is a flat table
// q[s * nActions + a]; `discount` is already 0 when the next state is terminal (see discountFor).

/** γ, or 0 when the transition ended in a terminal state (truncation still bootstraps). */
export function discountFor(terminated: boolean, gamma: number): number {
  return terminated ? 0 : gamma;
}

/** Q-learning (eq. 6.8): δ = r + γ·max_a' Q(s',a') − Q(s,a). */
export function qLearningTdError(
  q: Float64Array, nActions: number, s: number, a: number, reward: number, discount: number, nextS: number,
): number {
  let maxNext = -Infinity;
  const base = nextS * nActions;
  for (let b = 0; b < nActions; b++) if (q[base + b] > maxNext) maxNext = q[base + b];
  return reward + discount * maxNext - q[s * nActions + a];
}

/** SARSA (eq. 6.7): δ = r + γ·Q(s',a') − Q(s,a), with a' the action actually taken next. */
export function sarsaTdError(
  q: Float64Array, nActions: number, s: number, a: number, reward: number, discount: number, nextS: number, nextA: number,
): number {
  return reward + discount * q[nextS * nActions + nextA] - q[s * nActions + a];
}

/** Expected SARSA (eq. 6.9): δ = r + γ·Σ_a' π(a'|s')·Q(s',a') − Q(s,a); `nextPolicy` holds π(·|s'). */
export function expectedSarsaTdError(
  q: Float64Array, nActions: number, s: number, a: number, reward: number, discount: number, nextS: number,
  nextPolicy: ArrayLike<number>,
): number {
  let expected = 0;
  const base = nextS * nActions;
  for (let b = 0; b < nActions; b++) expected += nextPolicy[b] * q[base + b];
  return reward + discount * expected - q[s * nActions + a];
}
