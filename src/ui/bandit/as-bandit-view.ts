// Narrows the run's `unknown` env snapshot to a BanditView (src/core/envs/bandits/bandit-env.ts), or null for
// any other kind of environment.
import type { BanditView } from '../../core/envs/bandits/bandit-env.ts';

export function asBanditView(env: unknown): BanditView | null {
  if (typeof env !== 'object' || env === null) return null;
  const view = env as Partial<BanditView>;
  return view.kind === 'bandit' && Array.isArray(view.means) ? (view as BanditView) : null;
}
