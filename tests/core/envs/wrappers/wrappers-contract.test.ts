// The env contract applied to a wrapped env: EpisodeStats over TimeLimit over slippery FrozenLake.
import { EpisodeStats } from '../../../../src/core/envs/wrappers/episode-stats.ts';
import { TimeLimit } from '../../../../src/core/envs/wrappers/time-limit.ts';
import { GridworldEnv } from '../../../../src/core/envs/gridworld/gridworld-env.ts';
import { parseGridSpec } from '../../../../src/core/envs/gridworld/grid-layout.ts';
import { frozenLake } from '../../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';
import { describeEnvContract } from '../env-contract.ts';

describeEnvContract('EpisodeStats(TimeLimit(FrozenLake 8x8 slippery, 20))', (seed) =>
  new EpisodeStats(new TimeLimit(new GridworldEnv(parseGridSpec(frozenLake('8x8', true)), createRng(seed).fork('env')), 20)));
