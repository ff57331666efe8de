// The tfjs backend for the small networks here: cpu, the one that runs everywhere (Node, a worker) without extra
// files. WebGL is never used: from a worker it still blocks the page (tfjs issue #5454) and has no GPU here.
import * as tf from '@tensorflow/tfjs';

let ready: Promise<string> | null = null;

/** Select the backend once; resolves to its name. */
export function ensureTfBackend(): Promise<string> {
  ready ??= tf.setBackend('cpu').then(async (ok) => {
    if (!ok) throw new Error('the tfjs cpu backend could not start');
    await tf.ready();
    return tf.getBackend();
  });
  return ready;
}
