// The only source of randomness in the sandbox: a seeded xoroshiro128+ generator (pure-rand) with fork(label).
// A fork is a function of (seed path, label) alone, so adding a consumer never shifts another one's stream.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

// Uniforms have 32 random bits (one generator output): ample for simulation, and one call instead of two in
// every agent's inner loop.
const TWO_POW_MINUS_32 = 2 ** -32;

export interface Rng {
  /** The path this generator was derived from, e.g. "42/run:0/env"; equal paths give equal streams. */
  readonly path: string;
  /** Uniform in [0, 1), in steps of 2^-32. */
  uniform(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Gaussian sample (Box–Muller). */
  normal(mean?: number, std?: number): number;
  /** An independent child generator; never advances this one. */
  fork(label: string): Rng;
}

/** 32-bit FNV-1a hash followed by a murmur3 finaliser, so near-identical paths get unrelated seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

class SeededRng implements Rng {
  private readonly gen;
  private spareNormal = 0;
  private hasSpare = false;

  constructor(readonly path: string) {
    this.gen = xoroshiro128plus(hashString(path));
  }

  uniform(): number {
    return (this.gen.next() >>> 0) * TWO_POW_MINUS_32;
  }

  int(n: number): number {
    return Math.floor((this.gen.next() >>> 0) * TWO_POW_MINUS_32 * n);
  }

  normal(mean = 0, std = 1): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return mean + std * this.spareNormal;
    }
    // 1 - u keeps the log argument in (0, 1].
    const radius = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    const angle = 2 * Math.PI * this.uniform();
    this.spareNormal = radius * Math.sin(angle);
    this.hasSpare = true;
    return mean + std * radius * Math.cos(angle);
  }

  fork(label: string): Rng {
    return new SeededRng(`${this.path}/${label}`);
  }
}

/** The root generator of a run. Seeds are integers; the same seed gives the same streams in Node and the browser. */
export function createRng(seed: number | string): Rng {
  return new SeededRng(String(seed));
}
