// The offline losses by hand: BC's cross-entropy, CQL's logsumexp penalty, XQL's Gumbel loss (with and without its
// clip) and f-DVL's χ² value loss, and where each puts V among the Q values of the data.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { behaviourCloningLoss, chiSquareValueLoss, cqlPenalty, gumbelLoss } from '../../../../../src/core/agents/neural/offline/offline-losses.ts';

describe('offline losses', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('BC: −log π(a|s) of the softmax, averaged', () => {
    // Logits (0, ln 3): π = (1/4, 3/4). Rows take actions 1 and 0: (−log ¾ − log ¼) / 2.
    const loss = tf.tidy(() => behaviourCloningLoss(tf.tensor2d([[0, Math.log(3)], [0, Math.log(3)]]), tf.tensor1d([1, 0], 'int32')).dataSync()[0]!);
    expect(loss).toBeCloseTo((-Math.log(0.75) - Math.log(0.25)) / 2, 5);
  });

  it('CQL: mean of logsumexp_a Q(s, a) − Q(s, a_data); zero only when the data action takes all the mass', () => {
    const lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
    const penalty = tf.tidy(() => cqlPenalty(tf.tensor2d([[1, 2, 3], [1, 2, 3]]), tf.tensor1d([0, 2], 'int32')).dataSync()[0]!);
    expect(penalty).toBeCloseTo(((lse - 1) + (lse - 3)) / 2, 5);
    const sharp = tf.tidy(() => cqlPenalty(tf.tensor2d([[0, 50]]), tf.tensor1d([1], 'int32')).dataSync()[0]!);
    expect(sharp).toBeCloseTo(0, 5);
  });

  it('XQL: mean(e^z − z − 1) with z = min(u/β, c); without the clip a large u overflows', () => {
    const loss = (u: number[], beta: number, clip: number) => tf.tidy(() => gumbelLoss(tf.tensor1d(u), beta, clip).dataSync()[0]!);
    // u = (0, 2), β = 2: z = (0, 1): (0 + (e − 2)) / 2.
    expect(loss([0, 2], 2, 7)).toBeCloseTo((Math.E - 2) / 2, 5);
    // z = −3 is not clipped (the clip is on top only): e^−3 + 3 − 1.
    expect(loss([-3], 1, 7)).toBeCloseTo(Math.exp(-3) + 2, 5);
    // z = 100 is clipped to 7: e^7 − 8; unclipped, e^100 overflows float32.
    expect(loss([100], 1, 7)).toBeCloseTo(Math.exp(7) - 8, 1);
    expect(loss([100], 1, Infinity)).toBe(Infinity);
  });

  it('f-DVL (χ²): mean(λ · max(u + u²/4, 0) − (1 − λ) · u)', () => {
    const loss = (u: number[], lambda: number) => tf.tidy(() => chiSquareValueLoss(tf.tensor1d(u), lambda).dataSync()[0]!);
    // u = 2: 0.8 · (2 + 1) − 0.2 · 2 = 2; u = −1: max(−1 + ¼, 0) = 0, so 0.2.
    expect(loss([2, -1], 0.8)).toBeCloseTo((2 + 0.2) / 2, 5);
    // Below u = −4 the quadratic is positive again: u = −6 gives 0.8 · 3 + 0.2 · 6.
    expect(loss([-6], 0.8)).toBeCloseTo(0.8 * 3 + 0.2 * 6, 5);
  });

  it('puts V higher among the data’s Q values as λ (f-DVL) grows or β (XQL) shrinks, below their maximum', () => {
    // V minimising each loss for Q values {0, 1, 2, 3} of one state, by gradient descent.
    const fit = (loss: (u: tf.Tensor) => tf.Scalar) => {
      const v = tf.variable(tf.scalar(1.5));
      const optimizer = tf.train.sgd(0.05);
      for (let i = 0; i < 3000; i++) optimizer.minimize(() => loss(tf.sub(tf.tensor1d([0, 1, 2, 3]), v)));
      const out = v.dataSync()[0]!;
      v.dispose();
      optimizer.dispose();
      return out;
    };
    const low = fit((u) => chiSquareValueLoss(u, 0.6));
    const high = fit((u) => chiSquareValueLoss(u, 0.9));
    expect(low).toBeLessThan(high);
    expect(high).toBeLessThan(3);
    const soft = fit((u) => gumbelLoss(u, 2, 7));
    const sharp = fit((u) => gumbelLoss(u, 0.5, 7));
    expect(soft).toBeLessThan(sharp);
    expect(sharp).toBeLessThan(3);
    // The Gumbel loss's minimiser is β · log mean(e^{Q/β}), a soft maximum.
    expect(sharp).toBeCloseTo(0.5 * Math.log([0, 1, 2, 3].reduce((m, q) => m + Math.exp(q / 0.5), 0) / 4), 2);
  });
});
