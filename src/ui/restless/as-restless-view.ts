// Narrows the run's `unknown` env snapshot to a RestlessView (src/core/envs/restless/restless-env.ts), or null for
// any other kind of environment.
import type { RestlessView } from '../../core/envs/restless/restless-env.ts';

export function asRestlessView(env: unknown): RestlessView | null {
  if (typeof env !== 'object' || env === null) return null;
  const view = env as Partial<RestlessView>;
  return view.kind === 'restless' && Array.isArray(view.states) ? (view as RestlessView) : null;
}
