// Heat shading for counts on a map (Deep Sea visits, RiverSwim, the Go-Explore archive): log(1 + x) / log(1 + max),
// so a cell visited 10 times stands out beside one visited once and the most visited cells do not wash out the
// rest; and the fill that mixes the accent colour into the surface by that share (it follows the theme).
export function logShare(x: number, max: number): number {
  if (!(x > 0) || !(max > 0)) return 0;
  return Math.min(1, Math.log1p(x) / Math.log1p(max));
}

/** An SVG style filling with `share` (0–1) of the accent colour over the surface, `strength` at most. */
export function heatFill(share: number, strength = 1): { fill: string } {
  return { fill: `color-mix(in srgb, var(--accent) ${Math.round(share * strength * 100)}%, var(--surface))` };
}
