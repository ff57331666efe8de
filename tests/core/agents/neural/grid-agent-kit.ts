// Shared pieces of the neural-agent tests: an open-room gridworld, any learner built on it with a chosen encoder,
// and a small act → step → learn loop with a time limit (truncation), returning what the tests look at.
import type { AgentContext, Learner } from '../../../../src/core/agents/agent.ts';
import type { FeatureEncoder } from '../../../../src/core/envs/feature-encoder.ts';
import { createGridEncoder, type GridEncoderKind } from '../../../../src/core/envs/gridworld/grid-encoders.ts';
import { parseGridSpec, type GridLayout } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import type { Metrics } from '../../../../src/core/metrics/metric-key.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

/** 5×5 open room, start top-left, goal bottom-right: the shortest path takes 8 steps. */
export const OPEN_5X5 = parseGridSpec({
  rows: ['S....', '.....', '.....', '.....', '....G'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0,
});

export type NeuralContext = AgentContext & { features: FeatureEncoder };

export interface GridRun<P> {
  readonly env: GridworldEnv;
  readonly agent: Learner<P>;
}

/** A learner built by `create` on a gridworld (default the 5×5 room), with seeded env and agent streams. */
export function gridRun<P>(
  create: (ctx: NeuralContext) => Learner<P>, seed = 1, encoding: GridEncoderKind = 'one-hot', layout: GridLayout = OPEN_5X5,
): GridRun<P> {
  const root = createRng(seed);
  const env = new GridworldEnv(layout, root.fork('env'));
  const features = createGridEncoder(encoding, () => env.layout);
  const agent = create({ observationSpace: env.observationSpace, actionSpace: env.actionSpace, rng: root.fork('agent'), features });
  return { env, agent };
}

export interface Drive {
  readonly actions: number[];
  readonly metrics: Metrics[];
  /** Steps of each finished episode; Infinity for an episode cut by the time limit. */
  readonly lengths: number[];
}

/** Run `steps` env steps from a fresh episode; episodes are truncated after `timeLimit` steps. */
export function drive<P>({ env, agent }: GridRun<P>, steps: number, timeLimit = 50, everyStep?: (step: number) => void): Drive {
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

/** Steps the agent's own policy (set it greedy first, where it has a choice) takes from start to goal, capped. */
export function pathLength<P>({ env, agent }: GridRun<P>, cap = 50): number {
  let obs = env.reset();
  for (let step = 1; step <= cap; step++) {
    const r = env.step(agent.act(obs));
    if (r.terminated) return step;
    obs = r.obs;
  }
  return Infinity;
}
