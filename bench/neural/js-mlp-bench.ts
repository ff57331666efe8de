// The floor reference: one DQN-shaped training step (batch 64, MLP 100-64-64-4, ReLU, Huber on the taken action's
// output, Adam) written as plain loops over Float32Arrays, no tfjs. It shows what the arithmetic alone costs here.

const SIZES = [100, 64, 64, 4];
const BATCH = 64;

interface Layer {
  readonly nIn: number;
  readonly nOut: number;
  readonly w: Float32Array;
  readonly b: Float32Array;
  readonly gw: Float32Array;
  readonly gb: Float32Array;
  /** Adam moments for w then b. */
  readonly m: Float32Array;
  readonly v: Float32Array;
}

function layer(nIn: number, nOut: number, seed: number): Layer {
  let x = seed;
  const w = new Float32Array(nIn * nOut).map(() => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5) * 0.2);
  return {
    nIn, nOut, w, b: new Float32Array(nOut), gw: new Float32Array(nIn * nOut), gb: new Float32Array(nOut),
    m: new Float32Array(nIn * nOut + nOut), v: new Float32Array(nIn * nOut + nOut),
  };
}

/** Updates per second of the plain-array MLP. */
export function jsMlpUpdatesPerSecond(updates: number): number {
  const layers = SIZES.slice(0, -1).map((n, i) => layer(n, SIZES[i + 1], i + 1));
  // Activations per layer (input first) and their gradients.
  const acts = SIZES.map((n) => new Float32Array(BATCH * n));
  const grads = SIZES.map((n) => new Float32Array(BATCH * n));
  for (let i = 0; i < acts[0].length; i++) acts[0][i] = (i * 7919) % 100 === 0 ? 1 : 0;
  const actions = Int32Array.from({ length: BATCH }, (_, i) => i % 4);
  const targets = Float32Array.from({ length: BATCH }, (_, i) => (i % 3) / 3);
  let t = 0;
  const lr = 1e-3, b1 = 0.9, b2 = 0.999, eps = 1e-7;

  const step = () => {
    // Forward: h_{l+1} = relu(h_l W + b) (no ReLU on the output).
    layers.forEach((L, l) => {
      const x = acts[l], y = acts[l + 1];
      for (let r = 0; r < BATCH; r++) {
        for (let j = 0; j < L.nOut; j++) {
          let s = L.b[j];
          for (let i = 0; i < L.nIn; i++) s += x[r * L.nIn + i] * L.w[i * L.nOut + j];
          y[r * L.nOut + j] = l < layers.length - 1 && s < 0 ? 0 : s;
        }
      }
    });
    // Huber gradient on the taken action's output only.
    const out = acts[layers.length], gOut = grads[layers.length];
    gOut.fill(0);
    for (let r = 0; r < BATCH; r++) {
      const e = out[r * 4 + actions[r]] - targets[r];
      gOut[r * 4 + actions[r]] = Math.max(-1, Math.min(1, e)) / BATCH;
    }
    // Backward.
    for (let l = layers.length - 1; l >= 0; l--) {
      const L = layers[l], x = acts[l], gy = grads[l + 1], gx = grads[l];
      L.gw.fill(0); L.gb.fill(0); gx.fill(0);
      for (let r = 0; r < BATCH; r++) {
        for (let j = 0; j < L.nOut; j++) {
          const g = gy[r * L.nOut + j];
          if (g === 0) continue;
          L.gb[j] += g;
          for (let i = 0; i < L.nIn; i++) {
            L.gw[i * L.nOut + j] += x[r * L.nIn + i] * g;
            gx[r * L.nIn + i] += L.w[i * L.nOut + j] * g;
          }
        }
      }
      // Through the ReLU of the layer below (its output is this layer's input).
      if (l > 0) for (let k = 0; k < gx.length; k++) if (x[k] <= 0) gx[k] = 0;
    }
    // Adam.
    t++;
    const c1 = 1 - b1 ** t, c2 = 1 - b2 ** t;
    for (const L of layers) {
      const nW = L.w.length;
      for (let k = 0; k < nW + L.b.length; k++) {
        const g = k < nW ? L.gw[k] : L.gb[k - nW];
        L.m[k] = b1 * L.m[k] + (1 - b1) * g;
        L.v[k] = b2 * L.v[k] + (1 - b2) * g * g;
        const delta = (lr * (L.m[k] / c1)) / (Math.sqrt(L.v[k] / c2) + eps);
        if (k < nW) L.w[k] -= delta; else L.b[k - nW] -= delta;
      }
    }
  };
  for (let i = 0; i < 20; i++) step();
  const start = performance.now();
  for (let i = 0; i < updates; i++) step();
  return updates / ((performance.now() - start) / 1000);
}
