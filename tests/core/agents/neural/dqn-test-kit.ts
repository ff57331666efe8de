// Shared pieces of the DQN tests: an open-room gridworld, a DQN on it, and a small act → step → learn loop
// with a time limit (truncation), returning what the tests look at.
import { createDqn, type DqnSettings } from '../../../../src/core/agents/neural/dqn.ts';
import type { Learner } from '../../../../src/core/agents/agent.ts';
import { createGridEncoder, type GridEncoderKind } from '../../../../src/core/envs/gridworld/grid-encoders.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import type { Metrics } from '../../../../src/core/metrics/metric-key.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

/** 5×5 open room, start top-left, goal bottom-right: the shortest path takes 8 steps. */
export const OPEN_5X5 = parseGridSpec({
  rows: ['S....', '.....', '.....', '.....', '....G'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0,
});

export const SMALL_SETTINGS: DqnSettings = {
  gamma: 0.95, learningRate: 3e-3, epsilonStart: 1, epsilonEnd: 0.05, epsilonDecaySteps: 700,
  batchSize: 16, bufferSize: 2000, learningStarts: 50, trainEvery: 1, targetUpdateEvery: 50, tau: 1,
  doubleDqn: true, huber: true, hidden: [16, 16],
};

export interface GridDqn {
  readonly env: GridworldEnv;
  readonly agent: Learner<DqnSettings>;
}

export function gridDqn(settings: DqnSettings, seed = 1, encoding: GridEncoderKind = 'one-hot'): GridDqn {
  const root = createRng(seed);
  const env = new GridworldEnv(OPEN_5X5, root.fork('env'));
  const features = createGridEncoder(encoding, () => env.layout);
  const agent = createDqn({ observationSpace: env.observationSpace, actionSpace: env.actionSpace, rng: root.fork('agent'), features }, settings);
  return { env, agent };
}

export interface Drive {
  readonly actions: number[];
  readonly metrics: Metrics[];
  /** Steps of each finished episode; Infinity for an episode cut by the time limit. */
  readonly lengths: number[];
}

/** Run `steps` env steps from a fresh episode; episodes are truncated after `timeLimit` steps. */
export function drive({ env, agent }: GridDqn, steps: number, timeLimit = 50, everyStep?: (step: number) => void): Drive {
  const out: Drive = { actions: [], metrics: [], lengths: [] };
  let obs = env.reset();
  let length = 0;
  for (let step = 0; step < steps; step++) {
    const action = agent.act(obs);
    const r = env.step(action);
    length++;
    const truncated = !r.terminated && length >= timeLimit;
    const metrics = agent.learn({ obs, action, reward: r.reward, nextObs: r.obs, terminated: r.terminated, truncated });
    out.actions.push(action);
    if (metrics) out.metrics.push(metrics);
    if (r.terminated || truncated) {
      out.lengths.push(r.terminated ? length : Infinity);
      obs = env.reset();
      length = 0;
    } else {
      obs = r.obs;
    }
    everyStep?.(step);
  }
  return out;
}

/** Steps the greedy policy takes from the start to the goal (capped at `cap`). */
export function greedyPathLength({ env, agent }: GridDqn, cap = 50): number {
  let obs = env.reset();
  for (let step = 1; step <= cap; step++) {
    const r = env.step(agent.act(obs));
    if (r.terminated) return step;
    obs = r.obs;
  }
  return Infinity;
}
