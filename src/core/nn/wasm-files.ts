// Where the page serves the wasm binaries of @tensorflow/tfjs-backend-wasm. Kept apart from backend.ts (and free
// of tfjs) so the app's worker can name the files at start-up without loading tfjs; Node needs no entry here,
// since the wasm backend finds its files in node_modules there.

export interface WasmFiles {
  readonly plain: string;
  readonly simd: string;
}

let served: WasmFiles | null = null;

export function setWasmFiles(files: WasmFiles): void {
  served = files;
}

export function wasmFiles(): WasmFiles | null {
  return served;
}
