// min-k of a map of the effective-horizon suite (k-qvi.ts on horizon-suite.ts's exact model), searched up to a
// shared limit: the page's table, the suite sweep's axis and the effective-horizon estimate all ask the same way.
import { minK } from './k-qvi.ts';
import { horizonModel, type HorizonWorld } from '../envs/gridworld/horizon-suite.ts';

/** k-QVI sweeps tried before min-k is reported as "> MAX_K". */
export const MAX_K = 30;

/** min-k of one suite map (null when greedy on Q^k is not optimal for any k ≤ MAX_K); `tolerance` as in minK. */
export function suiteMinK(world: HorizonWorld, shaped: boolean, gamma: number, sticky = false, tolerance?: number): number | null {
  return minK(horizonModel(world, shaped, sticky), gamma, MAX_K, tolerance);
}
