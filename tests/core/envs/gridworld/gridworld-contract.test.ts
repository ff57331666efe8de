// The env contract applied to GridworldEnv on every preset map.
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import { ALL_GRID_PRESETS } from './all-presets.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { describeEnvContract } from '../env-contract.ts';

const presets = ALL_GRID_PRESETS;

for (const [name, spec] of presets) {
  describeEnvContract(`GridworldEnv ${name}`, (seed) => new GridworldEnv(parseGridSpec(spec), createRng(seed).fork('env')));
}
