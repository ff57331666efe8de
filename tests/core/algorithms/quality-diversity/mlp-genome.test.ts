// The evolved controllers: genome length from the topology, a forward pass by hand, and mutation clipped to the
// weight limit.
import { describe, expect, it } from 'vitest';
import { genomeLength, mlpController, mutate, WEIGHT_LIMIT } from '../../../../src/core/algorithms/quality-diversity/mlp-genome.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

describe('mlp genome', () => {
  it('has (inputs + 1) · hidden + (hidden + 1) · outputs weights', () => {
    expect(genomeLength({ inputs: 10, hidden: 5, outputs: 2 })).toBe(11 * 5 + 6 * 2);
  });

  it('computes sigmoid(v · tanh(w · x + b) + c) for one input, one hidden unit and one output', () => {
    // Layout: hidden row [w, b], then output row [v, c].
    const genome = Float64Array.of(2, -1, 3, 0.5);
    const out = new Float64Array(1);
    mlpController(genome, { inputs: 1, hidden: 1, outputs: 1 })(Float64Array.of(0.75), out);
    const h = Math.tanh(2 * 0.75 - 1);
    expect(out[0]).toBeCloseTo(1 / (1 + Math.exp(-(3 * h + 0.5))), 12);
  });

  it('mutates every weight and keeps it within ±WEIGHT_LIMIT', () => {
    const parent = Float64Array.of(0, 4.99, -4.99, 1);
    const rng = createRng(2);
    const child = mutate(parent, 10, rng);
    expect(child).not.toBe(parent);
    for (const w of child) expect(Math.abs(w)).toBeLessThanOrEqual(WEIGHT_LIMIT);
    expect(Array.from(parent)).toEqual([0, 4.99, -4.99, 1]);
    expect(child.some((w, i) => w !== parent[i])).toBe(true);
  });
});
