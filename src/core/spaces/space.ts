// Observation and action spaces (Gymnasium's Discrete and Box), with membership and sampling.
import type { Rng } from '../rng/rng.ts';

export type Space =
  | { readonly kind: 'discrete'; readonly n: number }
  | { readonly kind: 'box'; readonly shape: readonly number[]; readonly low: number; readonly high: number };

export function discrete(n: number): Space {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a discrete space needs a positive integer size, got ${n}`);
  return { kind: 'discrete', n };
}

export function box(shape: readonly number[], low: number, high: number): Space {
  if (!shape.every((d) => Number.isInteger(d) && d >= 1)) {
    throw new RangeError(`a box space needs positive integer dimensions, got [${shape.join(', ')}]`);
  }
  if (!(low <= high)) throw new RangeError(`a box space needs low <= high, got [${low}, ${high}]`);
  return { kind: 'box', shape, low, high };
}

export function spaceSize(space: Space): number {
  return space.kind === 'discrete' ? space.n : space.shape.reduce((a, b) => a * b, 1);
}

export function contains(space: Space, x: unknown): boolean {
  if (space.kind === 'discrete') return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < space.n;
  if (!ArrayBuffer.isView(x) && !Array.isArray(x)) return false;
  const values = x as ArrayLike<number>;
  if (values.length !== spaceSize(space)) return false;
  for (let i = 0; i < values.length; i++) if (!(values[i] >= space.low && values[i] <= space.high)) return false;
  return true;
}

export function sample(space: Space, rng: Rng): number | Float64Array {
  if (space.kind === 'discrete') return rng.int(space.n);
  const out = new Float64Array(spaceSize(space));
  for (let i = 0; i < out.length; i++) out[i] = space.low + (space.high - space.low) * rng.uniform();
  return out;
}
