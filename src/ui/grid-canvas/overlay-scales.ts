// The numbers behind the overlay colours: which cells carry overlays (floor and ice only), V(s) (or max_a Q(s,a)
// when the agent gives no V), and the normalisers: max |V|, max |Q|, max visits per cell, over those cells.
import { Cell, type GridLayout } from '../../core/envs/gridworld/grid-layout.ts';
import type { AgentView } from '../../core/agents/agent.ts';

export const GRID_ACTIONS = 4;

/** Walls, goals, cliffs and holes get no value, policy or visit overlays. */
export function carriesOverlay(cellType: number): boolean {
  return cellType === Cell.floor || cellType === Cell.ice;
}

/** V(s): the agent's own values, else the greedy max over its action values, else undefined. */
export function stateValue(agent: AgentView | null | undefined, s: number): number | undefined {
  if (!agent) return undefined;
  if (agent.values && s < agent.values.length) return agent.values[s];
  const q = agent.actionValues;
  if (!q || (s + 1) * GRID_ACTIONS > q.length) return undefined;
  let best = q[s * GRID_ACTIONS];
  for (let a = 1; a < GRID_ACTIONS; a++) best = Math.max(best, q[s * GRID_ACTIONS + a]);
  return best;
}

/** Visits of a state, summed over its actions. */
export function stateVisits(agent: AgentView | null | undefined, s: number): number | undefined {
  const n = agent?.visits;
  if (!n || (s + 1) * GRID_ACTIONS > n.length) return undefined;
  return n[s * GRID_ACTIONS] + n[s * GRID_ACTIONS + 1] + n[s * GRID_ACTIONS + 2] + n[s * GRID_ACTIONS + 3];
}

export interface OverlayScales {
  /** max |V(s)| over overlay cells (0 when nothing is known). */
  readonly valueMax: number;
  /** max |Q(s,a)| over overlay cells. */
  readonly actionValueMax: number;
  /** The largest visit count of a cell (summed over actions). */
  readonly visitsMax: number;
  readonly hasValues: boolean;
  readonly hasActionValues: boolean;
  readonly hasPolicy: boolean;
  readonly hasVisits: boolean;
}

const finiteAbs = (x: number): number => (Number.isFinite(x) ? Math.abs(x) : 0);

export function overlayScales(layout: GridLayout, agent: AgentView | null | undefined): OverlayScales {
  let valueMax = 0;
  let actionValueMax = 0;
  let visitsMax = 0;
  const n = layout.width * layout.height;
  const q = agent?.actionValues;
  const hasQ = !!q && q.length >= n * GRID_ACTIONS;
  for (let s = 0; s < n; s++) {
    if (!carriesOverlay(layout.cells[s])) continue;
    const v = stateValue(agent, s);
    if (v !== undefined) valueMax = Math.max(valueMax, finiteAbs(v));
    if (hasQ) for (let a = 0; a < GRID_ACTIONS; a++) actionValueMax = Math.max(actionValueMax, finiteAbs(q[s * GRID_ACTIONS + a]));
    const visits = stateVisits(agent, s);
    if (visits !== undefined) visitsMax = Math.max(visitsMax, visits);
  }
  return {
    valueMax, actionValueMax, visitsMax,
    hasValues: stateValue(agent, 0) !== undefined,
    hasActionValues: hasQ,
    hasPolicy: !!agent?.policy && agent.policy.length >= n * GRID_ACTIONS,
    hasVisits: !!agent?.visits && agent.visits.length >= n * GRID_ACTIONS,
  };
}

/** A signed value → [−1, 1] for the diverging scale. */
export function normaliseSigned(x: number, max: number): number {
  return max > 0 && Number.isFinite(x) ? Math.max(-1, Math.min(1, x / max)) : 0;
}

/** A visit count → [0, 1] for viridis, on log(1 + n) so rarely visited cells still show. */
export function normaliseVisits(n: number, max: number): number {
  return max > 0 && n > 0 ? Math.log1p(n) / Math.log1p(max) : 0;
}
