// Montezuma-lite with Go-Explore's numbers for an acting explorer: distinct cells (Go-Explore's cell definition),
// best episode score so far and frames, written every step and kept across episodes; and the network encoding of a
// state (column, row, key, coins).
import { describe, expect, it } from 'vitest';
import { MontezumaLiteEnv } from '../../../../src/core/envs/montezuma-lite/montezuma-lite-env.ts';
import { MontezumaExplorationStats } from '../../../../src/core/envs/montezuma-lite/montezuma-exploration-stats.ts';
import { createMontezumaEncoder } from '../../../../src/core/envs/montezuma-lite/montezuma-encoder.ts';

const RIGHT = 1; const DOWN = 2; const LEFT = 3;

describe('MontezumaExplorationStats', () => {
  it('counts cells, the best score and frames across episodes', () => {
    const env = new MontezumaExplorationStats(new MontezumaLiteEnv(), 2, true);
    env.reset();
    // From S (row 2, col 2): right twice stays in the 2×2 square of columns 2–3, then enters columns 4–5.
    let r = env.step(RIGHT);
    expect(r.info).toMatchObject({ 'explore/archive-size': 1, 'explore/best-score': 0, 'explore/frames': 1 });
    r = env.step(RIGHT);
    expect(r.info['explore/archive-size']).toBe(2);
    env.reset();
    // To the key (row 5, col 1) and one step back: the square of columns 2–3, rows 4–5 is a new cell with the key.
    for (const m of [DOWN, DOWN, DOWN, LEFT]) r = env.step(m);
    expect(env.view().hasKey).toBe(true);
    expect(r.info['explore/archive-size']).toBe(4);
    r = env.step(RIGHT);
    expect(r.info['explore/archive-size']).toBe(5);
    expect(r.info['explore/frames']).toBe(7);
    // Without the key in the cell, the way back is no news.
    const noKey = new MontezumaExplorationStats(new MontezumaLiteEnv(), 2, false);
    noKey.reset();
    noKey.step(RIGHT);
    noKey.step(RIGHT);
    noKey.reset();
    let s = noKey.step(DOWN);
    for (const m of [DOWN, DOWN, LEFT, RIGHT]) s = noKey.step(m);
    expect(s.info['explore/archive-size']).toBe(4);
    expect(env.view().explored).toEqual({ cells: 5, bestScore: 0, frames: 7 });
  });

  it('keeps the best episode score, counting coins as they come', () => {
    const env = new MontezumaExplorationStats(new MontezumaLiteEnv(), 2, true);
    env.reset();
    // Row 3 runs east through the doorway into the middle room, past the coin at column 12.
    let r = env.step(DOWN);
    for (let i = 0; i < 10; i++) r = env.step(RIGHT);
    expect(r.info['explore/best-score']).toBeCloseTo(0.1, 12);
    env.reset();
    r = env.step(RIGHT);
    expect(r.info['explore/best-score']).toBeCloseTo(0.1, 12);
  });
});

describe('createMontezumaEncoder', () => {
  it('encodes column, row, key and coins as one-hots and bits', () => {
    const world = new MontezumaLiteEnv();
    const encoder = createMontezumaEncoder(world);
    const { width, height, coins } = world.layout;
    expect(encoder.size).toBe(width + height + 1 + coins.length);
    const out = new Float32Array(encoder.size + 2);
    encoder.encode(world.encode(3 * width + 5, true, 0b101), out, 2);
    const ones = [...out.keys()].filter((i) => out[i] === 1).map((i) => i - 2);
    expect(ones).toEqual([5, width + 3, width + height, width + height + 1, width + height + 3]);
  });
});
