// The policy-gradient terms, hand-worked: log-probabilities and entropy from logits, PPO's clipped surrogate on a
// 3-sample batch (one ratio inside the band, one clipped above, one clipped below), its clip fraction and k3
// approx-KL, its gradient (zero where clipped; the vanilla gradient at ρ = 1), and global-norm clipping.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  approxKl, categoricalEntropy, clipByGlobalNorm, clipFraction, logProbsOf, normalizeAdvantages, ppoClippedLoss,
  totalLoss, vanillaPolicyLoss,
} from '../../../../src/core/agents/neural/policy-gradient-terms.ts';

const read = (f: () => tf.Tensor): number[] => Array.from(tf.tidy(() => f().dataSync()));
const close = (xs: number[], digits = 6) => xs.map((x) => expect.closeTo(x, digits));

// ε = 0.2. Sample 0: ρ = 1.1, A = 2 (inside the band); sample 1: ρ = 1.5, A = 1 (above 1 + ε, A > 0: clipped);
// sample 2: ρ = 0.5, A = −1 (below 1 − ε, A < 0: clipped).
const CLIP = 0.2;
const RATIOS = [1.1, 1.5, 0.5];
const ADVANTAGES = [2, 1, -1];
const OLD_LOG_PROBS = [Math.log(0.5), Math.log(0.4), Math.log(0.6)];
const NEW_LOG_PROBS = OLD_LOG_PROBS.map((old, i) => old + Math.log(RATIOS[i]));

const batch = () => ({ logp: tf.tensor1d(NEW_LOG_PROBS), old: tf.tensor1d(OLD_LOG_PROBS), adv: tf.tensor1d(ADVANTAGES) });

describe('policy-gradient terms', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('log π(a|s) from logits: 3 − ln(e + e² + e³) = −0.4076, and ≈ ln ½ for two equal leading logits', () => {
    const logp = read(() => logProbsOf(tf.tensor2d([[1, 2, 3], [5, 5, 0]]), tf.tensor1d([2, 1], 'int32')));
    expect(logp).toEqual(close([3 - Math.log(Math.E + Math.E ** 2 + Math.E ** 3), Math.log(Math.exp(5) / (2 * Math.exp(5) + 1))]));
  });

  it('entropy of a categorical: ln n when uniform, −(¾ ln ¾ + ¼ ln ¼) for logits (ln 3, 0), ≈ 0 when nearly certain', () => {
    const h = read(() => categoricalEntropy(tf.tensor2d([[0, 0, 0, 0], [7, 7, 7, 7], [Math.log(3), 0, -1e4, -1e4], [60, 0, 0, 0]])));
    expect(h[0]).toBeCloseTo(Math.log(4), 6);
    expect(h[1]).toBeCloseTo(Math.log(4), 6);
    expect(h[2]).toBeCloseTo(-(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)), 6);
    expect(h[3]).toBeCloseTo(0, 6);
  });

  it('PPO clipped loss on the 3-sample batch', () => {
    // max(−Aρ, −A·clip(ρ)): sample 0: max(−2.2, −2.2) = −2.2; sample 1: max(−1.5, −1.2) = −1.2;
    // sample 2: max(0.5, 0.8) = 0.8. Mean: (−2.2 − 1.2 + 0.8)/3 = −0.866667.
    const [loss] = read(() => { const b = batch(); return ppoClippedLoss(b.logp, b.old, b.adv, CLIP); });
    expect(loss).toBeCloseTo(-2.6 / 3, 5);
  });

  it('clip fraction 2/3 and approx-KL mean((ρ − 1) − ln ρ) on the same batch', () => {
    // (0.1 − ln 1.1) + (0.5 − ln 1.5) + (−0.5 − ln 0.5) = 0.0046898 + 0.0945349 + 0.1931472 = 0.2923719; /3 = 0.0974573
    const [fraction] = read(() => { const b = batch(); return clipFraction(b.logp, b.old, CLIP); });
    const [kl] = read(() => { const b = batch(); return approxKl(b.logp, b.old); });
    expect(fraction).toBeCloseTo(2 / 3, 6);
    expect(kl).toBeCloseTo(0.0974573, 5);
  });

  it('the clipped samples get no gradient; the one inside the band gets −A·ρ/n', () => {
    const grad = read(() => {
      const b = batch();
      return tf.grad((logp: tf.Tensor) => ppoClippedLoss(logp as tf.Tensor1D, b.old, b.adv, CLIP))(b.logp);
    });
    expect(grad).toEqual(close([(-2 * 1.1) / 3, 0, 0]));
  });

  it('is pessimistic: a ratio above the band with A < 0 is not clipped (the loss keeps growing)', () => {
    // ρ = 1.5, A = −1: max(1.5, 1.2) = 1.5, gradient −A·ρ = 1.5.
    const logp = [Math.log(1.5)];
    const [loss] = read(() => ppoClippedLoss(tf.tensor1d(logp), tf.tensor1d([0]), tf.tensor1d([-1]), CLIP));
    const [grad] = read(() => tf.grad((x: tf.Tensor) => ppoClippedLoss(x as tf.Tensor1D, tf.tensor1d([0]), tf.tensor1d([-1]), CLIP))(tf.tensor1d(logp)));
    expect(loss).toBeCloseTo(1.5, 6);
    expect(grad).toBeCloseTo(1.5, 6);
  });

  it('at ρ = 1 the PPO gradient on the logits equals the vanilla policy gradient', () => {
    const logits = [[0.3, -1.2, 2, 0.1], [1, 1, -0.5, 0], [-2, 0.7, 0.4, 1.5]];
    const actions = [0, 2, 3];
    const advantages = [1, -2, 0.5];
    const [ppo, vanilla] = tf.tidy(() => {
      const x = tf.tensor2d(logits);
      const a = tf.tensor1d(actions, 'int32');
      const adv = tf.tensor1d(advantages);
      // π_old = π_θ, as a constant: ρ = 1 exactly.
      const old = tf.tensor1d(logProbsOf(x, a).dataSync());
      const ppoGrad = tf.grad((l: tf.Tensor) => ppoClippedLoss(logProbsOf(l as tf.Tensor2D, a), old, adv, CLIP))(x);
      const vanillaGrad = tf.grad((l: tf.Tensor) => vanillaPolicyLoss(logProbsOf(l as tf.Tensor2D, a), adv))(x);
      return [Array.from(ppoGrad.dataSync()), Array.from(vanillaGrad.dataSync())];
    });
    expect(ppo).toEqual(close(vanilla));
    // Not trivially zero: row 0 pushes up logit 0 by A/n·(1 − π(0)).
    expect(Math.abs(vanilla[0])).toBeGreaterThan(0.01);
  });

  it('vanilla loss −mean(A·log π) and total L_pg − c_ent·H + c_v·L_value', () => {
    // −(2·ln 0.5 + 1·ln 0.4 − 1·ln 0.6)/3
    const [pg] = read(() => vanillaPolicyLoss(tf.tensor1d(OLD_LOG_PROBS), tf.tensor1d(ADVANTAGES)));
    expect(pg).toBeCloseTo(-(2 * Math.log(0.5) + Math.log(0.4) - Math.log(0.6)) / 3, 6);
    const [total] = read(() => totalLoss(tf.scalar(1.5), tf.scalar(2), tf.scalar(4), 0.1, 0.5));
    expect(total).toBeCloseTo(1.5 - 0.2 + 2, 6);
  });

  it('normalises advantages to mean 0 and (population) std 1', () => {
    // [1, 2, 3]: mean 2, std √(2/3)
    expect(read(() => normalizeAdvantages(tf.tensor1d([1, 2, 3])))).toEqual(close([-Math.sqrt(1.5), 0, Math.sqrt(1.5)], 5));
    expect(read(() => normalizeAdvantages(tf.tensor1d([4])))).toEqual([0]);
  });

  it('clips gradients by their global norm (‖(3, 4)‖ = 5), and leaves them when under the limit or off', () => {
    const clip = (maxNorm: number) => tf.tidy(() => {
      const { grads, norm } = clipByGlobalNorm({ a: tf.tensor1d([3]), b: tf.tensor2d([[4, 0]]) }, maxNorm);
      return [...grads.a.dataSync(), ...grads.b.dataSync(), norm.dataSync()[0]];
    });
    expect(clip(1)).toEqual(close([0.6, 0.8, 0, 5], 5));
    expect(clip(10)).toEqual(close([3, 4, 0, 5]));
    expect(clip(0)).toEqual(close([3, 4, 0, 5]));
  });
});
