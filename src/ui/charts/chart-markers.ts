// Where a chart draws the "a control changed here" lines (ParamMarker from engine/run.ts): at the tick on per-step
// charts, at each agent's episode (planners: sweep) count on the others, with short labels like "ε → 0.05".
import type { ParamMarker } from '../../engine/run.ts';
import type { ParamValue } from '../../demos/control-spec.ts';
import type { ChartAgent } from './chart-agent.ts';

export interface MarkerLine {
  /** Stable React key. */
  readonly key: string;
  readonly x: number;
  /** The agent's colour on per-episode charts; absent (the theme's muted colour) on per-step charts. */
  readonly color?: string;
  /** Absent when a neighbouring line already carries a label (labels would overlap). */
  readonly label?: string;
}

export interface MarkerLineOptions {
  readonly perStep: boolean;
  readonly controlLabel?: (key: string) => string;
  /** Labels closer than this fraction of the x range to a labelled line on their right are dropped. */
  readonly minLabelGap?: number;
  /** The largest x the chart shows (the longest series), for that range. */
  readonly xMax?: number;
}

export const NO_MARKERS: readonly ParamMarker[] = [];

export function formatControlValue(value: ParamValue): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
  return value;
}

export function markerLabel(marker: Pick<ParamMarker, 'key' | 'value'>, controlLabel?: (key: string) => string): string {
  return `${controlLabel ? controlLabel(marker.key) : marker.key} → ${formatControlValue(marker.value)}`;
}

export function markerLines(
  markers: readonly ParamMarker[], agents: readonly Pick<ChartAgent, 'id' | 'color'>[], options: MarkerLineOptions,
): MarkerLine[] {
  // x → the labels of the changes there, and the agents (colours) that reached them there.
  const at = new Map<number, { labels: string[]; agents: Pick<ChartAgent, 'id' | 'color'>[] }>();
  const entry = (x: number) => at.get(x) ?? at.set(x, { labels: [], agents: [] }).get(x)!;
  for (const marker of markers) {
    const label = markerLabel(marker, options.controlLabel);
    if (options.perStep) {
      const e = entry(marker.tick);
      if (!e.labels.includes(label)) e.labels.push(label);
      continue;
    }
    for (const agent of agents) {
      const x = marker.episodes[agent.id];
      if (x === undefined) continue;
      const e = entry(x);
      if (!e.labels.includes(label)) e.labels.push(label);
      if (!e.agents.includes(agent)) e.agents.push(agent);
    }
  }
  const xs = [...at.keys()].sort((a, b) => a - b);
  if (xs.length === 0) return [];
  // Keep the latest labels: walk right to left, dropping a label too close to the last one kept.
  const gap = (options.minLabelGap ?? 0.08) * Math.max(1, options.xMax ?? 0, xs[xs.length - 1]);
  const labelled = new Set<number>();
  let lastKept = Infinity;
  for (let i = xs.length - 1; i >= 0; i--) {
    if (lastKept - xs[i] >= gap) { labelled.add(xs[i]); lastKept = xs[i]; }
  }
  const lines: MarkerLine[] = [];
  for (const x of xs) {
    const { labels, agents: reached } = at.get(x)!;
    const label = labelled.has(x) ? labels.join(', ') : undefined;
    if (options.perStep) { lines.push({ key: `step:${x}`, x, label }); continue; }
    reached.forEach((agent, i) => lines.push({ key: `${agent.id}:${x}`, x, color: agent.color, label: i === 0 ? label : undefined }));
  }
  return lines;
}

/** Markers only grow during a run and reset on a rebuild; a snapshot copies them, so compare by content. */
export function sameMarkers(a: readonly ParamMarker[], b: readonly ParamMarker[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((m, i) => {
    const n = b[i];
    if (m.tick !== n.tick || m.key !== n.key || m.value !== n.value) return false;
    const keys = Object.keys(m.episodes);
    return keys.length === Object.keys(n.episodes).length && keys.every((k) => m.episodes[k] === n.episodes[k]);
  });
}
