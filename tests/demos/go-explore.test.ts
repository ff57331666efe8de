// The Go-Explore lessons through the engine (one run per seed, as the presets' figures were measured): with 2×2
// cells and the key, the treasure is found within the default 3,000 rounds in every seed; the archive view lists
// each cell's selection probability (summing to 1 over cells to explore from) and a best path that starts at S;
// phase 2 under sticky actions ends with a policy that beats the blind replay of the best trajectory; the RND
// baseline's exploration numbers come from its env, one point per episode.
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { findDemo } from '../../src/demos/registry.ts';
import { loadAgentFactories } from '../../src/engine/agent-factories.ts';
import { createRun } from '../../src/engine/run.ts';
import { defaultExperiment, presetExperiment } from '../../src/state/experiment-url.ts';
import { CURVE_PROBS, type GoExploreView } from '../../src/core/agents/planning/go-explore-planner.ts';
import { archiveShading } from '../../src/ui/go-explore/go-explore-stage.tsx';
import type { MontezumaView } from '../../src/core/envs/montezuma-lite/montezuma-lite-env.ts';

const demo = findDemo('go-explore')!;
beforeAll(async () => {
  await tf.setBackend('cpu');
  await loadAgentFactories(demo);
});

/** Frames and archive size when the best score first reaches the treasure (1), or null within 3,000 rounds. */
function firstTreasure(preset: string, seed: number): { frames: number; cells: number } | null {
  const params = presetExperiment(demo, preset, defaultExperiment(demo)).params;
  const run = createRun(demo, params, seed, { runs: 1 });
  run.runEpisodes(3000);
  const best = run.series('go-explore', 'explore/best-score').mean;
  const i = best.findIndex((b) => b >= 1);
  const result = i < 0 ? null : { frames: run.series('go-explore', 'explore/frames').mean[i], cells: run.series('go-explore', 'explore/archive-size').mean[i] };
  run.dispose();
  return result;
}

describe('go-explore lessons', () => {
  it('default-cells: finds the treasure in every seed, after 810–2,770 frames with 33–54 cells (seeds 1–5)', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const found = firstTreasure('default-cells', seed)!;
      expect(found).not.toBeNull();
      expect(found.frames).toBeLessThan(3000);
      expect(found.cells).toBeLessThan(60);
    }
  });

  it('ige-good-judge: the archive holds 8–10 cells when the treasure is found (seeds 1–5), a fifth of the usual', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const found = firstTreasure('ige-good-judge', seed)!;
      expect(found).not.toBeNull();
      expect(found.cells).toBeLessThanOrEqual(12);
    }
  });

  it('return-by-replay: the same rounds find the treasure, at the cost of the frames spent walking back', () => {
    for (const seed of [1, 5]) {
      const byRestore = firstTreasure('default-cells', seed)!;
      const byReplay = firstTreasure('return-by-replay', seed)!;
      expect(byReplay.cells).toBe(byRestore.cells);
      // Measured: 1,654 → 3,426 (seed 1), 806 → 1,280 (seed 5).
      expect(byReplay.frames).toBeGreaterThan(1.4 * byRestore.frames);
    }
  });

  it('return-by-policy: a learned walk back finds the treasure too, at more frames than restoring (seeds 1, 3)', () => {
    for (const seed of [1, 3]) {
      const byPolicy = firstTreasure('return-by-policy', seed)!;
      const byRestore = firstTreasure('default-cells', seed)!;
      expect(byPolicy).not.toBeNull();
      // Measured: 4,078 and 2,108 frames.
      expect(byPolicy.frames).toBeGreaterThan(byRestore.frames);
    }
  });

  it('cell-too-fine: the archive is about three times larger when the treasure is found', () => {
    const fine = firstTreasure('cell-too-fine', 2)!;
    const coarse = firstTreasure('default-cells', 2)!;
    expect(fine.cells).toBeGreaterThan(2 * coarse.cells);
  });

  it('robustify: phase 2 under sticky actions beats the blind replay of the best trajectory (seed 1)', () => {
    const params = presetExperiment(demo, 'robustify', defaultExperiment(demo)).params;
    const run = createRun(demo, params, 1, { runs: 1 });
    run.runEpisodes(3000);
    const success = run.series('go-explore', 'explore/robust-success').mean;
    const replay = run.series('go-explore', 'explore/replay-success').mean;
    const progress = run.series('go-explore', 'explore/robust-progress').mean;
    // Phase 2's series are gaps until the treasure is found, then run to the end.
    const first = progress.findIndex(Number.isFinite);
    expect(first).toBeGreaterThan(0);
    expect(run.series('go-explore', 'explore/best-score').mean[first - 1]).toBeGreaterThanOrEqual(1);
    expect(progress.at(-1)).toBe(1);
    expect(success.at(-1)!).toBeGreaterThanOrEqual(0.8);
    expect(replay.at(-1)!).toBeLessThan(0.6);
    const { agent } = run.view('go-explore');
    const robust = (agent as GoExploreView).robustify!;
    expect(robust).toMatchObject({ done: true, progress: 1, trainedProb: 0.25 });
    // The curve against stickiness: blind replay is exact without it and falls behind the policy with it.
    const curve = robust.stickinessCurve;
    expect(curve.map((c) => c.stickyProb)).toEqual(CURVE_PROBS);
    expect(curve[0].replay).toBe(1);
    for (const c of curve.filter((c) => c.stickyProb >= 0.1)) expect(c.policy).toBeGreaterThan(c.replay);
    run.dispose();
  });

  it('detachment: the RND baseline reads frames, cells and best score from the env, one point per episode', () => {
    const run = createRun(demo, defaultExperiment(demo).params, 1, { runs: 1, agents: ['ppo-rnd'] });
    run.runEpisodes(3);
    const frames = run.series('ppo-rnd', 'explore/frames').mean;
    const lengths = run.series('ppo-rnd', 'episode/length').mean;
    // Episodes of up to 200 steps: frames are the running sum of their lengths.
    expect(frames).toEqual([lengths[0], lengths[0] + lengths[1], lengths[0] + lengths[1] + lengths[2]]);
    const cells = run.series('ppo-rnd', 'explore/archive-size').mean;
    expect(cells.every((c, i) => c >= 1 && (i === 0 || c >= cells[i - 1]))).toBe(true);
    expect(run.series('ppo-rnd', 'explore/best-score').mean.every(Number.isFinite)).toBe(true);
    // PPO has updated after 256 steps: its intrinsic reward is recorded.
    expect(run.series('ppo-rnd', 'explore/intrinsic-reward').mean.some(Number.isFinite)).toBe(true);
    run.dispose();
  });

  it('shows the archive with selection probabilities, a best path from the start, and a shading of the map', () => {
    // Phase 2 off: phase 1 keeps exploring past the treasure, one round per sweep.
    const run = createRun(demo, { ...defaultExperiment(demo).params, phase2: false }, 1, { runs: 1 });
    run.runEpisodes(200);
    const { env, agent } = run.view('go-explore');
    const view = agent as GoExploreView;
    const total = view.archive.reduce((sum, c) => sum + c.probability, 0);
    expect(total).toBeCloseTo(1, 9);
    expect(view.bestPath[0]).toBe(2 * 23 + 2);
    expect(view.iterations).toBe(200);
    const shading = archiveShading(env as MontezumaView, view, 'probability');
    // Walls are never shaded; the start's square is.
    expect(shading[0]).toBe(0);
    expect(shading[2 * 23 + 2]).toBeGreaterThan(0);
    // By trajectory length: the start's own cell is reached in 0 steps, the best cell's square in its full length.
    const lengths = archiveShading(env as MontezumaView, view, 'length');
    const best = view.archive.reduce((a, b) => (b.score > a.score ? b : a));
    expect(lengths[best.cell]).toBeGreaterThanOrEqual(best.length);
    expect(Math.max(...lengths)).toBe(Math.max(...view.archive.map((c) => c.length)));
    run.dispose();
  });
});
