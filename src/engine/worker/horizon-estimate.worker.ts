// Web Worker entry for the effective-horizon estimate: one request per worker; the page terminates it to cancel.
import { runHorizonEstimate } from './horizon-estimate-runner.ts';
import type { HorizonEstimateRequest } from './horizon-estimate-protocol.ts';

addEventListener('message', (event: MessageEvent<HorizonEstimateRequest>) => {
  void runHorizonEstimate(event.data, (message) => postMessage(message));
}, { once: true });
