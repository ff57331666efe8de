// The wasm binaries of @tensorflow/tfjs-backend-wasm as files of the app itself (Vite copies them into the build
// and hands back their URLs), so the page never downloads code from elsewhere. Importing this names them for the
// tfjs backend without loading tfjs; tfjs itself arrives only when a demo with a network opens.
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import { setWasmFiles } from '../../core/nn/wasm-files.ts';

setWasmFiles({ plain, simd });
