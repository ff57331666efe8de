// The offline losses by hand: BC's cross-entropy and CQL's logsumexp penalty.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { behaviourCloningLoss, cqlPenalty } from '../../../../../src/core/agents/neural/offline/offline-losses.ts';

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
});
