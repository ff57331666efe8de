// The restless-bandit env: hand-worked transitions (certain and statistical), the reward paid on the state after the
// step, waste and unused budget, the view, seeded reproducibility, the env contract and the exact model.
import { describe, expect, it } from 'vitest';
import { RESTLESS_HISTORY, RestlessEnv } from '../../../../src/core/envs/restless/restless-env.ts';
import { restlessTabularModel } from '../../../../src/core/envs/restless/restless-model.ts';
import { restlessStateEncoder } from '../../../../src/core/envs/restless/restless-features.ts';
import { createRestlessProblem, type ArmDynamics } from '../../../../src/core/envs/restless/restless-problem.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';
import { describeEnvContract } from '../env-contract.ts';

// Acting makes the arm good for sure; leaving it alone makes it bad for sure.
const SWITCH: ArmDynamics = { active: { fromBad: 1, fromGood: 1 }, passive: { fromBad: 0, fromGood: 0 } };

describeEnvContract('RestlessEnv (catalogue, path)', (seed) =>
  new RestlessEnv(createRestlessProblem({ n: 6, budget: 2, constraint: 'path' }), createRng(seed).fork('env')));

describeEnvContract('RestlessEnv (maintain-repair, multi-type)', (seed) =>
  new RestlessEnv(createRestlessProblem({ n: 6, budget: 2, constraint: 'multi-type', preset: 'maintain-repair' }), createRng(seed).fork('env')));

// A cheap intervention does nothing; only the strong one makes the arm good (for sure).
const NEEDS_STRONG: ArmDynamics = {
  active: { fromBad: 0, fromGood: 0 }, passive: { fromBad: 0, fromGood: 0 }, strong: { fromBad: 1, fromGood: 1 },
};

describe('RestlessEnv', () => {
  it('moves an arm by its strong chain under a strong intervention, and counts budget in units', () => {
    const problem = createRestlessProblem({ n: 3, budget: 2, constraint: 'multi-type', arms: [NEEDS_STRONG, NEEDS_STRONG, NEEDS_STRONG] });
    const env = new RestlessEnv(problem, createRng(1));
    expect(env.reset()).toBe(0);
    const act = (acted: number, strong: number) => {
      const a = problem.actions.findIndex((m, k) => m === acted && problem.strong[k] === strong);
      expect(a).toBeGreaterThanOrEqual(0);
      return env.step(a);
    };
    // Strong on arm 1: good next step; both units spent on a bad arm.
    let r = act(0b010, 0b010);
    expect([r.obs, r.reward, r.info['restless/unused'], r.info['restless/wasted']]).toEqual([0b010, 1, 0, 0]);
    // Cheap on arms 0 and 1: nothing turns good; arm 1 was good (1 unit spent on a good arm).
    r = act(0b011, 0);
    expect([r.obs, r.reward, r.info['restless/unused'], r.info['restless/wasted']]).toEqual([0, 0, 0, 1]);
    // Strong on arm 2, then one cheap: 1 unit unused.
    act(0b100, 0b100);
    r = act(0b001, 0);
    expect([r.obs, r.info['restless/unused'], r.info['restless/wasted']]).toEqual([0, 1, 1]);
    expect(env.view().history.map((h) => h.acted)).toEqual([[0, 2, 0], [1, 1, 0], [0, 0, 2], [1, 0, 0]]);
    expect(env.view().lastAction).toEqual([1, 0, 0]);
    // A two-strong action does not exist at capacity 2.
    expect(problem.actions.some((m, k) => m === 0b011 && problem.strong[k] === 0b011)).toBe(false);
  });

  it('moves certain arms by the acted-on set and pays the good arms after the step', () => {
    const problem = createRestlessProblem({ n: 3, budget: 2, constraint: 'none', arms: [SWITCH, SWITCH, SWITCH] });
    const env = new RestlessEnv(problem, createRng(1));
    expect(env.observationSpace).toEqual(discrete(8));
    expect(env.actionSpace).toEqual(discrete(1 + 3 + 3));
    // Passive share of SWITCH is 0, so every arm starts bad.
    expect(env.reset()).toBe(0);
    const act = (mask: number) => env.step(problem.actions.indexOf(mask));
    let r = act(0b101);
    expect([r.obs, r.reward, r.terminated, r.truncated]).toEqual([0b101, 2, false, false]);
    // Both acted arms were bad: no waste.
    expect([r.info['restless/reward'], r.info['restless/unused'], r.info['restless/wasted']]).toEqual([2, 0, 0]);
    r = act(0b001);
    // Arm 0 was already good (1 waste) and one unit of budget unused (1 waste).
    expect([r.obs, r.reward, r.info['restless/unused'], r.info['restless/wasted']]).toEqual([0b001, 1, 1, 2]);
    r = act(0);
    expect([r.obs, r.reward, r.info['restless/unused'], r.info['restless/wasted']]).toEqual([0, 0, 2, 2]);
    expect(env.view()).toStrictEqual({
      kind: 'restless', n: 3, states: [0, 0, 0], lastAction: [0, 0, 0], budget: 2, constraint: 'none',
      costs: [2, 1, 2], capacity: 3, t: 3, arms: [SWITCH, SWITCH, SWITCH],
      history: [
        { states: [1, 0, 1], acted: [1, 0, 1] },
        { states: [1, 0, 0], acted: [1, 0, 0] },
        { states: [0, 0, 0], acted: [0, 0, 0] },
      ],
    });
    act(0b110);
    expect(env.view()).toMatchObject({ states: [0, 1, 1], lastAction: [0, 1, 1], t: 4 });
    expect(env.reset()).toBe(0);
    expect(env.view()).toMatchObject({ t: 0, history: [], lastAction: [0, 0, 0] });
  });

  it('follows the catalogue matrices: P(good) 0.6 / 0.95 active, 0.1 / 0.8 passive', () => {
    // Arm 0 is acted on, arm 1 is not; tally each arm's next state by its current state.
    const problem = createRestlessProblem({ n: 2, budget: 1, constraint: 'none' });
    const env = new RestlessEnv(problem, createRng(7));
    const actOn0 = problem.actions.indexOf(0b01);
    const good = [[0, 0], [0, 0]];
    const seen = [[0, 0], [0, 0]];
    let s = env.reset();
    for (let t = 0; t < 40_000; t++) {
      const next = env.step(actOn0).obs;
      for (let arm = 0; arm < 2; arm++) {
        const from = (s >>> arm) & 1;
        seen[arm][from]++;
        good[arm][from] += (next >>> arm) & 1;
      }
      s = next;
    }
    const freq = (arm: number, from: number) => good[arm][from] / seen[arm][from];
    // Standard errors are at most about 0.006 with these counts; 4 SE tolerances.
    expect(Math.abs(freq(0, 0) - 0.6)).toBeLessThan(0.03);
    expect(Math.abs(freq(0, 1) - 0.95)).toBeLessThan(0.01);
    expect(Math.abs(freq(1, 0) - 0.1)).toBeLessThan(0.01);
    expect(Math.abs(freq(1, 1) - 0.8)).toBeLessThan(0.02);
  });

  it('starts arms from the passive stationary distribution (catalogue: good a third of the time)', () => {
    const env = new RestlessEnv(createRestlessProblem({ n: 10, budget: 1, constraint: 'none' }), createRng(3));
    let good = 0;
    for (let k = 0; k < 2000; k++) for (let m = env.reset(); m; m &= m - 1) good++;
    expect(Math.abs(good / 20_000 - 1 / 3)).toBeLessThan(0.015);
  });

  it('repeats a trajectory for the same seed and actions', () => {
    const run = (seed: number) => {
      const env = new RestlessEnv(createRestlessProblem({ n: 6, budget: 2, constraint: 'capacity', preset: 'sticky-volatile' }), createRng(seed).fork('env'));
      const out = [env.reset()];
      for (let t = 0; t < 200; t++) out.push(env.step(t % env.problem.actions.length).obs);
      return out;
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });

  it('keeps the last RESTLESS_HISTORY steps in the view, oldest first', () => {
    const problem = createRestlessProblem({ n: 3, budget: 1, constraint: 'none', arms: [SWITCH, SWITCH, SWITCH] });
    const env = new RestlessEnv(problem, createRng(2));
    env.reset();
    // Act on arm t mod 3 at step t (1-based): action index 1 + (t − 1) mod 3 is the single arm (t − 1) mod 3.
    for (let t = 1; t <= RESTLESS_HISTORY + 5; t++) env.step(1 + ((t - 1) % 3));
    const { history, t } = env.view();
    expect(t).toBe(RESTLESS_HISTORY + 5);
    expect(history).toHaveLength(RESTLESS_HISTORY);
    // The oldest kept step is step 6, which acted on arm 5 mod 3 = 2; the newest is the current state.
    expect(history[0]).toEqual({ states: [0, 0, 1], acted: [0, 0, 1] });
    expect(history[RESTLESS_HISTORY - 1].states).toEqual(env.view().states);
  });

  it('rejects an action index outside the feasible list', () => {
    const env = new RestlessEnv(createRestlessProblem({ n: 6, budget: 2, constraint: 'path' }), createRng(1));
    env.reset();
    expect(() => env.step(12)).toThrow(RangeError);
  });
});

describe('restlessTabularModel', () => {
  it('gives product transition probabilities that sum to 1 and pay the next state’s good arms', () => {
    const problem = createRestlessProblem({ n: 3, budget: 1, constraint: 'none' });
    const model = restlessTabularModel(problem);
    expect([model.nStates, model.nActions, model.maxOutcomes]).toEqual([8, 4, 8]);
    for (let sa = 0; sa < 8 * 4; sa++) {
      let total = 0;
      for (let k = 0; k < 8; k++) total += model.prob[sa * 8 + k];
      expect(total).toBeCloseTo(1, 12);
    }
    // State 0b010 (arm 1 good), act on arm 0 (action 1 = mask 0b001), next 0b011:
    // arm 0 bad→good active 0.6, arm 1 good→good passive 0.8, arm 2 bad→bad passive 0.9.
    const base = (0b010 * 4 + 1) * 8;
    expect(model.prob[base + 0b011]).toBeCloseTo(0.6 * 0.8 * 0.9, 12);
    expect(model.reward[base + 0b011]).toBe(2);
    expect(() => restlessTabularModel(createRestlessProblem({ n: 8, budget: 1, constraint: 'none' }))).toThrow(RangeError);
  });

  it('follows the strong chain for a strong intervention', () => {
    const problem = createRestlessProblem({ n: 2, budget: 2, constraint: 'multi-type', preset: 'maintain-repair' });
    const model = restlessTabularModel(problem);
    const nA = problem.actions.length;
    // From both bad, strong on arm 0 (fragile: 0.65) with arm 1 resting (sturdy bad → good 0.1): both good 0.065.
    const strong0 = problem.actions.findIndex((m, k) => m === 0b01 && problem.strong[k] === 0b01);
    expect(model.prob[(0 * nA + strong0) * 4 + 0b11]).toBeCloseTo(0.65 * 0.1, 12);
    // Cheap on both from both bad: fragile 0.1, sturdy 0.2.
    const cheapBoth = problem.actions.findIndex((m, k) => m === 0b11 && problem.strong[k] === 0);
    expect(model.prob[(0 * nA + cheapBoth) * 4 + 0b11]).toBeCloseTo(0.1 * 0.2, 12);
  });
});

describe('restlessStateEncoder', () => {
  it('writes one feature per arm state at the offset', () => {
    const enc = restlessStateEncoder(4);
    const out = new Float32Array(6).fill(9);
    enc.encode(0b1011, out, 1);
    expect(enc.size).toBe(4);
    expect(Array.from(out)).toEqual([9, 1, 1, 0, 1, 9]);
  });
});
