// MBRCSL's rollouts on the two-corridor data: the data's own behaviour, run in count models of the data, takes
// both ways at the junction, so some rollouts go from the start to the goal, which no episode of the data does;
// the best are kept.
import { describe, expect, it } from 'vitest';
import { checkRolloutSettings, modelRollouts } from '../../../src/core/data/model-rollouts.ts';
import { createRng } from '../../../src/core/rng/rng.ts';
import { createStitchingWorld, CORRIDOR_CELLS } from '../../../src/demos/stitching-world.ts';

const world = createStitchingWorld({ episodesA: 50, episodesB: 50, actionNoise: 0 }, createRng('corridors'));
const SETTINGS = { rollouts: 400, keepFraction: 0.1, ensemble: 3, horizon: 50 };
const stitched = (o: readonly number[]) => o[0] === CORRIDOR_CELLS.start && o.at(-1) === CORRIDOR_CELLS.goal;

describe('model rollouts (MBRCSL)', () => {
  it('makes episodes from the start to the goal that the data does not hold, and keeps the best', () => {
    expect(world.dataset.episodes.some((e) => stitched(e.observations))).toBe(false);
    const r = modelRollouts(world.dataset, SETTINGS, createRng(1));
    expect(r.episodes).toHaveLength(400);
    expect(r.kept.reduce((n, k) => n + k, 0)).toBe(40);
    expect(r.keptEpisodes).toHaveLength(40);
    expect(r.bestReturn).toBe(1);
    expect(r.keptEpisodes.some((e) => stitched(e.observations))).toBe(true);
    // Kept means best: no dropped rollout beats a kept one.
    const keptMin = Math.min(...Array.from(r.returns).filter((_, i) => r.kept[i]));
    const droppedMax = Math.max(...Array.from(r.returns).filter((_, i) => !r.kept[i]));
    expect(droppedMax).toBeLessThanOrEqual(keptMin);
  });

  it('takes only moves the data took, and its one-model rollouts follow the data’s transitions exactly', () => {
    const r = modelRollouts(world.dataset, { ...SETTINGS, ensemble: 1 }, createRng(2));
    const seen = new Set<string>();
    for (const e of world.dataset.episodes) e.actions.forEach((a, t) => seen.add(`${e.observations[t]}:${a}:${e.observations[t + 1]}`));
    for (const e of r.episodes) e.actions.forEach((a, t) => expect(seen.has(`${e.observations[t]}:${a}:${e.observations[t + 1]}`)).toBe(true));
  });

  it('is reproducible from its seed', () => {
    const a = modelRollouts(world.dataset, SETTINGS, createRng(5));
    const b = modelRollouts(world.dataset, SETTINGS, createRng(5));
    expect(Array.from(a.returns)).toEqual(Array.from(b.returns));
    expect(a.episodes[17]).toEqual(b.episodes[17]);
  });

  it('refuses settings it cannot use, saying which', () => {
    expect(() => checkRolloutSettings({ ...SETTINGS, rollouts: 0 })).toThrow(/rollouts/);
    expect(() => checkRolloutSettings({ ...SETTINGS, keepFraction: 0 })).toThrow(/share in \(0, 1\]/);
    expect(() => checkRolloutSettings({ ...SETTINGS, ensemble: 1.5 })).toThrow(/ensemble/);
  });
});
