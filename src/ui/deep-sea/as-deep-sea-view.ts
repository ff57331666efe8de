// Narrows the run's `unknown` env snapshot to a DeepSeaView (src/core/envs/deep-sea/deep-sea-env.ts), or null for
// any other kind of environment.
import type { DeepSeaView } from '../../core/envs/deep-sea/deep-sea-env.ts';

export function asDeepSeaView(env: unknown): DeepSeaView | null {
  if (typeof env !== 'object' || env === null) return null;
  const view = env as Partial<DeepSeaView>;
  return view.kind === 'deep-sea' && Array.isArray(view.visits) ? (view as DeepSeaView) : null;
}
