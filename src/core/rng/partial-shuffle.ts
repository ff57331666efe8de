// A uniform random subset in O(count) (partial Fisher–Yates): after the call the first `count` items are a uniformly
// random selection of all of them, in random order. Shared by every sampler that needs distinct picks.
import type { Rng } from './rng.ts';

export function partialShuffle<T>(items: T[] | Int32Array, count: number, rng: Rng): void {
  const k = Math.min(count, items.length);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(items.length - i);
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
}
