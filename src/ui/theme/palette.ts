// Colour with meaning (DESIGN.md §1b): agents in the Okabe–Ito colour-blind-safe palette; sequential quantities
// (visits, values ≥ 0) in viridis; signed quantities (V, Q, advantages) in a blue–orange diverging scale centred on 0.

/** Okabe & Ito (2008), in an order that keeps neighbours distinct on light and dark backgrounds. */
export const AGENT_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'] as const;

export function agentColor(index: number): string {
  return AGENT_COLORS[index % AGENT_COLORS.length];
}

// Viridis sampled at 9 stops (matplotlib's table).
const VIRIDIS = ['#440154', '#472c7a', '#3b518b', '#2c718e', '#21908d', '#27ad81', '#5cc863', '#aadc32', '#fde725'];

function interpolate(stops: readonly string[], t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = hexToRgb(stops[i]);
  const b = hexToRgb(stops[i + 1]);
  return `rgb(${Math.round(a[0] + (b[0] - a[0]) * f)}, ${Math.round(a[1] + (b[1] - a[1]) * f)}, ${Math.round(a[2] + (b[2] - a[2]) * f)})`;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** t in [0, 1] → viridis. */
export function sequentialColor(t: number): string {
  return interpolate(VIRIDIS, t);
}

// Blue (negative) – near-white (0) – orange (positive), after ColorBrewer PuOr/RdBu-style safe endpoints.
const DIVERGING = ['#2166ac', '#67a9cf', '#d1e5f0', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'];

/** v in [−1, 1] → blue … neutral … orange. */
export function divergingColor(v: number): string {
  return interpolate(DIVERGING, (v + 1) / 2);
}
