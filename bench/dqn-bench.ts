// DQN update speed on the tfjs cpu backend in Node: our agent's learn() with an update every step (batch 64,
// MLP 121-64-64-4, Adam, Huber, Double DQN) against a bare tfjs training loop of the same network, as medians.
import * as tf from '@tensorflow/tfjs';
import { createDqn, type DqnSettings } from '../src/core/agents/neural/dqn.ts';
import { createGridEncoder } from '../src/core/envs/gridworld/grid-encoders.ts';
import { parseGridSpec } from '../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../src/core/envs/gridworld/grid-presets.ts';
import { discrete } from '../src/core/spaces/space.ts';
import { createRng } from '../src/core/rng/rng.ts';

const SETTINGS: DqnSettings = {
  gamma: 0.99, learningRate: 1e-3, epsilonStart: 0.1, epsilonEnd: 0.1, epsilonDecaySteps: 1, batchSize: 64, bufferSize: 10_000,
  learningStarts: 64, trainEvery: 1, targetUpdateEvery: 500, tau: 1, doubleDqn: true, huber: true, hidden: [64, 64],
};

/** Updates per second of our DQN: learn() calls that each run one Adam update. */
export function dqnUpdatesPerSecond(updates: number): number {
  const layout = parseGridSpec(FOUR_ROOMS);
  const rng = createRng(1);
  const features = createGridEncoder('one-hot', () => layout);
  const agent = createDqn({ observationSpace: discrete(121), actionSpace: discrete(4), rng, features }, SETTINGS);
  const t = { obs: 0, action: 0, reward: 0, nextObs: 1, terminated: false, truncated: false };
  const feed = (n: number) => {
    for (let i = 0; i < n; i++) {
      t.obs = rng.int(121); t.action = rng.int(4); t.nextObs = rng.int(121); t.reward = t.nextObs === 120 ? 1 : 0;
      agent.learn(t);
    }
  };
  feed(200); // fill past learningStarts and warm up the kernels
  const start = performance.now();
  feed(updates);
  const rate = updates / ((performance.now() - start) / 1000);
  agent.dispose?.();
  return rate;
}

/** The floor: the same network and optimiser trained on fixed tensors with nothing but optimizer.minimize. */
export function bareTfjsUpdatesPerSecond(updates: number): number {
  const init = (shape: [number, number]) => tf.variable(tf.randomUniform(shape, -0.1, 0.1, 'float32', 1));
  const w = [init([121, 64]), init([64, 64]), init([64, 4])];
  const b = [tf.variable(tf.zeros([64])), tf.variable(tf.zeros([64])), tf.variable(tf.zeros([4]))];
  const x = tf.randomUniform([64, 121]);
  const y = tf.randomUniform([64, 4]);
  const optimizer = tf.train.adam(1e-3);
  const step = () => tf.tidy(() => {
    optimizer.minimize(() => {
      const h1 = tf.relu(tf.add(tf.matMul(x, w[0]), b[0]));
      const h2 = tf.relu(tf.add(tf.matMul(h1, w[1]), b[1]));
      return tf.losses.huberLoss(y, tf.add(tf.matMul(h2, w[2]), b[2])) as tf.Scalar;
    }, true)!.dataSync();
  });
  for (let i = 0; i < 50; i++) step();
  const start = performance.now();
  for (let i = 0; i < updates; i++) step();
  const rate = updates / ((performance.now() - start) / 1000);
  tf.dispose([...w, ...b, x, y]);
  optimizer.dispose();
  return rate;
}
