// Messages between the page and the sweep worker (first-success-sweep.ts run off the main thread).
import type { SweepOptions, SweepPoint } from '../first-success-sweep.ts';

export interface SweepRequest {
  readonly demoId: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly seed: number;
  readonly options: SweepOptions;
}

export type FromSweep =
  | { readonly type: 'point'; readonly point: SweepPoint }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };
