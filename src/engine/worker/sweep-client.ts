// Starts a scaling sweep off the page's thread: in a module Web Worker when possible, else on the main thread one
// point at a time. Returns a cancel function (which terminates the worker).
import type { FromSweep, SweepRequest } from './sweep-protocol.ts';
import { startWorkerTask, type WorkerTask } from './worker-task.ts';

const SWEEP_TASK: WorkerTask<SweepRequest, FromSweep> = {
  makeWorker: () => new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module', name: 'rl-sandbox-sweep' }),
  runHere: async () => {
    const [{ runSweep }] = await Promise.all([import('./sweep-runner.ts'), import('./tf-wasm-files.ts')]);
    return runSweep;
  },
  isFinal: (message) => message.type !== 'point',
};

export function startSweep(request: SweepRequest, onMessage: (message: FromSweep) => void): () => void {
  return startWorkerTask(SWEEP_TASK, request, onMessage);
}
