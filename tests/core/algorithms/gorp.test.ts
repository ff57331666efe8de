// GORP and the effective-horizon estimate: a hand-made two-action case, k below min-k failing however many
// rollouts it gets, and the estimate on suite maps never below min-k (it is k + log₄ m_k with k ≥ min-k, m_k ≥ 1).
import { describe, expect, it } from 'vitest';
import { DEFAULT_HORIZON_ESTIMATE, estimateEffectiveHorizon, gorpAction, gorpEpisode, summarizeTrials } from '../../../src/core/algorithms/gorp.ts';
import { createTabularModel } from '../../../src/core/envs/tabular-model.ts';
import { minK, optimalValues, qFromValues } from '../../../src/core/algorithms/k-qvi.ts';
import { horizonModel } from '../../../src/core/envs/gridworld/horizon-suite.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

/** One state: action 0 pays 1 and ends, action 1 pays 0.5 and ends. */
function twoArms() {
  const model = createTabularModel(1, 2, 1, 0);
  model.prob[0] = 1; model.reward[0] = 1; model.ends[0] = 1;
  model.prob[1] = 1; model.reward[1] = 0.5; model.ends[1] = 1;
  return model;
}

const optimal = (model: ReturnType<typeof horizonModel>, gamma: number) => {
  const vStar = optimalValues(model, gamma);
  return { vStar, qStar: qFromValues(model, vStar, gamma) };
};

describe('GORP', () => {
  it('takes the first action of the best-scoring sequence', () => {
    const model = twoArms();
    const rng = createRng(1);
    for (let i = 0; i < 10; i++) expect(gorpAction(model, 0, 10, { k: 1, m: 1, gamma: 0.9, horizon: 10 }, rng)).toBe(0);
    const { vStar, qStar } = optimal(model, 0.9);
    expect(gorpEpisode(model, { k: 1, m: 1, gamma: 0.9, horizon: 10 }, rng, qStar, vStar)).toEqual({ optimal: true, steps: 1 });
  });

  it('with k below min-k heads for the decoy however many rollouts it gets (deceptive corridor, min-k 6)', () => {
    const model = horizonModel('deceptive-corridor', false);
    expect(minK(model, 0.95, 30)).toBe(6);
    const { vStar, qStar } = optimal(model, 0.95);
    const rng = createRng(2);
    for (let run = 0; run < 3; run++) {
      expect(gorpEpisode(model, { k: 1, m: 256, gamma: 0.95, horizon: 100 }, rng, qStar, vStar).optimal).toBe(false);
    }
  });

  it('acts optimally in an empty room with enough rollouts', () => {
    const model = horizonModel('empty-5', false);
    const { vStar, qStar } = optimal(model, 0.95);
    const rng = createRng(3);
    let good = 0;
    for (let run = 0; run < 8; run++) if (gorpEpisode(model, { k: 1, m: 256, gamma: 0.95, horizon: 100 }, rng, qStar, vStar).optimal) good++;
    expect(good).toBeGreaterThanOrEqual(6);
  });
});

describe('effective-horizon estimate', () => {
  it('starts at min-k and never reports less (lava gap: min-k 5, one rollout suffices there)', () => {
    const model = horizonModel('lava-gap', false);
    const estimate = estimateEffectiveHorizon(model, 5, DEFAULT_HORIZON_ESTIMATE, createRng(4));
    expect(estimate.trials[0]!.k).toBe(5);
    expect(estimate.effectiveHorizon).toBeGreaterThanOrEqual(5);
    expect(estimate.bestK).toBe(5);
  });

  it('in an empty room, needs more rollouts at k = 1 than at k = 2, and H̄ = k + log₄ m_k of the best trial', () => {
    const model = horizonModel('empty-5', false);
    const estimate = estimateEffectiveHorizon(model, 1, { ...DEFAULT_HORIZON_ESTIMATE, maxRolloutsPerDecision: 1024 }, createRng(5));
    const [k1, k2] = estimate.trials;
    expect(k1!.k).toBe(1);
    expect(k1!.m).not.toBeNull();
    expect(k1!.horizon).toBeCloseTo(1 + Math.log(k1!.m!) / Math.log(4), 12);
    expect(k2!.m!).toBeLessThanOrEqual(k1!.m!);
    expect(estimate.effectiveHorizon).toBe(Math.min(...estimate.trials.filter((t) => t.horizon !== null).map((t) => t.horizon!)));
  });

  it('summarises trials without an m as no estimate', () => {
    expect(summarizeTrials([{ k: 3, m: null, horizon: null }])).toEqual({ trials: [{ k: 3, m: null, horizon: null }], effectiveHorizon: null, bestK: null });
  });
});
