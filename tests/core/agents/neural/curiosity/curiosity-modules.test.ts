// The two curiosity modules. RND: only the predictor is trainable; its loss is the mean squared error, so with
// every row in the mask loss = 2·bonus/k; training on one observation burns its bonus down while a different one
// stays bright; an empty mask gives loss 0. ICM: the bonus of a transition that always follows from (s, a) fades
// with training while one whose next state is random noise stays high (what the noisy TV exploits). Both keep
// the tensor count flat.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { createRnd } from '../../../../../src/core/agents/neural/curiosity/rnd.ts';
import { createIcm } from '../../../../../src/core/agents/neural/curiosity/icm.ts';
import type { CuriosityModule } from '../../../../../src/core/agents/neural/curiosity/curiosity-module.ts';
import { createRng, type Rng } from '../../../../../src/core/rng/rng.ts';

const WIDTH = 12;

function randomRows(rng: Rng, rows: number): Float32Array {
  return Float32Array.from({ length: rows * WIDTH }, () => rng.normal());
}

/** Bonus per row of (obs, actions, next). */
function bonusOf(m: CuriosityModule, obs: Float32Array, actions: number[], next: Float32Array): number[] {
  return tf.tidy(() => Array.from(m.bonus(
    tf.tensor2d(obs, [actions.length, WIDTH]), tf.tensor1d(actions, 'int32'), tf.tensor2d(next, [actions.length, WIDTH]),
  ).dataSync()));
}

/** `steps` Adam steps on the module's loss over the given rows, all in the mask. */
function train(m: CuriosityModule, obs: Float32Array, actions: number[], next: Float32Array, steps: number): void {
  const optimizer = tf.train.adam(3e-3);
  const n = actions.length;
  for (let i = 0; i < steps; i++) {
    tf.tidy(() => {
      optimizer.minimize(() => m.loss(
        tf.tensor2d(obs, [n, WIDTH]), tf.tensor1d(actions, 'int32'), tf.tensor2d(next, [n, WIDTH]), tf.ones([n]),
      ), false, m.trainable as tf.Variable[]);
    });
  }
  optimizer.dispose();
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('curiosity modules', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('RND trains only its predictor, and its loss is the mean of the squared error (2·bonus/k)', () => {
    const rnd = createRnd(WIDTH, { outputDim: 8, hidden: 16 }, createRng(1));
    expect(rnd.trainable).toHaveLength(6); // the predictor's three layers, weights and biases
    const rng = createRng(2);
    const x = randomRows(rng, 5);
    const bonus = bonusOf(rnd, x, [0, 0, 0, 0, 0], x);
    for (const b of bonus) expect(b).toBeGreaterThan(0);
    const [all, none] = tf.tidy(() => {
      const t = tf.tensor2d(x, [5, WIDTH]);
      const a = tf.zeros([5], 'int32') as tf.Tensor1D;
      return [rnd.loss(t, a, t, tf.ones([5])).dataSync()[0], rnd.loss(t, a, t, tf.zeros([5])).dataSync()[0]];
    });
    expect(all).toBeCloseTo((2 * mean(bonus)) / 8, 5);
    expect(none).toBe(0);
    rnd.dispose();
  });

  it('RND’s bonus burns down where it trains and stays bright elsewhere', () => {
    const rnd = createRnd(WIDTH, { outputDim: 16, hidden: 32 }, createRng(3));
    const rng = createRng(4);
    const seen = randomRows(rng, 4);
    const unseen = randomRows(rng, 4);
    const actions = [0, 0, 0, 0];
    const before = tf.memory().numTensors;
    const seenBefore = mean(bonusOf(rnd, seen, actions, seen));
    const unseenBefore = mean(bonusOf(rnd, unseen, actions, unseen));
    train(rnd, seen, actions, seen, 300);
    const seenAfter = mean(bonusOf(rnd, seen, actions, seen));
    const unseenAfter = mean(bonusOf(rnd, unseen, actions, unseen));
    expect(seenAfter).toBeLessThan(0.05 * seenBefore);
    expect(unseenAfter).toBeGreaterThan(0.3 * unseenBefore);
    expect(unseenAfter).toBeGreaterThan(10 * seenAfter);
    expect(tf.memory().numTensors).toBe(before);
    rnd.dispose();
  });

  it('ICM’s bonus fades for predictable transitions and stays high for a next state that is pure noise', () => {
    const icm = createIcm(WIDTH, { featureDim: 8, hidden: 32, nActions: 4, forwardWeight: 0.2 }, createRng(5));
    const rng = createRng(6);
    // Predictable: from four states, each action leads to a fixed one of them. Noisy: from four other states (the
    // TV), the next state is drawn anew every time.
    const states = randomRows(rng, 4);
    const tvStates = randomRows(rng, 4);
    const rowOf = (data: Float32Array, i: number) => data.subarray(i * WIDTH, (i + 1) * WIDTH);
    const batch = (noisy: boolean) => {
      const obs = new Float32Array(32 * WIDTH);
      const next = new Float32Array(32 * WIDTH);
      const actions: number[] = [];
      for (let i = 0; i < 32; i++) {
        const s = i % 4;
        const a = Math.floor(i / 4) % 4;
        obs.set(rowOf(noisy ? tvStates : states, s), i * WIDTH);
        next.set(noisy ? randomRows(rng, 1) : rowOf(states, (s + a) % 4), i * WIDTH);
        actions.push(a);
      }
      return { obs, actions, next };
    };
    const start = batch(false);
    const predictableBefore = mean(bonusOf(icm, start.obs, start.actions, start.next));
    const before = tf.memory().numTensors;
    const optimizer = tf.train.adam(3e-3);
    for (let step = 0; step < 400; step++) {
      const b = [batch(false), batch(true)];
      tf.tidy(() => {
        optimizer.minimize(() => tf.addN(b.map(({ obs, actions, next }) => icm.loss(
          tf.tensor2d(obs, [32, WIDTH]), tf.tensor1d(actions, 'int32'), tf.tensor2d(next, [32, WIDTH]), tf.ones([32]),
        ))) as tf.Scalar, false, icm.trainable as tf.Variable[]);
      });
    }
    const predictable = batch(false);
    const noisy = batch(true);
    const p = mean(bonusOf(icm, predictable.obs, predictable.actions, predictable.next));
    const n = mean(bonusOf(icm, noisy.obs, noisy.actions, noisy.next));
    expect(p).toBeLessThan(0.3 * predictableBefore);
    expect(n).toBeGreaterThan(3 * p);
    optimizer.dispose();
    expect(tf.memory().numTensors).toBe(before);
    icm.dispose();
  });
});

