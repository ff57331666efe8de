// Gridworld feature encoders: sizes and hand-checked vectors on a 3×3 map, and edits seen at encode time.
import { describe, it, expect } from 'vitest';
import { createGridEncoder, type GridEncoderKind } from '../../../../src/core/envs/gridworld/grid-encoders.ts';
import { parseGridSpec, type GridLayout, type GridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';

const REWARDS = { stepReward: 0, goalReward: 1, cliffReward: -1, holeReward: -1, slip: 0 } as const;
// cells: 0 S  1 .  2 #
//        3 .  4 H  5 .
//        6 .  7 .  8 G
const TINY: GridSpec = { ...REWARDS, rows: ['S.#', '.H.', '..G'] };
const tiny = parseGridSpec(TINY);

function encode(kind: GridEncoderKind, obs: number, layout: GridLayout = tiny): Float32Array {
  const encoder = createGridEncoder(kind, () => layout);
  // Garbage around and inside the slot: encode() must overwrite its whole range and nothing else.
  const out = new Float32Array(encoder.size + 2).fill(7);
  encoder.encode(obs, out, 1);
  expect(out[0]).toBe(7);
  expect(out[encoder.size + 1]).toBe(7);
  return out.subarray(1, encoder.size + 1);
}

/** A channel of a channel-major encoding as rows of 0/1 digits. */
function channel(v: Float32Array, c: number, side: number, height = side): string[] {
  const rows: string[] = [];
  for (let r = 0; r < height; r++) rows.push(Array.from(v.subarray(c * side * height + r * side, c * side * height + (r + 1) * side)).join(''));
  return rows;
}

describe('grid encoders', () => {
  it('have the documented sizes', () => {
    const sizes = (['one-hot', 'coordinates', 'patch', 'map'] as const).map((k) => createGridEncoder(k, () => tiny).size);
    expect(sizes).toEqual([9, 2, 75, 36]);
  });

  it('one-hot marks the agent cell', () => {
    expect(Array.from(encode('one-hot', 4))).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(Array.from(encode('one-hot', 8))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('coordinates are (col/(W−1), row/(H−1)) scaled to [−1, 1]', () => {
    expect(Array.from(encode('coordinates', 0))).toEqual([-1, -1]);
    // cell 5 = row 1, col 2 → (2·2/2 − 1, 2·1/2 − 1) = (1, 0)
    expect(Array.from(encode('coordinates', 5))).toEqual([1, 0]);
    expect(Array.from(encode('coordinates', 7))).toEqual([0, 1]);
  });

  it('patch: a 5×5 window around the agent, outside the map counts as wall', () => {
    const corner = encode('patch', 0);
    expect(channel(corner, 0, 5)).toEqual(['11111', '11111', '11001', '11000', '11000']);
    expect(channel(corner, 1, 5)).toEqual(['00000', '00000', '00000', '00000', '00001']);
    expect(channel(corner, 2, 5)).toEqual(['00000', '00000', '00000', '00010', '00000']);
    const centre = encode('patch', 4);
    expect(channel(centre, 0, 5)).toEqual(['11111', '10011', '10001', '10001', '11111']);
    expect(channel(centre, 1, 5)).toEqual(['00000', '00000', '00000', '00010', '00000']);
    expect(channel(centre, 2, 5)).toEqual(['00000', '00000', '00100', '00000', '00000']);
  });

  it('map: wall, goal, hazard and agent channels over the whole grid', () => {
    const v = encode('map', 3);
    expect(channel(v, 0, 3)).toEqual(['001', '000', '000']);
    expect(channel(v, 1, 3)).toEqual(['000', '000', '001']);
    expect(channel(v, 2, 3)).toEqual(['000', '010', '000']);
    expect(channel(v, 3, 3)).toEqual(['000', '100', '000']);
  });

  it('hazards are cliffs and holes; ice is floor', () => {
    const layout = parseGridSpec({ ...REWARDS, rows: ['SC~', '...', '..G'] });
    const v = encode('map', 0, layout);
    expect(channel(v, 2, 3)).toEqual(['010', '000', '000']);
    expect(channel(v, 0, 3)).toEqual(['000', '000', '000']);
  });

  it('reads the layout at encode time, so a map edited mid-run is seen', () => {
    let layout = tiny;
    const map = createGridEncoder('map', () => layout);
    const patch = createGridEncoder('patch', () => layout);
    const out = new Float32Array(map.size);
    map.encode(0, out, 0);
    expect(channel(out, 0, 3)).toEqual(['001', '000', '000']);
    layout = parseGridSpec({ ...REWARDS, rows: ['S..', '#H.', '.CG'] });
    map.encode(0, out, 0);
    expect(channel(out, 0, 3)).toEqual(['000', '100', '000']);
    expect(channel(out, 2, 3)).toEqual(['000', '010', '010']);
    const window = new Float32Array(patch.size);
    patch.encode(0, window, 0);
    expect(channel(window, 0, 5)).toEqual(['11111', '11111', '11000', '11100', '11000']);
  });

  it('sized encoders refuse a map of another size', () => {
    let layout = tiny;
    const oneHot = createGridEncoder('one-hot', () => layout);
    layout = parseGridSpec({ ...REWARDS, rows: ['S.', '.G'] });
    expect(() => oneHot.encode(0, new Float32Array(9), 0)).toThrow(RangeError);
  });
});
