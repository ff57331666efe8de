// Legible text on any cell colour: WCAG 2 relative luminance and contrast ratio, used to pick, of two theme
// colours (one dark, one light), the one that reads best on a given background.

type Rgb = readonly [number, number, number];

const cache = new Map<string, Rgb | null>();

/** '#rgb', '#rrggbb', '#rrggbbaa', 'rgb(r, g, b)' or 'rgba(r, g, b, a)' → [r, g, b] (0–255), else null. */
export function parseColor(color: string): Rgb | null {
  const key = color.trim().toLowerCase();
  const known = cache.get(key);
  if (known !== undefined) return known;
  let rgb: Rgb | null = null;
  const hex = /^#([0-9a-f]{3,8})$/.exec(key);
  if (hex) {
    const h = hex[1];
    const short = (i: number) => parseInt(h[i] + h[i], 16);
    const long = (i: number) => parseInt(h.slice(2 * i, 2 * i + 2), 16);
    if (h.length === 3 || h.length === 4) rgb = [short(0), short(1), short(2)];
    else if (h.length === 6 || h.length === 8) rgb = [long(0), long(1), long(2)];
  } else {
    const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(key);
    if (fn) rgb = [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  }
  if (cache.size > 512) cache.clear();
  cache.set(key, rgb);
  return rgb;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const x = c / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Of `dark` and `light`, the colour with the higher contrast on `background` (`dark` if a colour cannot be read). */
export function readableOn(background: string, dark: string, light: string): string {
  const bg = parseColor(background);
  const d = parseColor(dark);
  const l = parseColor(light);
  if (!bg || !d || !l) return dark;
  return contrastRatio(bg, d) >= contrastRatio(bg, l) ? dark : light;
}
