// Web Worker entry: a RunHost fed by postMessage, so training never blocks the page.
import './tf-wasm-files.ts';
import { RunHost } from './run-host.ts';
import type { FromHost, ToHost } from './protocol.ts';

const host = new RunHost((message: FromHost) => postMessage(message), {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
});

addEventListener('message', (event: MessageEvent<ToHost>) => host.handle(event.data));
