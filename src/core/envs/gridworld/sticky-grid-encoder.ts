// How a network sees a sticky gridworld state (cell + cells·(last move + 1)): the cell one-hot, then the last move
// one-hot over {none, up, right, down, left}.
import type { FeatureEncoder } from '../feature-encoder.ts';
import type { GridLayout } from './grid-layout.ts';
import { STICKY_LAYERS, stickyState } from './sticky-model.ts';

export function createStickyGridEncoder(layout: GridLayout): FeatureEncoder {
  const n = layout.width * layout.height;
  const size = n + STICKY_LAYERS;
  return {
    size,
    encode(obs, out, offset) {
      const { cell, last } = stickyState(n, obs);
      out.fill(0, offset, offset + size);
      out[offset + cell] = 1;
      out[offset + n + last + 1] = 1;
    },
  };
}
