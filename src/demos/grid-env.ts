// Builds a demo's gridworld env from a GridSpec (parsing it, so a bad map fails with the parser's message).
import { GridworldEnv } from '../core/envs/gridworld/gridworld-env.ts';
import { parseGridSpec, type GridSpec } from '../core/envs/gridworld/grid-layout.ts';
import type { Rng } from '../core/rng/rng.ts';

export function createGridEnv(spec: GridSpec, rng: Rng): GridworldEnv {
  return new GridworldEnv(parseGridSpec(spec), rng);
}
