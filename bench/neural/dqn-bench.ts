// DQN update speed on the current tfjs backend: our agent's learn() with an update every step (batch 64, MLP
// 100-64-64-4 on a one-hot 10×10 grid, Adam, Huber, Double DQN), against two bare tfjs loops of the same network on
// fixed tensors: a plain supervised minimize() step, and the same Double-DQN update (target-net and online-net
// forward passes on s′, then the Huber step). Runs in Node and in the browser bench page alike.
import * as tf from '@tensorflow/tfjs';
import { createDqn, type DqnSettings } from '../../src/core/agents/neural/dqn.ts';
import { createGridEncoder } from '../../src/core/envs/gridworld/grid-encoders.ts';
import { parseGridSpec } from '../../src/core/envs/gridworld/grid-layout.ts';
import { discrete } from '../../src/core/spaces/space.ts';
import { createRng } from '../../src/core/rng/rng.ts';

const N_STATES = 100;
const OPEN_10X10 = parseGridSpec({
  rows: ['S.........', ...Array<string>(8).fill('..........'), '.........G'],
  stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0,
});

const SETTINGS: DqnSettings = {
  gamma: 0.99, learningRate: 1e-3, epsilonStart: 0.1, epsilonEnd: 0.1, epsilonDecaySteps: 1, batchSize: 64, bufferSize: 10_000,
  learningStarts: 64, trainEvery: 1, targetUpdateEvery: 500, tau: 1, doubleDqn: true, huber: true, hidden: [64, 64],
};

/** Updates per second of our DQN: learn() calls that each run one Adam update. */
export function dqnUpdatesPerSecond(updates: number): number {
  const rng = createRng(1);
  const features = createGridEncoder('one-hot', () => OPEN_10X10);
  const agent = createDqn({ observationSpace: discrete(N_STATES), actionSpace: discrete(4), rng, features }, SETTINGS);
  const t = { obs: 0, action: 0, reward: 0, nextObs: 1, terminated: false, truncated: false };
  const feed = (n: number) => {
    for (let i = 0; i < n; i++) {
      t.obs = rng.int(N_STATES); t.action = rng.int(4); t.nextObs = rng.int(N_STATES); t.reward = t.nextObs === N_STATES - 1 ? 1 : 0;
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

interface BareNet {
  readonly vars: tf.Variable[];
  apply(x: tf.Tensor2D): tf.Tensor2D;
}

function bareNet(seed: number): BareNet {
  // tidy frees the initial values; the variables survive it.
  const init = (shape: [number, number], i: number) => tf.tidy(() => tf.variable(tf.randomUniform(shape, -0.1, 0.1, 'float32', seed + i)));
  const zeros = (n: number) => tf.tidy(() => tf.variable(tf.zeros([n])));
  const w = [init([N_STATES, 64], 0), init([64, 64], 1), init([64, 4], 2)];
  const b = [zeros(64), zeros(64), zeros(4)];
  return {
    vars: [...w, ...b],
    apply: (x) => {
      const h1 = tf.relu(tf.add(tf.matMul(x, w[0]), b[0]));
      const h2 = tf.relu(tf.add(tf.matMul(h1, w[1]), b[1]));
      return tf.add(tf.matMul(h2, w[2]), b[2]);
    },
  };
}

function timed(updates: number, step: () => void): number {
  for (let i = 0; i < 50; i++) step();
  const start = performance.now();
  for (let i = 0; i < updates; i++) step();
  return updates / ((performance.now() - start) / 1000);
}

/** A plain supervised step of the same network: optimizer.minimize(Huber) on fixed tensors. */
export function bareTfjsUpdatesPerSecond(updates: number): number {
  const net = bareNet(1);
  const x = tf.randomUniform([64, N_STATES]) as tf.Tensor2D;
  const y = tf.randomUniform([64, 4]);
  const optimizer = tf.train.adam(1e-3);
  const rate = timed(updates, () => tf.tidy(() => {
    optimizer.minimize(() => tf.losses.huberLoss(y, net.apply(x)) as tf.Scalar, true)!.dataSync();
  }));
  tf.dispose([...net.vars, x, y]);
  optimizer.dispose();
  return rate;
}

/** The same Double-DQN update as the agent, written as one bare tfjs step on fixed tensors. */
export function bareDqnUpdatesPerSecond(updates: number): number {
  const online = bareNet(1);
  const target = bareNet(11);
  const s = tf.randomUniform([64, N_STATES]) as tf.Tensor2D;
  const s2 = tf.randomUniform([64, N_STATES]) as tf.Tensor2D;
  const mask = tf.tidy(() => tf.oneHot(tf.tensor1d(Array.from({ length: 64 }, (_, i) => i % 4), 'int32'), 4));
  const r = tf.randomUniform([64]);
  const notDone = tf.ones([64]);
  const optimizer = tf.train.adam(1e-3);
  const rate = timed(updates, () => tf.tidy(() => {
    const best = tf.oneHot(tf.argMax(online.apply(s2), 1) as tf.Tensor1D, 4);
    const y = tf.add(r, tf.mul(tf.mul(notDone, 0.99), tf.sum(tf.mul(target.apply(s2), best), 1)));
    optimizer.minimize(() => tf.losses.huberLoss(y, tf.sum(tf.mul(online.apply(s), mask), 1)) as tf.Scalar, true)!.dataSync();
  }));
  tf.dispose([...online.vars, ...target.vars, s, s2, mask, r, notDone]);
  optimizer.dispose();
  return rate;
}
