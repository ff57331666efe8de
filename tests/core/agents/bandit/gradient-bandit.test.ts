// Gradient bandit agent (S&B §2.8, eq. 2.12): hand-worked preferences with and without the average-reward baseline.
import { describe, it, expect } from 'vitest';
import { createGradientBandit, type GradientBanditSettings } from '../../../../src/core/agents/bandit/gradient-bandit.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { discrete } from '../../../../src/core/spaces/space.ts';

const make = (settings: GradientBanditSettings, arms = 3, seed = 5) =>
  createGradientBandit({ observationSpace: discrete(1), actionSpace: discrete(arms), rng: createRng(seed) }, settings);
const pull = (action: number, reward: number) => ({ obs: 0, action, reward, nextObs: 0, terminated: false, truncated: false });

describe('gradient bandit', () => {
  it('without a baseline, one update moves H by α·R·(1[a = A] − π)', () => {
    // H = 0 → π = [⅓, ⅓, ⅓]; A = 0, R = 1, α = 0.1:
    // H0 = 0.1·1·(1 − ⅓) = 0.0667; H1 = H2 = 0.1·1·(0 − ⅓) = −0.0333
    const agent = make({ alpha: 0.1, baseline: false });
    agent.learn(pull(0, 1));
    const h = agent.view().estimates!;
    expect(h[0]).toBeCloseTo(0.2 / 3, 12);
    expect(h[1]).toBeCloseTo(-0.1 / 3, 12);
    expect(h[2]).toBeCloseTo(-0.1 / 3, 12);
    // π = softmax(H): e^{0.0667} / (e^{0.0667} + 2e^{−0.0333}) = 1/(1 + 2e^{−0.1}) = 0.35575
    expect(agent.view().policy![0]).toBeCloseTo(1 / (1 + 2 * Math.exp(-0.1)), 12);
  });

  it('with the baseline, the first update does nothing (R̄1 = R1, so R − R̄ = 0)', () => {
    const agent = make({ alpha: 0.1, baseline: true });
    agent.learn(pull(0, 1));
    expect(Array.from(agent.view().estimates!)).toEqual([0, 0, 0]);
    expect(agent.stateValue!(0)).toBe(1);
  });

  it('with the baseline, R̄ is the running mean of all rewards including the current one', () => {
    // step 1: A = 0, R = 1 → R̄ = 1, no change. step 2: A = 1, R = 3 → R̄ = (1 + 3)/2 = 2, R − R̄ = 1, π still uniform:
    // H1 = 0.1·1·(1 − ⅓) = 0.0667; H0 = H2 = −0.0333. (Excluding the current reward, R̄ = 1 would double the step.)
    const agent = make({ alpha: 0.1, baseline: true });
    agent.learn(pull(0, 1));
    agent.learn(pull(1, 3));
    const h = agent.view().estimates!;
    expect(h[1]).toBeCloseTo(0.2 / 3, 12);
    expect(h[0]).toBeCloseTo(-0.1 / 3, 12);
    expect(h[2]).toBeCloseTo(-0.1 / 3, 12);
    expect(agent.stateValue!(0)).toBeCloseTo(2, 12);
  });

  it('a positive reward on a non-uniform π uses π before the update', () => {
    // no baseline, α = 0.5, two arms. Step 1: A = 0, R = 1 → H = [0.25, −0.25].
    // Step 2: π0 = 1/(1 + e^{−0.5}) = 0.622459; A = 1, R = 1 → H1 = −0.25 + 0.5·(1 − 0.377541) = 0.0612297,
    // H0 = 0.25 − 0.5·0.622459 = −0.0612297
    const agent = make({ alpha: 0.5, baseline: false }, 2);
    agent.learn(pull(0, 1));
    agent.learn(pull(1, 1));
    const p0 = 1 / (1 + Math.exp(-0.5));
    const h = agent.view().estimates!;
    expect(h[0]).toBeCloseTo(0.25 - 0.5 * p0, 12);
    expect(h[1]).toBeCloseTo(-0.25 + 0.5 * p0, 12);
    expect(h[1]).toBeCloseTo(0.0612297, 6);
  });

  it('act() samples from softmax(H)', () => {
    // H = [0.0667, −0.0333, −0.0333] after one no-baseline update → π0 = 0.35575
    const agent = make({ alpha: 0.1, baseline: false }, 3, 11);
    agent.learn(pull(0, 1));
    let hits = 0;
    const samples = 20_000;
    for (let i = 0; i < samples; i++) if (agent.act(0) === 0) hits++;
    // standard error ≈ sqrt(0.356·0.644/20000) = 0.0034
    expect(Math.abs(hits / samples - 1 / (1 + 2 * Math.exp(-0.1)))).toBeLessThan(0.015);
  });
});
