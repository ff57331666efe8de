// Starts a scaling sweep off the page's thread: in a module Web Worker when possible, else on the main thread one
// point at a time. Returns a cancel function (which terminates the worker).
import type { FromSweep, SweepRequest } from './sweep-protocol.ts';

export function startSweep(request: SweepRequest, onMessage: (message: FromSweep) => void): () => void {
  if (typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module', name: 'rl-sandbox-sweep' });
      worker.addEventListener('message', (event: MessageEvent<FromSweep>) => {
        onMessage(event.data);
        if (event.data.type !== 'point') worker.terminate();
      });
      worker.postMessage(request);
      return () => worker.terminate();
    } catch {
      // Fall through to the main thread.
    }
  }
  let cancelled = false;
  void Promise.all([import('./sweep-runner.ts'), import('./tf-wasm-files.ts')]).then(([{ runSweep }]) => runSweep(
    request, (message) => { if (!cancelled) onMessage(message); },
    () => new Promise((resolve) => setTimeout(resolve, 0)), () => cancelled,
  ));
  return () => { cancelled = true; };
}
