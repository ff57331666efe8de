// PPO throughput on the current tfjs backend: env samples per second through act() + learn(), rollouts of 128
// steps, 4 epochs × 4 minibatches of Adam, separate actor and critic MLPs 100-64-64 on a one-hot 10×10 grid.
import { createPpo, type PpoSettings } from '../../src/core/agents/neural/ppo.ts';
import { createGridEncoder } from '../../src/core/envs/gridworld/grid-encoders.ts';
import { parseGridSpec } from '../../src/core/envs/gridworld/grid-layout.ts';
import { GridworldEnv } from '../../src/core/envs/gridworld/gridworld-env.ts';
import { createRng } from '../../src/core/rng/rng.ts';

const OPEN_10X10 = parseGridSpec({
  rows: ['S.........', ...Array<string>(8).fill('..........'), '.........G'],
  stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0,
});

const SETTINGS: PpoSettings = {
  gamma: 0.99, learningRate: 3e-4, hidden: [64, 64], entropyCoef: 0.01, valueCoef: 0.5, maxGradNorm: 0.5,
  rolloutSteps: 128, gaeLambda: 0.95, clipRange: 0.2, epochs: 4, minibatches: 4, normalizeAdvantages: true,
};

/** Env steps per second of PPO acting and learning (updates included), after one warm-up rollout. */
export function ppoSamplesPerSecond(samples: number): number {
  const root = createRng(1);
  const env = new GridworldEnv(OPEN_10X10, root.fork('env'));
  const features = createGridEncoder('one-hot', () => OPEN_10X10);
  const agent = createPpo({ observationSpace: env.observationSpace, actionSpace: env.actionSpace, rng: root.fork('agent'), features }, SETTINGS);
  let obs = env.reset();
  let length = 0;
  const run = (n: number) => {
    for (let i = 0; i < n; i++) {
      const action = agent.act(obs);
      const r = env.step(action);
      const truncated = !r.terminated && ++length >= 100;
      agent.learn({ obs, action, reward: r.reward, nextObs: r.obs, terminated: r.terminated, truncated });
      if (r.terminated || truncated) { obs = env.reset(); length = 0; } else obs = r.obs;
    }
  };
  run(SETTINGS.rolloutSteps);
  const start = performance.now();
  run(samples);
  const rate = samples / ((performance.now() - start) / 1000);
  agent.dispose?.();
  return rate;
}
