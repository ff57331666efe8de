// Starts the offline lab's datasets × algorithms matrix off the page's thread (worker-task.ts). Returns a cancel
// function.
import type { FromOfflineMatrix, OfflineMatrixRequest } from './offline-matrix-protocol.ts';
import { startWorkerTask, type WorkerTask } from './worker-task.ts';

const MATRIX_TASK: WorkerTask<OfflineMatrixRequest, FromOfflineMatrix> = {
  makeWorker: () => new Worker(new URL('./offline-matrix.worker.ts', import.meta.url), { type: 'module', name: 'rl-sandbox-offline-matrix' }),
  runHere: async () => {
    const [{ runOfflineMatrix }] = await Promise.all([import('./offline-matrix-runner.ts'), import('./tf-wasm-files.ts')]);
    return runOfflineMatrix;
  },
  isFinal: (message) => message.type !== 'cell',
};

export function startOfflineMatrix(request: OfflineMatrixRequest, onMessage: (message: FromOfflineMatrix) => void): () => void {
  return startWorkerTask(MATRIX_TASK, request, onMessage);
}
