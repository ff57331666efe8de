// SEQUOIA-lite's joint-action DQN: Q(s, a) with the joint action as input. Greedy acting is the argmax over every
// feasible joint action; with γ = 0 it learns each action's expected reward (an additive known answer, including
// an action it was never given); bootstrapping through truncation only; seeded reproducibility; a leak test.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  createJointActionDqn, type JointActionDqnSettings, type JointActionFeatures,
} from '../../../../src/core/agents/neural/joint-action-dqn.ts';
import { RestlessEnv } from '../../../../src/core/envs/restless/restless-env.ts';
import { createRestlessProblem } from '../../../../src/core/envs/restless/restless-problem.ts';
import { restlessActionFeatures, restlessStateEncoder } from '../../../../src/core/envs/restless/restless-features.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { CONSTANT_FEATURES, selfLoopValues } from './grid-agent-kit.ts';

// Three joint actions over two arms: {0}, {1}, {0, 1}.
const TWO_ARMS: JointActionFeatures = { count: 3, width: 2, values: Float32Array.from([1, 0, 0, 1, 1, 1]) };

const SETTINGS: JointActionDqnSettings = {
  gamma: 0, learningRate: 1e-2, epsilonStart: 1, epsilonEnd: 1, epsilonDecaySteps: 1, batchSize: 16, bufferSize: 500,
  learningStarts: 16, targetUpdateEvery: 20, doubleDqn: true, huber: false, hidden: [16], actions: TWO_ARMS,
};

const oneState = (settings: JointActionDqnSettings, seed = 1) => createJointActionDqn(
  { observationSpace: discrete(1), actionSpace: discrete(settings.actions.count), rng: createRng(seed), features: CONSTANT_FEATURES }, settings);

/** A restless run (maintain-repair, multi-type, N 4, B 2) with the agent built from its action features. */
function restlessRun(settings: Partial<JointActionDqnSettings>, seed = 1) {
  const problem = createRestlessProblem({ n: 4, budget: 2, constraint: 'multi-type', preset: 'maintain-repair' });
  const root = createRng(seed);
  const env = new RestlessEnv(problem, root.fork('env'));
  const agent = createJointActionDqn({
    observationSpace: env.observationSpace, actionSpace: env.actionSpace, rng: root.fork('agent'), features: restlessStateEncoder(4),
  }, { ...SETTINGS, gamma: 0.9, epsilonEnd: 0.1, epsilonDecaySteps: 200, learningStarts: 32, ...settings, actions: restlessActionFeatures(problem) });
  const drive = (steps: number, each?: (step: number) => void) => {
    const actions: number[] = [];
    let obs = env.reset();
    for (let t = 0; t < steps; t++) {
      const action = agent.act(obs);
      const r = env.step(action);
      agent.learn({ obs, action, reward: r.reward, nextObs: r.obs, terminated: false, truncated: false });
      actions.push(action);
      obs = r.obs;
      each?.(t);
    }
    return actions;
  };
  return { problem, env, agent, drive };
}

describe('joint-action DQN (SEQUOIA-lite)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  });

  it('learns each joint action’s reward with γ = 0 and acts on the best one greedily', () => {
    // Arm 0 pays 1, arm 1 pays 0.5, additively: Q = [1, 0.5, 1.5].
    const agent = oneState(SETTINGS);
    const reward = [1, 0.5, 1.5];
    for (let i = 0; i < 1500; i++) {
      const action = agent.act(0);
      agent.learn({ obs: 0, action, reward: reward[action], nextObs: 0, terminated: false, truncated: false });
    }
    agent.setParams({ ...SETTINGS, epsilonStart: 0, epsilonEnd: 0 });
    expect(agent.act(0)).toBe(2);
    expect(agent.stateValue!(0)).toBeCloseTo(1.5, 1);
    agent.dispose!();
  });

  it('values a joint action it never took from the arms it shares with actions it did take', () => {
    // Actions ∅, {0}, {1}, {0, 1}; only the first three are ever taken (rewards 0, 1, 0.5). A linear network (no hidden
    // layer) is then pinned down: bias 0, weight 1 for arm 0, 0.5 for arm 1, so Q({0, 1}) ≈ 1.5 and it is chosen.
    const four: JointActionFeatures = { count: 4, width: 2, values: Float32Array.from([0, 0, 1, 0, 0, 1, 1, 1]) };
    const settings = { ...SETTINGS, hidden: [] as number[], learningRate: 3e-2, actions: four };
    const agent = oneState(settings, 2);
    const reward = [0, 1, 0.5];
    for (let i = 0; i < 3000; i++) {
      const action = i % 3;
      agent.learn({ obs: 0, action, reward: reward[action], nextObs: 0, terminated: false, truncated: false });
    }
    agent.setParams({ ...settings, epsilonStart: 0, epsilonEnd: 0 });
    expect(agent.act(0)).toBe(3);
    expect(agent.stateValue!(0)).toBeCloseTo(1.5, 1);
    agent.dispose!();
  });

  it('bootstraps through truncation but not through termination', () => {
    const settings = { ...SETTINGS, gamma: 0.5, batchSize: 8, learningStarts: 8, actions: { count: 1, width: 1, values: Float32Array.from([1]) } };
    const values = selfLoopValues((ctx) => createJointActionDqn(ctx, settings), 1);
    expect(values[0]).toBeCloseTo(1, 1);
    expect(values[1]).toBeCloseTo(2, 1);
  });

  it('only ever returns indices of the enumerated feasible joint actions, and repeats itself for a seed', () => {
    const a = restlessRun({});
    const actions = a.drive(300);
    expect(actions.every((x) => Number.isInteger(x) && x >= 0 && x < a.problem.actions.length)).toBe(true);
    const b = restlessRun({});
    expect(b.drive(300)).toEqual(actions);
    const c = restlessRun({}, 2);
    expect(c.drive(300)).not.toEqual(actions);
    for (const run of [a, b, c]) run.agent.dispose!();
  });

  it('rejects settings it cannot run', () => {
    expect(() => oneState({ ...SETTINGS, batchSize: 0 })).toThrow(RangeError);
    expect(() => oneState({ ...SETTINGS, actions: { count: 3, width: 2, values: new Float32Array(5) } })).toThrow(RangeError);
    // The env's action count must match the enumerated actions.
    expect(() => createJointActionDqn(
      { observationSpace: discrete(1), actionSpace: discrete(4), rng: createRng(1), features: CONSTANT_FEATURES }, SETTINGS)).toThrow(RangeError);
  });

  it('keeps the tensor count flat over 1,000 steps and frees everything on dispose', () => {
    const before = tf.memory().numTensors;
    const run = restlessRun({});
    run.drive(40);
    const warm = tf.memory();
    run.drive(1000, (step) => {
      if (step % 100 === 0) run.agent.view();
      if (step % 250 === 0) run.agent.stateValue!(0);
      if (step === 500) run.agent.setParams({ ...SETTINGS, gamma: 0.9, learningRate: 1e-3, actions: restlessActionFeatures(run.problem) });
    });
    expect(tf.memory().numTensors).toBe(warm.numTensors);
    expect(tf.memory().numBytes).toBe(warm.numBytes);
    run.agent.dispose!();
    expect(tf.memory().numTensors).toBe(before);
  });
});
