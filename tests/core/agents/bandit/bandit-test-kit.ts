// Shared pieces of the bandit agent tests: a context, a transition, the EVOLvE Bernoulli presets, seeded action
// sequences and mean regret over seeds on BernoulliBandit.
import type { AgentContext, Learner, Transition } from '../../../../src/core/agents/agent.ts';
import { BernoulliBandit } from '../../../../src/core/envs/bandits/bandit-env.ts';
import { createRng, type Rng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

export const banditContext = (arms: number, rng: Rng | number | string): AgentContext => ({
  observationSpace: discrete(1), actionSpace: discrete(arms), rng: typeof rng === 'object' ? rng : createRng(rng),
});

export const pull = (action: number, reward: number): Transition =>
  ({ obs: 0, action, reward, nextObs: 0, terminated: false, truncated: false });

/** EVOLvE (banditbench) Bernoulli presets, K = 5: small gap Δ = 0.2 and large gap Δ = 0.5, best arm last. */
export const SMALL_GAP = [0.4, 0.4, 0.4, 0.4, 0.6];
export const LARGE_GAP = [0.25, 0.25, 0.25, 0.25, 0.75];

type MakeAgent = (ctx: AgentContext) => Learner<unknown>;

/** The actions an agent takes on a fixed Bernoulli problem (env stream fixed, agent stream from `seed`). */
export function actionSequence(make: MakeAgent, seed: number, steps = 60, means = SMALL_GAP): number[] {
  const env = new BernoulliBandit(Float64Array.from(means), createRng('fixed-problem').fork('env'));
  const agent = make(banditContext(means.length, createRng(seed).fork('agent')));
  env.reset();
  const actions: number[] = [];
  for (let t = 0; t < steps; t++) {
    const a = agent.act(0);
    agent.learn(pull(a, env.step(a).reward));
    actions.push(a);
  }
  return actions;
}

export interface RegretSummary {
  /** Mean cumulative (pseudo-)regret after T/2 and after T pulls. */
  readonly half: number;
  readonly full: number;
  /** full / half: about 2 for linear regret, well below for sub-linear. */
  readonly ratio: number;
  /** Fraction of runs that never pulled a best arm in the last T/2 pulls. */
  readonly suffixFailures: number;
  /** Mean fraction of pulls on a best arm. */
  readonly optimalFraction: number;
}

/** Run `seeds` independent (env, agent) pairs for T pulls; seed s uses createRng(`${label}/${s}`).fork('env' | 'agent'). */
export function meanRegret(
  make: MakeAgent, means: readonly number[], seeds: number, steps: number, label = 'regret',
): RegretSummary {
  let half = 0;
  let full = 0;
  let failures = 0;
  let optimal = 0;
  for (let s = 0; s < seeds; s++) {
    const root = createRng(`${label}/${s}`);
    const env = new BernoulliBandit(Float64Array.from(means), root.fork('env'));
    const agent = make(banditContext(means.length, root.fork('agent')));
    env.reset();
    let bestLate = false;
    for (let t = 1; t <= steps; t++) {
      const a = agent.act(0);
      const r = env.step(a);
      agent.learn(pull(a, r.reward));
      const best = r.info['bandit/optimal-action'] === 1;
      if (best) optimal++;
      if (t > steps / 2 && best) bestLate = true;
      if (t === Math.floor(steps / 2)) half += r.info['bandit/regret']!;
      if (t === steps) full += r.info['bandit/regret']!;
    }
    if (!bestLate) failures++;
  }
  return {
    half: half / seeds, full: full / seeds, ratio: full / half,
    suffixFailures: failures / seeds, optimalFraction: optimal / (seeds * steps),
  };
}
