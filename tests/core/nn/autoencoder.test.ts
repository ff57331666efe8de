// The learned descriptor's autoencoder: training lowers the reconstruction error, codes have the asked size, and
// neither fitting nor encoding leaves tensors behind; dispose frees the model.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createAutoencoder } from '../../../src/core/nn/autoencoder.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

describe('autoencoder', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('learns to reconstruct a few patterns through a small code, without leaking tensors', () => {
    const before = tf.memory().numTensors;
    const ae = createAutoencoder({ inputs: 16, hidden: 16, code: 2, learningRate: 0.02, steps: 20, batchSize: 8 }, createRng(1));
    const created = tf.memory().numTensors;
    const rows = [0, 1, 2, 3].map((k) => Float32Array.from({ length: 16 }, (_, i) => (Math.floor(i / 4) === k ? 1 : 0)));
    const first = ae.fit(rows);
    let last = first;
    for (let i = 0; i < 15; i++) last = ae.fit(rows);
    expect(last).toBeLessThan(first / 2);
    const codes = ae.encode(rows);
    expect(codes).toHaveLength(4);
    for (const c of codes) expect(c).toHaveLength(2);
    // Adam's moment estimates are created on the first step and kept: the count is flat from then on.
    const settled = tf.memory().numTensors;
    ae.fit(rows);
    ae.encode(rows);
    expect(tf.memory().numTensors).toBe(settled);
    expect(settled).toBeGreaterThanOrEqual(created);
    ae.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
