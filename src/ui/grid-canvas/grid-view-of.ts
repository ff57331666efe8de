// The gridworld part of a watched view, or null when nothing is watched yet or the env is not a gridworld.
import type { WatchedView } from '../../engine/worker/protocol.ts';
import type { GridView } from '../../core/envs/gridworld/gridworld-env.ts';
import type { AgentView } from '../../core/agents/agent.ts';

export interface WatchedGrid {
  readonly env: GridView;
  readonly agent: AgentView | null;
}

export function isGridView(env: unknown): env is GridView {
  if (typeof env !== 'object' || env === null) return false;
  const e = env as Partial<GridView>;
  return e.kind === 'grid' && typeof e.layout === 'object' && e.layout !== null && typeof e.agent === 'number';
}

export function gridViewOf(view: WatchedView | null | undefined): WatchedGrid | null {
  if (!view || !isGridView(view.env)) return null;
  return { env: view.env, agent: view.agent ?? null };
}
