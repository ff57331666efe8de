// Discrete SAC terms on hand-computed numbers: the soft critic target (one sample terminated), the twin critic
// loss, the actor loss on two states (and its fixed point π = softmax(minQ/α)), and the sign of the temperature
// loss's gradient in log α above, below and at the target entropy.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  policyEntropy, sacActorLoss, sacCriticTargets, softmaxPolicy, softStateValues, targetEntropy, temperatureLoss,
  twinCriticLoss,
} from '../../../../src/core/agents/neural/sac-discrete-terms.ts';

const LN3 = Math.log(3);

/** Run f in a tidy and read back its tensor as plain numbers. */
const read = (f: () => tf.Tensor): number[] => Array.from(tf.tidy(() => f().dataSync()));

describe('discrete SAC terms', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('softmaxPolicy gives π and log π; policyEntropy is −Σ π log π', () => {
    // logits [ln 3, 0] → π = [3/4, 1/4]; uniform over 4 → H = ln 4; [0.7, 0.1, 0.1, 0.1] → H = 0.940448
    expect(read(() => softmaxPolicy(tf.tensor2d([[LN3, 0]])).probs)).toEqual([0.75, 0.25].map((p) => expect.closeTo(p, 6)));
    expect(read(() => softmaxPolicy(tf.tensor2d([[LN3, 0]])).logProbs)).toEqual([Math.log(0.75), Math.log(0.25)].map((p) => expect.closeTo(p, 6)));
    const logits = [[0, 0, 0, 0], [Math.log(7), 0, 0, 0]];
    expect(read(() => policyEntropy(softmaxPolicy(tf.tensor2d(logits))))).toEqual([Math.log(4), 0.940448].map((h) => expect.closeTo(h, 5)));
    expect(targetEntropy(4, 0.98)).toBeCloseTo(0.98 * Math.log(4), 12);
  });

  it('critic target: r + γ(1 − terminated)·Σ π(min Q_targ − α log π), no bootstrap after termination', () => {
    // γ = 0.9, α = 0.5, two actions.
    // Sample 0 (not terminated), r = 0.5: π(·|s′) = softmax([ln 3, 0]) = [0.75, 0.25], log π = [−0.287682, −1.386294];
    //   Q1_targ = [1, 2], Q2_targ = [2, 0] → min = [1, 0];
    //   V(s′) = 0.75·(1 + 0.5·0.287682) + 0.25·(0 + 0.5·1.386294) = 0.857881 + 0.173287 = 1.031168;
    //   y = 0.5 + 0.9·1.031168 = 1.428051.
    // Sample 1 (terminated), r = 1: y = 1, whatever the large next-state values.
    const y = read(() => sacCriticTargets(
      tf.tensor1d([0.5, 1]), tf.tensor1d([0, 1]), softmaxPolicy(tf.tensor2d([[LN3, 0], [0, 5]])),
      tf.tensor2d([[1, 2], [10, 10]]), tf.tensor2d([[2, 0], [10, 10]]), 0.5, 0.9,
    ));
    expect(y).toEqual([1.428051, 1].map((v) => expect.closeTo(v, 5)));
    // The soft value alone, sample 0: 1.031168.
    expect(read(() => softStateValues(softmaxPolicy(tf.tensor2d([[LN3, 0]])), tf.tensor2d([[1, 0]]), 0.5))[0]).toBeCloseTo(1.031168, 5);
    // With α = 0 the target is r + γ·E_π[min Q]: 0.5 + 0.9·(0.75·1 + 0.25·0) = 1.175.
    const y0 = read(() => sacCriticTargets(
      tf.tensor1d([0.5]), tf.tensor1d([0]), softmaxPolicy(tf.tensor2d([[LN3, 0]])), tf.tensor2d([[1, 2]]), tf.tensor2d([[2, 0]]), 0, 0.9,
    ));
    expect(y0[0]).toBeCloseTo(1.175, 5);
  });

  it('twin critic loss: mean over the batch of (Q1 − y)² + (Q2 − y)²', () => {
    // Q1 = [1, 2], Q2 = [0, 3], y = [1.5, 1]: row 0: 0.25 + 2.25 = 2.5; row 1: 1 + 4 = 5; mean 3.75.
    expect(read(() => twinCriticLoss(tf.tensor1d([1, 2]), tf.tensor1d([0, 3]), tf.tensor1d([1.5, 1])))[0]).toBeCloseTo(3.75, 5);
  });

  it('actor loss: mean_s Σ_a π(α log π − min(Q1, Q2)) on two states', () => {
    // α = 0.1.
    // State A: π = softmax([0, 0]) = [0.5, 0.5]; Q1 = [1, 3], Q2 = [2, 1] → min = [1, 1];
    //   Σ = 2 · 0.5·(0.1·(−0.693147) − 1) = −1.069315.
    // State B: π = softmax([ln 3, 0]) = [0.75, 0.25]; Q1 = [0, 4], Q2 = [1, 2] → min = [0, 2];
    //   Σ = 0.75·(0.1·(−0.287682) − 0) + 0.25·(0.1·(−1.386294) − 2) = −0.021576 − 0.534657 = −0.556234.
    // Mean: (−1.069315 − 0.556234)/2 = −0.812774.
    const loss = read(() => {
      const minQ = tf.minimum(tf.tensor2d([[1, 3], [0, 4]]), tf.tensor2d([[2, 1], [1, 2]])) as tf.Tensor2D;
      return sacActorLoss(softmaxPolicy(tf.tensor2d([[0, 0], [LN3, 0]])), minQ, 0.1);
    });
    expect(loss[0]).toBeCloseTo(-0.812774, 5);
  });

  it('actor loss: the gradient in the logits pushes towards the larger Q and vanishes at π = softmax(minQ/α)', () => {
    const gradAt = (logits: number[][], minQ: number[][], alpha: number) => read(() => {
      const q = tf.tensor2d(minQ);
      return tf.grad((x: tf.Tensor) => sacActorLoss(softmaxPolicy(x as tf.Tensor2D), q, alpha))(tf.tensor2d(logits));
    });
    // Uniform logits, minQ = [0, 2]: descent (−gradient) raises the logit of action 1.
    const g = gradAt([[0, 0]], [[0, 2]], 0.1);
    expect(g[1]).toBeLessThan(0);
    expect(g[0]).toBeGreaterThan(0);
    // minQ = [0, 0.2], α = 0.1, logits = minQ/α = [0, 2]: the soft-greedy policy, a stationary point.
    gradAt([[0, 2]], [[0, 0.2]], 0.1).forEach((v) => expect(v).toBeCloseTo(0, 6));
    // Off it (logits [0, 1]) the gradient is not 0.
    expect(Math.abs(gradAt([[0, 1]], [[0, 0.2]], 0.1)[1])).toBeGreaterThan(1e-3);
  });

  it('temperature loss: ∂L_α/∂log α = mean H − H̄, so a descent step lowers α above the target and raises it below', () => {
    // Four actions, H̄ = 0.98·ln 4 = 1.358568.
    const target = targetEntropy(4, 0.98);
    const gradFor = (logits: number[][]) => read(() => {
      const entropy = policyEntropy(softmaxPolicy(tf.tensor2d(logits)));
      return tf.grad((logAlpha: tf.Tensor) => temperatureLoss(logAlpha as tf.Scalar, entropy, target))(tf.scalar(Math.log(0.2)));
    })[0];
    // Uniform: H = ln 4 = 1.386294 > H̄ → gradient 0.02·ln 4 = 0.027726 > 0, descent lowers log α.
    expect(gradFor([[0, 0, 0, 0], [0, 0, 0, 0]])).toBeCloseTo(0.027726, 5);
    // π = [0.7, 0.1, 0.1, 0.1]: H = 0.940448 < H̄ → gradient 0.940448 − 1.358568 = −0.418120 < 0, descent raises log α.
    expect(gradFor([[Math.log(7), 0, 0, 0]])).toBeCloseTo(-0.41812, 5);
    // At the target (on average over the batch): gradient 0.
    const atTarget = read(() => tf.grad((logAlpha: tf.Tensor) => temperatureLoss(
      logAlpha as tf.Scalar, tf.tensor1d([target + 0.3, target - 0.3]), target,
    ))(tf.scalar(0)))[0];
    expect(atTarget).toBeCloseTo(0, 6);
    // The loss value itself: mean(log α · (H − H̄)) = log 0.2 · 0.027726 = −0.044623.
    const value = read(() => temperatureLoss(tf.scalar(Math.log(0.2)), tf.tensor1d([Math.log(4)]), target))[0];
    expect(value).toBeCloseTo(Math.log(0.2) * 0.027726, 5);
  });

  it('an SGD step on log α moves α the right way', () => {
    const alphaAfterStep = (entropy: number) => {
      const logAlpha = tf.variable(tf.scalar(Math.log(0.2)));
      const sgd = tf.train.sgd(0.1);
      sgd.minimize(() => temperatureLoss(logAlpha as unknown as tf.Scalar, tf.tensor1d([entropy]), 1), false, [logAlpha]);
      const alpha = Math.exp(logAlpha.dataSync()[0]);
      logAlpha.dispose();
      sgd.dispose();
      return alpha;
    };
    // log α ← log α − 0.1·(H − 1): H = 1.2 → α = 0.2·e^−0.02; H = 0.5 → α = 0.2·e^0.05; H = 1 → unchanged.
    expect(alphaAfterStep(1.2)).toBeCloseTo(0.2 * Math.exp(-0.02), 6);
    expect(alphaAfterStep(0.5)).toBeCloseTo(0.2 * Math.exp(0.05), 6);
    expect(alphaAfterStep(1)).toBeCloseTo(0.2, 6);
  });

  it('leaves no tensors behind inside tidy', () => {
    const before = tf.memory().numTensors;
    read(() => sacCriticTargets(
      tf.tensor1d([0.5]), tf.tensor1d([0]), softmaxPolicy(tf.tensor2d([[LN3, 0]])), tf.tensor2d([[1, 2]]), tf.tensor2d([[2, 0]]), 0.5, 0.9,
    ));
    expect(tf.memory().numTensors).toBe(before);
  });
});
