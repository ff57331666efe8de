// Narrows the run's `unknown` env snapshot to a RiverSwimView (src/core/envs/river-swim/river-swim-env.ts), or null.
import type { RiverSwimView } from '../../core/envs/river-swim/river-swim-env.ts';

export function asRiverSwimView(env: unknown): RiverSwimView | null {
  if (typeof env !== 'object' || env === null) return null;
  const view = env as Partial<RiverSwimView>;
  return view.kind === 'river-swim' && Array.isArray(view.visits) ? (view as RiverSwimView) : null;
}
