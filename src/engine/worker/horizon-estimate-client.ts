// Starts an effective-horizon estimate off the page's thread (worker-task.ts). Returns a cancel function.
import type { FromHorizonEstimate, HorizonEstimateRequest } from './horizon-estimate-protocol.ts';
import { startWorkerTask, type WorkerTask } from './worker-task.ts';

const HORIZON_TASK: WorkerTask<HorizonEstimateRequest, FromHorizonEstimate> = {
  makeWorker: () => new Worker(new URL('./horizon-estimate.worker.ts', import.meta.url), { type: 'module', name: 'rl-sandbox-horizon' }),
  runHere: async () => (await import('./horizon-estimate-runner.ts')).runHorizonEstimate,
  isFinal: (message) => message.type !== 'trial',
};

export function startHorizonEstimate(request: HorizonEstimateRequest, onMessage: (message: FromHorizonEstimate) => void): () => void {
  return startWorkerTask(HORIZON_TASK, request, onMessage);
}
