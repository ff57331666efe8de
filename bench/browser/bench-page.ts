// The browser half of `npm run bench`: the neural suite on each tfjs backend in Chromium, with the wasm binaries
// served the way the app serves them. Results land on window.benchResult for the Node driver to read.
import '../../src/engine/worker/tf-wasm-files.ts';
import { runNeuralSuite, type BenchBackend, type NeuralSuiteResult } from '../neural/neural-suite.ts';

declare global {
  interface Window { benchResult?: { results: NeuralSuiteResult[]; skipped: string[] } | { error: string } }
}

const params = new URLSearchParams(location.search);
const backends = (params.get('backends') ?? 'wasm,cpu,webgl').split(',') as BenchBackend[];
const repeats = Number(params.get('repeats') ?? 5);
const out = document.getElementById('out')!;

(async () => {
  const results: NeuralSuiteResult[] = [];
  const skipped: string[] = [];
  for (const backend of backends) {
    out.textContent = `running ${backend}…`;
    try {
      results.push(await runNeuralSuite(backend, repeats));
    } catch (error) {
      // webgl may not start (no GPU, or WebGL disabled); the app's own backends must.
      if (backend !== 'webgl') throw error;
      skipped.push(`webgl: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  out.textContent = JSON.stringify({ results, skipped }, null, 2);
  window.benchResult = { results, skipped };
})().catch((error: unknown) => {
  window.benchResult = { error: error instanceof Error ? error.message : String(error) };
});
