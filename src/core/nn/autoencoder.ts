// A small autoencoder for learned behaviour descriptors (TAXONS, Paolo et al. 2020): encoder MLP to a code of a few
// numbers, decoder MLP back to the input through a sigmoid, trained by full-batch Adam on the squared
// reconstruction error on minibatches. fit() continues from the current weights, so codes drift slowly between retrainings.
// Every tensor lives inside tf.tidy or is disposed with the model.
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../rng/rng.ts';
import { createMlp } from './mlp.ts';
import { mseLoss } from './losses.ts';
import { predictRows } from './predict-rows.ts';

export interface AutoencoderSettings {
  readonly inputs: number;
  readonly hidden: number;
  readonly code: number;
  readonly learningRate: number;
  /** Adam steps per fit(), each on a minibatch drawn from the rows. */
  readonly steps: number;
  readonly batchSize: number;
}

export interface Autoencoder {
  fit(rows: readonly Float32Array[]): number;
  encode(rows: readonly Float32Array[]): Float64Array[];
  dispose(): void;
}

export function createAutoencoder(settings: AutoencoderSettings, rng: Rng): Autoencoder {
  const { inputs, hidden, code } = settings;
  const encoder = createMlp([inputs, hidden, code], rng.fork('encoder'));
  const decoder = createMlp([code, hidden, inputs], rng.fork('decoder'));
  const variables = [...encoder.variables, ...decoder.variables];
  const optimizer = tf.train.adam(settings.learningRate);
  const batchRng = rng.fork('batches');
  const stack = (rows: readonly Float32Array[]) => {
    const flat = new Float32Array(rows.length * inputs);
    rows.forEach((r, i) => flat.set(r, i * inputs));
    return flat;
  };
  return {
    /** Returns the last step's reconstruction loss. */
    fit(rows) {
      if (rows.length === 0) return NaN;
      const n = Math.min(settings.batchSize, rows.length);
      let loss = NaN;
      for (let step = 0; step < settings.steps; step++) {
        const batch = Array.from({ length: n }, () => rows[batchRng.int(rows.length)]!);
        const flat = stack(batch);
        const last = step === settings.steps - 1;
        loss = tf.tidy(() => {
          const x = tf.tensor2d(flat, [n, inputs]);
          const { value, grads } = tf.variableGrads(() => mseLoss(tf.sigmoid(decoder.apply(encoder.apply(x))), x), variables);
          optimizer.applyGradients(variables.map((v) => ({ name: v.name, tensor: grads[v.name]! })));
          return last ? value.dataSync()[0]! : NaN;
        });
      }
      return loss;
    },
    encode(rows) {
      if (rows.length === 0) return [];
      const codes = predictRows(encoder, stack(rows), rows.length);
      return rows.map((_, i) => Float64Array.from(codes.subarray(i * code, (i + 1) * code)));
    },
    dispose() {
      encoder.dispose();
      decoder.dispose();
      optimizer.dispose();
    },
  };
}
