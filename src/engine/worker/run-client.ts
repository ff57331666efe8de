// The page's side of the run: a module Web Worker when the browser allows one, otherwise the same RunHost on the
// main thread (messages are cloned and delivered asynchronously either way, so callers cannot tell but by `mode`).
import type { FromHost, ToHost } from './protocol.ts';

export interface RunClient {
  readonly mode: 'worker' | 'main-thread';
  send(message: ToHost): void;
  dispose(): void;
}

export async function createRunClient(onMessage: (message: FromHost) => void, preferWorker = true): Promise<RunClient> {
  if (preferWorker && typeof Worker !== 'undefined') {
    try {
      const worker = new Worker(new URL('./run.worker.ts', import.meta.url), { type: 'module', name: 'rl-sandbox-run' });
      worker.addEventListener('message', (event: MessageEvent<FromHost>) => onMessage(event.data));
      return {
        mode: 'worker',
        send: (message) => worker.postMessage(message),
        dispose: () => worker.terminate(),
      };
    } catch {
      // Fall through to the main thread (e.g. a browser without module workers).
    }
  }
  const [{ RunHost }] = await Promise.all([import('./run-host.ts'), import('./tf-wasm-files.ts')]);
  let disposed = false;
  const host = new RunHost((message) => {
    const copy = structuredClone(message);
    queueMicrotask(() => { if (!disposed) onMessage(copy); });
  }, {
    now: () => performance.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  return {
    mode: 'main-thread',
    send: (message) => host.handle(structuredClone(message)),
    dispose: () => { disposed = true; host.handle({ type: 'pause' }); },
  };
}
