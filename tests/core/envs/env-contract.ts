// Reusable env contract (dm_env's EnvironmentTestMixin): spaces, step types, seeded determinism, plain views.
import { describe, it, expect } from 'vitest';
import type { Env } from '../../../src/core/envs/env.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { contains, sample } from '../../../src/core/spaces/space.ts';

interface Transition {
  action: number;
  obs: number;
  reward: number;
  terminated: boolean;
  truncated: boolean;
  info: Record<string, number | undefined>;
}

const STEPS = 400;

/** Run `steps` uniformly random valid actions (from their own seeded stream), resetting when an episode ends. */
function rollout(env: Env<number, number, unknown>, actionSeed: number, steps: number): { resets: number[]; steps: Transition[] } {
  const actions = createRng(actionSeed).fork('actions');
  const resets = [env.reset()];
  const out: Transition[] = [];
  for (let t = 0; t < steps; t++) {
    const action = sample(env.actionSpace, actions) as number;
    const r = env.step(action);
    // The env reuses its StepResult, so copy it before the next step.
    out.push({ action, obs: r.obs, reward: r.reward, terminated: r.terminated, truncated: r.truncated, info: { ...r.info } });
    if (r.terminated || r.truncated) resets.push(env.reset());
  }
  return { resets, steps: out };
}

export function describeEnvContract(name: string, makeEnv: (seed: number) => Env<number, number, unknown>): void {
  describe(`env contract: ${name}`, () => {
    it('reset() returns an observation in the observation space', () => {
      const env = makeEnv(1);
      expect(contains(env.observationSpace, env.reset())).toBe(true);
    });

    it('random valid actions keep observations in the space, rewards finite and flags boolean', () => {
      const env = makeEnv(2);
      const { resets, steps } = rollout(env, 2, STEPS);
      for (const obs of resets) expect(contains(env.observationSpace, obs)).toBe(true);
      for (const t of steps) {
        expect(contains(env.actionSpace, t.action)).toBe(true);
        expect(contains(env.observationSpace, t.obs)).toBe(true);
        expect(Number.isFinite(t.reward)).toBe(true);
        expect(typeof t.terminated).toBe('boolean');
        expect(typeof t.truncated).toBe('boolean');
        for (const v of Object.values(t.info)) expect(Number.isFinite(v)).toBe(true);
      }
    });

    it('two envs with the same seed and the same actions give identical trajectories', () => {
      const a = rollout(makeEnv(3), 3, STEPS);
      const b = rollout(makeEnv(3), 3, STEPS);
      expect(b).toEqual(a);
    });

    it('view() is a plain snapshot that survives structuredClone unchanged', () => {
      const env = makeEnv(4);
      env.reset();
      expect(structuredClone(env.view())).toStrictEqual(env.view());
      rollout(env, 4, 25);
      const view = env.view();
      expect(structuredClone(view)).toStrictEqual(view);
    });
  });
}
