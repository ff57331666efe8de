// `npm run bench`: medians of repeated timings. (1) Tabular Q-learning on a 10×10 open grid through the real
// Env → Agent → engine path, in env steps + learning updates per second, with a bare typed-array loop for the
// ratio. (2) Wall time of the full 10-armed testbed at the book's scale (2000 runs × 1000 steps, six agents).
// (3) Neural agents per tfjs backend (DQN updates/s against bare tfjs loops of the same network, PPO samples/s),
// in Node and in Chromium, and a plain Float32Array MLP as the floor.
import { createRun } from '../src/engine/run.ts';
import { findDemo } from '../src/demos/registry.ts';
import { createRng } from '../src/core/rng/rng.ts';
import * as tf from '@tensorflow/tfjs';
import { TF_BACKENDS } from '../src/core/nn/backend.ts';
import { runNeuralSuite, type NeuralSuiteResult } from './neural/neural-suite.ts';
import { jsMlpUpdatesPerSecond } from './neural/js-mlp-bench.ts';
import { runBrowserBench } from './browser-bench.ts';
import { median } from './median.ts';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 7);

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return (performance.now() - start) / 1000;
}

const OPEN_10X10 = ['S.........', ...Array(8).fill('..........'), '.........G'].join('/');
const STEPS = 3_000_000;

/** A fresh run each time (episodes, series and all), timed over its first STEPS steps. */
function engineQLearning(): number {
  const run = createRun(findDemo('gridworld-playground')!, { layout: OPEN_10X10, epsilon: 0.1, alpha: 0.1, gamma: 0.95 }, 1, { agents: ['q-learning'] });
  return STEPS / time(() => run.step(STEPS));
}

/** The same algorithm as one flat loop over typed arrays: the ceiling the engine path is measured against. */
function bareQLearning(): number {
  const rng = createRng(1);
  const width = 10, nStates = 100, goal = 99;
  const q = new Float64Array(nStates * 4);
  const dr = [-1, 0, 1, 0], dc = [0, 1, 0, -1];
  let s = 0;
  return STEPS / time(() => {
    for (let i = 0; i < STEPS; i++) {
      let a = 0;
      if (rng.uniform() < 0.1) a = rng.int(4);
      else for (let b = 1; b < 4; b++) if (q[s * 4 + b] > q[s * 4 + a]) a = b;
      const row = Math.floor(s / width) + dr[a], col = (s % width) + dc[a];
      const next = row < 0 || row >= 10 || col < 0 || col >= 10 ? s : row * width + col;
      const done = next === goal;
      const r = done ? 1 : 0;
      let max = q[next * 4];
      for (let b = 1; b < 4; b++) max = Math.max(max, q[next * 4 + b]);
      q[s * 4 + a] += 0.1 * (r + (done ? 0 : 0.95 * max) - q[s * 4 + a]);
      s = done ? 0 : next;
    }
  });
}

function fullTestbed(): number {
  return time(() => {
    const run = createRun(findDemo('ten-armed-testbed')!, {}, 1, { runs: 2000 });
    run.step(1000);
  });
}

function report(name: string, samples: number[], unit: string, scale = 1): number {
  const m = median(samples);
  const spread = `${(Math.min(...samples) / scale).toFixed(2)}–${(Math.max(...samples) / scale).toFixed(2)}`;
  console.log(`${name.padEnd(58)} median ${(m / scale).toFixed(2)} ${unit}  (range ${spread}, ${samples.length} runs)`);
  return m;
}

console.log(`RL Sandbox benchmark · Node ${process.version} · ${REPEATS} repetitions each, one core\n`);
// One untimed pass of each, so every timed repetition runs optimised code (as a long run in the page does).
engineQLearning();
bareQLearning();
const engine = report('Tabular Q-learning 10×10, Env/Agent/engine path', Array.from({ length: REPEATS }, engineQLearning), 'M steps+updates/s', 1e6);
const bare = report('Tabular Q-learning 10×10, bare typed-array loop', Array.from({ length: REPEATS }, bareQLearning), 'M steps+updates/s', 1e6);
console.log(`${'Engine path / bare loop'.padEnd(58)} ratio  ${(engine / bare).toFixed(2)}`);
report('10-armed testbed, 2000 runs × 1000 steps, 6 agents', Array.from({ length: Math.max(3, Math.ceil(REPEATS / 2)) }, fullTestbed), 's wall time');

// Neural agents, per tfjs backend: in Node here, then the same suite in Chromium (BENCH_BROWSER=0 skips it).
const neuralRepeats = Math.max(3, Math.ceil(REPEATS / 2));

function printSuite(where: string, result: NeuralSuiteResult): void {
  console.log(`\ntfjs ${tf.version.tfjs}, backend ${result.backend} (${where}):`);
  for (const r of result.rows) report(r.name, [...r.samples], r.unit);
  console.log(`${'DQN update / bare Double-DQN step'.padEnd(58)} ratio  ${result.dqnOverBareDqn.toFixed(2)}`);
  console.log(`${'DQN update / bare minimize() step'.padEnd(58)} ratio  ${result.dqnOverBareMinimize.toFixed(2)}  (minimize() skips the s′ forward passes)`);
}

for (const backend of TF_BACKENDS) printSuite(`Node ${process.version}`, await runNeuralSuite(backend, neuralRepeats));
report('Plain Float32Array MLP, same DQN-shaped update (floor)', Array.from({ length: neuralRepeats }, () => jsMlpUpdatesPerSecond(200)), 'updates/s');
if (process.env.BENCH_BROWSER !== '0') {
  const browser = await runBrowserBench([...TF_BACKENDS, 'webgl'], neuralRepeats);
  if (typeof browser === 'string') console.log(`\nChromium benchmarks skipped: ${browser}`);
  else {
    for (const result of browser.results) printSuite('Chromium, page main thread', result);
    for (const reason of browser.skipped) console.log(`\nChromium backend not measured: ${reason}`);
  }
}
