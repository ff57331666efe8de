// The tfjs backend for the small networks here. wasm by default: `npm run bench` measures it 5–8× faster than the
// cpu backend for these sizes in Node and in Chromium (Chromium: 418 DQN updates/s on wasm, 75 on cpu). cpu is the
// fallback when WebAssembly cannot start. WebGL is never used: it measured 56 updates/s in the same Chromium (its
// per-op upload and sync cost exceeds the arithmetic of 64-wide layers), and from a worker it can still stall the
// page (tfjs issue #5454). Multithreaded wasm needs a cross-origin-isolated page, which a static host cannot
// promise, so it is switched off: every run is single-threaded and its float sums come in one order.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { wasmFiles } from './wasm-files.ts';

export type TfBackendName = 'wasm' | 'cpu';
export const TF_BACKENDS: readonly TfBackendName[] = ['wasm', 'cpu'];
export const DEFAULT_TF_BACKEND: TfBackendName = 'wasm';

/** Switch to `name`, falling back to cpu when it cannot start; resolves to the backend in use. */
export async function useTfBackend(name: TfBackendName): Promise<TfBackendName> {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  const files = wasmFiles();
  if (name === 'wasm' && files) {
    // setWasmPaths wants all three names; the threaded binary is never fetched with multithreading off.
    setWasmPaths({
      'tfjs-backend-wasm.wasm': files.plain, 'tfjs-backend-wasm-simd.wasm': files.simd, 'tfjs-backend-wasm-threaded-simd.wasm': files.simd,
    });
  }
  const ok = await tf.setBackend(name).catch(() => false);
  if (!ok && name !== 'cpu') return useTfBackend('cpu');
  if (!ok) throw new Error('the tfjs cpu backend could not start');
  await tf.ready();
  return tf.getBackend() as TfBackendName;
}

let ready: Promise<TfBackendName> | null = null;

/** Select the default backend once (later calls share the first); resolves to its name. */
export function ensureTfBackend(): Promise<TfBackendName> {
  ready ??= useTfBackend(DEFAULT_TF_BACKEND);
  return ready;
}
