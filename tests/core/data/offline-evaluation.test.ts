// Evaluation in the true world: the optimal policy's mean discounted return equals V*(start) in a deterministic
// world, and the normalised score puts random at 0 and expert at 100.
import { describe, expect, it } from 'vitest';
import { evaluatePolicy, normalizedScore } from '../../../src/core/data/offline-evaluation.ts';
import { expertPolicy, referenceReturns } from '../../../src/core/data/dataset-generators.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

const model = buildGridModel(parseGridSpec(FOUR_ROOMS));

describe('offline evaluation', () => {
  it('scores the optimal policy at V*(start), i.e. 100, and a random one near 0', () => {
    const refs = referenceReturns(model, 0.95);
    const rng = createRng(1);
    const expert = evaluatePolicy(model, expertPolicy(model, 0.95, 0, rng), 0.95, 100, 10, rng);
    expect(expert).toBeCloseTo(refs.expert, 12);
    expect(normalizedScore(expert, refs)).toBeCloseTo(100, 9);
    expect(normalizedScore(refs.random, refs)).toBe(0);
    const random = evaluatePolicy(model, () => rng.int(4), 0.95, 1000, 2000, rng);
    expect(Math.abs(normalizedScore(random, refs))).toBeLessThan(10);
  });
});
