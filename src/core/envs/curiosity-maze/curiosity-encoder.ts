// How the curiosity lab's networks see an observation (catalogue D2: "a 5×5 egocentric patch + coordinates"):
//   [0, 25)              the 5×5 window around the agent: 1 where a wall (or the map's edge) is, else 0
//   [25, 25 + W)         the agent's column, one-hot
//   [25 + W, 25 + W + H) the agent's row, one-hot
//   the last 8           the TV screen: the bits of (pattern − 1) as ±1 while a picture shows, else all 0
// Eight bits tell up to 256 pictures apart, so every pattern looks different to a network.
import type { FeatureEncoder } from '../feature-encoder.ts';
import type { CuriosityLayout } from './curiosity-maze-env.ts';

const SIDE = 5;
const RADIUS = (SIDE - 1) / 2;
export const SCREEN_BITS = 8;

export function createCuriosityEncoder(layout: CuriosityLayout): FeatureEncoder {
  const { width, height, cells } = layout;
  const nCells = width * height;
  const size = SIDE * SIDE + width + height + SCREEN_BITS;
  return {
    size,
    encode(obs, out, offset) {
      const cell = obs % nCells;
      const pattern = Math.floor(obs / nCells);
      const row = Math.floor(cell / width);
      const col = cell % width;
      out.fill(0, offset, offset + size);
      for (let dy = -RADIUS; dy <= RADIUS; dy++) {
        for (let dx = -RADIUS; dx <= RADIUS; dx++) {
          const r = row + dy;
          const c = col + dx;
          const wall = r < 0 || r >= height || c < 0 || c >= width || cells[r * width + c] === '#';
          if (wall) out[offset + (dy + RADIUS) * SIDE + (dx + RADIUS)] = 1;
        }
      }
      out[offset + SIDE * SIDE + col] = 1;
      out[offset + SIDE * SIDE + width + row] = 1;
      if (pattern > 0) {
        const screen = offset + size - SCREEN_BITS;
        for (let b = 0; b < SCREEN_BITS; b++) out[screen + b] = ((pattern - 1) >> b) & 1 ? 1 : -1;
      }
    },
  };
}
