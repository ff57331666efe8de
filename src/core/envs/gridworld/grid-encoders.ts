// Feature encoders for gridworld observations (a cell index): one-hot, normalised coordinates, an egocentric
// 5×5 patch (as in Minigrid's partial view) and the full map as channels (as in snake-dqn's state tensor).
import type { FeatureEncoder } from '../feature-encoder.ts';
import { Cell, type GridLayout } from './grid-layout.ts';

export type GridEncoderKind = 'one-hot' | 'coordinates' | 'patch' | 'map';

/** Side of the egocentric window; the agent sits at its centre. */
export const PATCH_SIDE = 5;
const PATCH_RADIUS = (PATCH_SIDE - 1) / 2;
const PATCH_CELLS = PATCH_SIDE * PATCH_SIDE;

const isHazard = (cell: number): boolean => cell === Cell.cliff || cell === Cell.hole;

/**
 * An encoder over the layout returned by `getLayout()`, read at every encode() so a map edited mid-run is seen.
 * - 'one-hot': size W·H, 1 at the agent's cell.
 * - 'coordinates': size 2, (col/(W−1), row/(H−1)) scaled to [−1, 1].
 * - 'patch': size 3·5·5, channel-major [channel][dy + 2][dx + 2] around the agent; channels: wall or outside
 *   the map, goal, hazard (cliff or hole).
 * - 'map': size 4·W·H, channel-major [channel][cell]; channels: wall, goal, hazard, agent.
 */
export function createGridEncoder(kind: GridEncoderKind, getLayout: () => GridLayout): FeatureEncoder {
  const initial = getLayout();
  const nCells = initial.width * initial.height;
  /** Layouts may be edited but keep their size (GridworldEnv.setLayout enforces it); sized encoders check. */
  const sizedLayout = (): GridLayout => {
    const layout = getLayout();
    if (layout.width * layout.height !== nCells) {
      throw new RangeError(`the ${kind} encoder was built for ${nCells} cells, the map now has ${layout.width * layout.height}`);
    }
    return layout;
  };
  switch (kind) {
    case 'one-hot':
      return {
        size: nCells,
        encode(obs, out, offset) {
          sizedLayout();
          out.fill(0, offset, offset + nCells);
          out[offset + obs] = 1;
        },
      };
    case 'coordinates':
      return {
        size: 2,
        encode(obs, out, offset) {
          const { width, height } = getLayout();
          out[offset] = (2 * (obs % width)) / (width - 1) - 1;
          out[offset + 1] = (2 * Math.floor(obs / width)) / (height - 1) - 1;
        },
      };
    case 'patch':
      return {
        size: 3 * PATCH_CELLS,
        encode(obs, out, offset) {
          const { width, height, cells } = getLayout();
          const row0 = Math.floor(obs / width);
          const col0 = obs % width;
          for (let dy = -PATCH_RADIUS; dy <= PATCH_RADIUS; dy++) {
            for (let dx = -PATCH_RADIUS; dx <= PATCH_RADIUS; dx++) {
              const k = offset + (dy + PATCH_RADIUS) * PATCH_SIDE + (dx + PATCH_RADIUS);
              const row = row0 + dy;
              const col = col0 + dx;
              const outside = row < 0 || col < 0 || row >= height || col >= width;
              const cell = outside ? Cell.wall : cells[row * width + col];
              out[k] = cell === Cell.wall ? 1 : 0;
              out[k + PATCH_CELLS] = cell === Cell.goal ? 1 : 0;
              out[k + 2 * PATCH_CELLS] = isHazard(cell) ? 1 : 0;
            }
          }
        },
      };
    case 'map':
      return {
        size: 4 * nCells,
        encode(obs, out, offset) {
          const { cells } = sizedLayout();
          for (let i = 0; i < nCells; i++) {
            const cell = cells[i];
            out[offset + i] = cell === Cell.wall ? 1 : 0;
            out[offset + nCells + i] = cell === Cell.goal ? 1 : 0;
            out[offset + 2 * nCells + i] = isHazard(cell) ? 1 : 0;
            out[offset + 3 * nCells + i] = 0;
          }
          out[offset + 3 * nCells + obs] = 1;
        },
      };
  }
}
