// The tfjs backends in Node: wasm (the default) starts from the npm package's own binaries, cpu is there as the
// fallback, and a seeded DQN computes the same values on both (so a curve does not depend on the backend by more
// than float rounding).
import { afterAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { DEFAULT_TF_BACKEND, ensureTfBackend, useTfBackend } from '../../../src/core/nn/backend.ts';
import { drive } from '../agents/neural/grid-agent-kit.ts';
import { gridDqn, SMALL_SETTINGS } from '../agents/neural/dqn-test-kit.ts';

describe('tfjs backend', () => {
  afterAll(async () => { await useTfBackend('cpu'); });

  it('starts the default (wasm) once and reports it', async () => {
    expect(DEFAULT_TF_BACKEND).toBe('wasm');
    expect(await ensureTfBackend()).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
  });

  it('trains the same seeded DQN to the same values on wasm and cpu', async () => {
    const values: number[][] = [];
    for (const backend of ['wasm', 'cpu'] as const) {
      await useTfBackend(backend);
      const run = gridDqn(SMALL_SETTINGS, 3);
      drive(run, 300);
      values.push(Array.from(run.agent.view().actionValues!));
      run.agent.dispose!();
    }
    const gap = Math.max(...values[0].map((v, i) => Math.abs(v - values[1][i])));
    expect(gap).toBeLessThan(1e-3);
  });
});
