// The browser half of `npm run bench`: the neural suite on each tfjs backend in Chromium, with the wasm binaries
// served the way the app serves them. Results land on window.benchResult for the Node driver to read.
import '../../src/engine/worker/tf-wasm-files.ts';
import type { TfBackendName } from '../../src/core/nn/backend.ts';
import { runNeuralSuite, type NeuralSuiteResult } from '../neural/neural-suite.ts';

declare global {
  interface Window { benchResult?: { results: NeuralSuiteResult[] } | { error: string } }
}

const params = new URLSearchParams(location.search);
const backends = (params.get('backends') ?? 'wasm,cpu').split(',') as TfBackendName[];
const repeats = Number(params.get('repeats') ?? 5);
const out = document.getElementById('out')!;

(async () => {
  const results: NeuralSuiteResult[] = [];
  for (const backend of backends) {
    out.textContent = `running ${backend}…`;
    results.push(await runNeuralSuite(backend, repeats));
  }
  out.textContent = JSON.stringify(results, null, 2);
  window.benchResult = { results };
})().catch((error: unknown) => {
  window.benchResult = { error: error instanceof Error ? error.message : String(error) };
});
