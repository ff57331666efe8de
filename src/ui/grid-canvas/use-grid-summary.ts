// A low-rate summary of the watched gridworld for the legend and the overlay toggles: which cell kinds and overlays
// are there and the colour-scale ranges, sampled from the view store a few times a second (never per frame).
import { useEffect, useState } from 'react';
import { viewStore } from '../../state/view-store.ts';
import type { GridLayout } from '../../core/envs/gridworld/grid-layout.ts';
import type { AgentView } from '../../core/agents/agent.ts';
import { overlayScales, type OverlayScales } from './overlay-scales.ts';
import { formatCount, formatValue } from './cell-number-format.ts';
import { gridViewOf } from './grid-view-of.ts';

export interface GridSummary {
  /** The Cell types present on the map. */
  readonly cellKinds: ReadonlySet<number>;
  readonly hasWind: boolean;
  readonly scales: OverlayScales;
}

export function summariseGrid(layout: GridLayout, agent: AgentView | null): GridSummary {
  return {
    cellKinds: new Set(layout.cells),
    hasWind: layout.wind.some((w) => w !== 0),
    scales: overlayScales(layout, agent),
  };
}

/** What a reader sees of a summary; an unchanged key means no re-render. */
function keyOf(s: GridSummary | null): string {
  if (!s) return '';
  const k = s.scales;
  return [[...s.cellKinds].sort().join(''), s.hasWind, formatValue(k.valueMax), formatValue(k.actionValueMax),
    formatCount(k.visitsMax), k.hasValues, k.hasActionValues, k.hasPolicy, k.hasVisits].join('|');
}

export function useGridSummary(intervalMs = 300): GridSummary | null {
  const [summary, setSummary] = useState<GridSummary | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastKey: string | null = null;
    const sample = () => {
      timer = null;
      const grid = gridViewOf(viewStore.getState().view);
      const next = grid ? summariseGrid(grid.env.layout, grid.agent) : null;
      const key = keyOf(next);
      if (key !== lastKey) {
        lastKey = key;
        setSummary(next);
      }
    };
    sample();
    const unsubscribe = viewStore.subscribe(() => {
      timer ??= setTimeout(sample, intervalMs);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [intervalMs]);
  return summary;
}
