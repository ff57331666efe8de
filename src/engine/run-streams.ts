// How a run's randomness is laid out: run r of a seed forks 'run:r', its env 'env' (shared by every agent of the
// run: common random numbers) and each agent 'agent:<id>'. One place, so anything that must rebuild the same
// problem (the "Play yourself" bandit) derives the same streams.
import { createRng, type Rng } from '../core/rng/rng.ts';

export const runStream = (root: Rng, run: number): Rng => root.fork(`run:${run}`);
export const envStream = (runRng: Rng): Rng => runRng.fork('env');
export const agentStream = (runRng: Rng, agentId: string): Rng => runRng.fork(`agent:${agentId}`);

/** The env stream of run `run` of a seed. */
export function envStreamOf(seed: number, run: number): Rng {
  return envStream(runStream(createRng(seed), run));
}
