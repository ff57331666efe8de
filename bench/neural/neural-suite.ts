// The neural benchmarks for one tfjs backend, as rows of medians; the same code runs in Node (run-bench.ts) and in
// Chromium (the browser bench page), so the two sets of figures are comparable.
import * as tf from '@tensorflow/tfjs';
import { useTfBackend, type TfBackendName } from '../../src/core/nn/backend.ts';
import { median } from '../median.ts';
import { bareDqnUpdatesPerSecond, bareTfjsUpdatesPerSecond, dqnUpdatesPerSecond } from './dqn-bench.ts';
import { ppoSamplesPerSecond } from './ppo-bench.ts';

export interface BenchRow {
  readonly name: string;
  readonly unit: string;
  readonly median: number;
  readonly samples: readonly number[];
}

export interface NeuralSuiteResult {
  readonly backend: string;
  readonly rows: readonly BenchRow[];
  /** DQN update rate over the bare loops' rates. */
  readonly dqnOverBareMinimize: number;
  readonly dqnOverBareDqn: number;
}

function row(name: string, unit: string, repeats: number, measure: () => number): BenchRow {
  measure(); // untimed warm-up of this measurement's kernels and JIT
  const samples = Array.from({ length: repeats }, measure);
  return { name, unit, median: median(samples), samples };
}

/** The app's backends, plus webgl: measured in the browser where it starts, to show why the app does not use it. */
export type BenchBackend = TfBackendName | 'webgl';

async function startBackend(backend: BenchBackend): Promise<string> {
  if (backend !== 'webgl') return useTfBackend(backend);
  const ok = await tf.setBackend('webgl').catch(() => false);
  return ok ? 'webgl' : tf.getBackend();
}

export async function runNeuralSuite(backend: BenchBackend, repeats: number): Promise<NeuralSuiteResult> {
  const inUse = await startBackend(backend);
  if (inUse !== backend) throw new Error(`the ${backend} backend did not start (tfjs fell back to ${inUse})`);
  // Fewer updates on the slower backends keep each sample near a second.
  const n = backend === 'wasm' ? 400 : 100;
  const dqn = row('DQN update (batch 64, 100-64-64-4, Adam, Huber, Double DQN)', 'updates/s', repeats, () => dqnUpdatesPerSecond(n));
  const bareDqn = row('Bare tfjs Double-DQN step, same network', 'updates/s', repeats, () => bareDqnUpdatesPerSecond(n));
  const bare = row('Bare tfjs minimize() step, same network', 'updates/s', repeats, () => bareTfjsUpdatesPerSecond(n));
  const ppo = row('PPO (rollout 128, 4 epochs × 4 minibatches, 100-64-64)', 'samples/s', repeats, () => ppoSamplesPerSecond(backend === 'wasm' ? 1024 : 256));
  const tensorsLeft = tf.memory().numTensors;
  if (tensorsLeft > 0) throw new Error(`the ${backend} benchmarks left ${tensorsLeft} tensors behind`);
  return { backend: inUse, rows: [dqn, bareDqn, bare, ppo], dqnOverBareMinimize: dqn.median / bare.median, dqnOverBareDqn: dqn.median / bareDqn.median };
}
