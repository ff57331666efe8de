// Web Worker entry for the offline lab's datasets × algorithms matrix: one request per worker; the page
// terminates it to cancel.
import './tf-wasm-files.ts';
import { runOfflineMatrix } from './offline-matrix-runner.ts';
import type { OfflineMatrixRequest } from './offline-matrix-protocol.ts';

addEventListener('message', (event: MessageEvent<OfflineMatrixRequest>) => {
  void runOfflineMatrix(event.data, (message) => postMessage(message));
}, { once: true });
