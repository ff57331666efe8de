// Messages between the page and the effective-horizon worker (GORP trials on one suite map, gorp.ts).
import type { KTrial } from '../../core/algorithms/gorp.ts';
import type { HorizonWorld } from '../../core/envs/gridworld/horizon-suite.ts';

export interface HorizonEstimateRequest {
  readonly world: HorizonWorld;
  readonly shaped: boolean;
  readonly sticky: boolean;
  readonly gamma: number;
  readonly seed: number;
}

export type FromHorizonEstimate =
  | { readonly type: 'trial'; readonly trial: KTrial }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };
