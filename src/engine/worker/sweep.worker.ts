// Web Worker entry for the scaling sweep: one request per worker; the page terminates it to cancel.
// The wasm files are named in case a swept agent has a network (its tfjs backend then finds them).
import './tf-wasm-files.ts';
import { runSweep } from './sweep-runner.ts';
import type { SweepRequest } from './sweep-protocol.ts';

addEventListener('message', (event: MessageEvent<SweepRequest>) => {
  void runSweep(event.data, (message) => postMessage(message));
}, { once: true });
