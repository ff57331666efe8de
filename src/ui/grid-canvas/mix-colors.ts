// Blends an overlay colour into the cell's own colour (linear in sRGB, like CSS color-mix(in srgb, ...)), so that a
// signed value near 0 shows the plain cell in either theme instead of the palette's light neutral.
import { parseColor } from './text-contrast.ts';

/** `base` blended toward `color` by weight w in [0, 1]; `color` itself if either cannot be read. */
export function mixColors(base: string, color: string, w: number): string {
  const a = parseColor(base);
  const b = parseColor(color);
  if (!a || !b) return color;
  const t = Math.min(1, Math.max(0, Number.isFinite(w) ? w : 0));
  const channel = (i: number) => Math.round(a[i] + (b[i] - a[i]) * t);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/** How strongly a normalised signed value v in [−1, 1] shows: √|v|, so small values are still seen. */
export function signedWeight(v: number): number {
  return Math.sqrt(Math.min(1, Math.abs(v)));
}
