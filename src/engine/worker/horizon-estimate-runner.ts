// Runs an effective-horizon request and reports each k's GORP trial: shared by the worker and the main-thread
// fallback (which yields between trials).
import { createRng } from '../../core/rng/rng.ts';
import { DEFAULT_HORIZON_ESTIMATE, horizonTrials } from '../../core/algorithms/gorp.ts';
import { MAX_K, suiteMinK } from '../../core/algorithms/suite-min-k.ts';
import { horizonModel } from '../../core/envs/gridworld/horizon-suite.ts';
import { streamItems } from './stream-items.ts';
import type { FromHorizonEstimate, HorizonEstimateRequest } from './horizon-estimate-protocol.ts';

export function runHorizonEstimate(
  request: HorizonEstimateRequest, post: (message: FromHorizonEstimate) => void,
  yieldNow: () => Promise<void> = async () => {}, cancelled = () => false,
): Promise<void> {
  return streamItems(async () => {
    const model = horizonModel(request.world, request.shaped, request.sticky);
    const fromK = suiteMinK(request.world, request.shaped, request.gamma, request.sticky) ?? MAX_K + 1;
    const settings = { ...DEFAULT_HORIZON_ESTIMATE, gamma: request.gamma };
    const rng = createRng(`${request.seed}/horizon-estimate/${request.world}`);
    return horizonTrials(model, fromK, settings, rng);
  }, (trial) => ({ type: 'trial' as const, trial }), post, yieldNow, cancelled);
}
