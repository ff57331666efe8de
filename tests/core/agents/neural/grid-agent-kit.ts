// Shared pieces of the neural-agent tests: an open-room gridworld, any learner built on it with a chosen encoder,
// and a small act → step → learn loop with a time limit (truncation), returning what the tests look at.
import type { AgentContext, Learner } from '../../../../src/core/agents/agent.ts';
import type { Env } from '../../../../src/core/envs/env.ts';
import type { FeatureEncoder } from '../../../../src/core/envs/feature-encoder.ts';
import { createGridEncoder, type GridEncoderKind } from '../../../../src/core/envs/gridworld/grid-encoders.ts';
import { parseGridSpec, type GridLayout } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import type { Metrics } from '../../../../src/core/metrics/metric-key.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

/** 5×5 open room, start top-left, goal bottom-right: the shortest path takes 8 steps. */
export const OPEN_5X5 = parseGridSpec({
  rows: ['S....', '.....', '.....', '.....', '....G'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0,
});

export type NeuralContext = AgentContext & { features: FeatureEncoder };

/** A learner and the env it acts in: what drive() steps. */
export interface AgentRun<P> {
  readonly env: Env<number, number, unknown>;
  readonly agent: Learner<P>;
}

export interface GridRun<P> extends AgentRun<P> {
  readonly env: GridworldEnv;
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
export function drive<P>({ env, agent }: AgentRun<P>, steps: number, timeLimit = 50, everyStep?: (step: number) => void): Drive {
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

/** Every observation encoded as the single feature 1: for one-state tests. */
export const CONSTANT_FEATURES: FeatureEncoder = { size: 1, encode: (_obs, out, offset) => { out[offset] = 1; } };

/**
 * The learned value of a single state that loops on itself with reward 1 for `steps` steps, every step marked
 * either terminated or truncated: [V after termination, V after truncation]. With γ = 0.5 the answers are 1 and
 * 1 + 0.5·V = 2, so the pair tells whether the agent bootstraps through truncation but not through termination.
 */
export function selfLoopValues<P>(create: (ctx: NeuralContext) => Learner<P>, nActions: number, steps = 600): [number, number] {
  const [terminated, truncated] = (['terminated', 'truncated'] as const).map((end) => {
    const agent = create({ observationSpace: discrete(1), actionSpace: discrete(nActions), rng: createRng(4), features: CONSTANT_FEATURES });
    for (let i = 0; i < steps; i++) {
      agent.learn({ obs: 0, action: agent.act(0), reward: 1, nextObs: 0, terminated: end === 'terminated', truncated: end === 'truncated' });
    }
    const v = agent.stateValue!(0);
    agent.dispose!();
    return v;
  });
  return [terminated, truncated];
}

/** Drives runs of seeds 1, 1 and 2 for `steps` steps: [seed 1, seed 1 again, seed 2], the agents disposed. */
export function seededDrives<P>(make: (seed: number) => GridRun<P>, steps = 150, timeLimit?: number): [Drive, Drive, Drive] {
  const drives = [1, 1, 2].map((seed) => {
    const run = make(seed);
    const d = drive(run, steps, timeLimit);
    run.agent.dispose!();
    return d;
  });
  return [drives[0], drives[1], drives[2]];
}
