// GAE(λ) hand-computed on a 4-step rollout that holds a plain step, a truncation (bootstraps from the real next
// observation, but the recursion stops), a termination (no bootstrap) and an unfinished last step (bootstraps).
import { describe, it, expect } from 'vitest';
import { gae, type GaeInput } from '../../../../src/core/agents/neural/gae.ts';

const ROLLOUT: GaeInput = {
  n: 4,
  rewards: [0, 1, 2, 0.5],
  values: [0.5, 1, 0.2, 0.4],
  // Step 2's next value (9) must be ignored: its next state is terminal.
  nextValues: [1, 3, 9, 2],
  terminated: [0, 0, 1, 0],
  truncated: [0, 1, 0, 0],
};

function run(lambda: number, input: GaeInput = ROLLOUT) {
  const { advantages, returns } = gae(input, 0.9, lambda, new Float64Array(input.n), new Float64Array(input.n));
  return { advantages: Array.from(advantages), returns: Array.from(returns) };
}

const close = (xs: number[]) => xs.map((x) => expect.closeTo(x, 12));

describe('gae', () => {
  it('γ = 0.9, λ = 0.5 (γλ = 0.45), hand-computed from the last step back', () => {
    // t = 3 (rollout end, not done):  δ = 0.5 + 0.9·2 − 0.4 = 1.9;              A = 1.9            (A_4 = 0)
    // t = 2 (terminated):             δ = 2 + 0 − 0.2 = 1.8 (9 ignored);          A = 1.8            (done: stop)
    // t = 1 (truncated):              δ = 1 + 0.9·3 − 1 = 2.7 (bootstrap);        A = 2.7            (done: stop)
    // t = 0:                          δ = 0 + 0.9·1 − 0.5 = 0.4;                  A = 0.4 + 0.45·2.7 = 1.615
    // returns = A + V = [2.115, 3.7, 2.0, 2.3]
    const { advantages, returns } = run(0.5);
    expect(advantages).toEqual(close([1.615, 2.7, 1.8, 1.9]));
    expect(returns).toEqual(close([2.115, 3.7, 2, 2.3]));
  });

  it('λ = 1 gives discounted returns bootstrapped only at the truncation and the rollout end', () => {
    // G_0 = 0 + 0.9·(1 + 0.9·3) = 3.33; G_1 = 3.7; G_2 = 2 (terminated); G_3 = 0.5 + 0.9·2 = 2.3.
    const { advantages, returns } = run(1);
    expect(returns).toEqual(close([3.33, 3.7, 2, 2.3]));
    expect(advantages).toEqual(close([2.83, 2.7, 1.8, 1.9]));
  });

  it('λ = 0 gives the one-step TD errors', () => {
    expect(run(0).advantages).toEqual(close([0.4, 2.7, 1.8, 1.9]));
  });

  it('a truncation differs from a termination only by the bootstrap term', () => {
    const terminatedAt1 = { ...ROLLOUT, terminated: [0, 1, 1, 0], truncated: [0, 0, 0, 0] };
    // t = 1 loses 0.9·3: δ = 1 − 1 = 0; t = 0: A = 0.4 + 0.45·0 = 0.4.
    expect(run(0.5, terminatedAt1).advantages).toEqual(close([0.4, 0, 1.8, 1.9]));
  });

  it('reads only n steps and fills Float32 outputs too', () => {
    const longer = { ...ROLLOUT, n: 2 };
    // t = 1 is now the last step (truncated anyway): A_1 = 2.7, A_0 = 0.4 + 0.45·2.7.
    const { advantages } = gae(longer, 0.9, 0.5, new Float32Array(4), new Float32Array(4));
    expect(Array.from(advantages)).toEqual([1.615, 2.7, 0, 0].map((x) => expect.closeTo(x, 6)));
    expect(() => gae(ROLLOUT, 0.9, 0.5, new Float64Array(3), new Float64Array(4))).toThrow(RangeError);
  });
});
