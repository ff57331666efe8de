// SERENE's emitter, a (1 + λ) evolution strategy: the elite changes only for a better mutant, the step size grows
// after an improving batch and shrinks after a failed one, and the emitter ends on its budget or after stalling.
import { describe, expect, it } from 'vitest';
import { Emitter, EMITTER_BATCH } from '../../../../src/core/algorithms/quality-diversity/emitter.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

const scored = (genome: Float64Array, reward: number) => ({ genome, reward });

describe('emitter', () => {
  it('keeps the best mutant when it beats the elite, and adapts its step size', () => {
    // Reward: how close the single weight is to 1 (the seed sits at 0).
    const evaluate = (g: Float64Array) => scored(g, -Math.abs(g[0]! - 1));
    const emitter = new Emitter(scored(Float64Array.of(0), -1), 100, 0.2);
    const rng = createRng(3);
    const mutants = emitter.batch(evaluate, rng);
    expect(mutants).toHaveLength(EMITTER_BATCH);
    const best = Math.max(...mutants.map((m) => m.reward));
    expect(emitter.elite.reward).toBe(Math.max(-1, best));
    expect(emitter.sigma).toBeCloseTo(best > -1 ? 0.2 * 1.5 : 0.2 * 0.8, 12);
    expect(emitter.used).toBe(EMITTER_BATCH);
    expect(emitter.seed.reward).toBe(-1);
  });

  it('never replaces the elite with a worse or equal mutant, and stops after eight batches without progress', () => {
    const flat = (g: Float64Array) => scored(g, 0);
    const emitter = new Emitter(scored(Float64Array.of(0), 0), 1000, 0.2);
    const rng = createRng(4);
    let batches = 0;
    while (!emitter.done) {
      emitter.batch(flat, rng);
      batches++;
    }
    expect(batches).toBe(8);
    expect(emitter.elite.genome[0]).toBe(0);
    expect(emitter.sigma).toBeCloseTo(0.2 * 0.8 ** 8, 12);
  });

  it('spends exactly its budget, the last batch cut short', () => {
    let t = 0;
    const rising = (g: Float64Array) => scored(g, t++);
    const emitter = new Emitter(scored(Float64Array.of(0), -1), 25, 0.1);
    const rng = createRng(5);
    const sizes: number[] = [];
    while (!emitter.done) sizes.push(emitter.batch(rising, rng).length);
    expect(sizes).toEqual([10, 10, 5]);
    expect(emitter.used).toBe(25);
  });
});
