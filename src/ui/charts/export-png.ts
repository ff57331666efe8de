// A chart as a PNG: its <svg> cloned with every computed colour and font inlined (CSS variables and theme rules do
// not survive serialisation otherwise), drawn at 2× on a canvas over the theme's background, title and legend above.
import { downloadBlob } from './download.ts';

/** The presentation properties recharts' SVG gets from CSS (charts.css, app.css variables). */
const INLINED = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'visibility', 'font-family', 'font-size', 'font-weight', 'font-style',
  'font-variant-numeric', 'text-anchor', 'dominant-baseline',
] as const;

const SCALE = 2;
const PAD = 12;
const TITLE_PX = 15;
const LEGEND_PX = 12;
const LINE_GAP = 6;

export interface PngLegendEntry {
  readonly label: string;
  readonly color: string;
}

export interface ChartPngOptions {
  /** The chart's element: where the theme background, text colour and font are read. */
  readonly container: HTMLElement;
  readonly svg: SVGSVGElement;
  readonly filename: string;
  readonly title: string;
  readonly legend: readonly PngLegendEntry[];
}

/** The main recharts surface inside a chart (legend icons are small svgs of their own). */
export function findChartSvg(container: HTMLElement): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
}

/** The first opaque background colour from the element up, else the theme's --surface, else white. */
export function themeBackground(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
}

/** A standalone copy of `svg` whose look no longer depends on stylesheets. */
export function inlinedSvgClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll<SVGElement>('*')];
  const to = [clone, ...clone.querySelectorAll<SVGElement>('*')];
  from.forEach((source, i) => {
    const computed = getComputedStyle(source);
    const target = to[i];
    for (const prop of INLINED) {
      const value = computed.getPropertyValue(prop);
      if (value) target.style.setProperty(prop, value);
    }
  });
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return clone;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be rendered as an image.'));
    image.src = url;
  });
}

interface LegendItem extends PngLegendEntry { x: number; y: number }

/** Lays the legend out in rows across `width`; returns the items and the height used. */
function layoutLegend(ctx: CanvasRenderingContext2D, legend: readonly PngLegendEntry[], width: number, top: number) {
  const items: LegendItem[] = [];
  const swatch = 18;
  let x = PAD;
  let y = top;
  for (const entry of legend) {
    const w = swatch + 6 + ctx.measureText(entry.label).width + 14;
    if (x > PAD && x + w > width - PAD) { x = PAD; y += LEGEND_PX + LINE_GAP; }
    items.push({ ...entry, x, y });
    x += w;
  }
  return { items, height: legend.length ? y - top + LEGEND_PX + LINE_GAP : 0 };
}

/** recharts keeps the HTML legend's room at the bottom of the svg: the height above it (the legend is redrawn). */
function plotHeight(svg: SVGSVGElement, container: HTMLElement): number {
  const box = svg.getBoundingClientRect();
  const legend = container.querySelector('.recharts-legend-wrapper')?.getBoundingClientRect();
  return legend && legend.top > box.top && legend.top < box.bottom ? legend.top - box.top : box.height;
}

export async function exportChartPng({ container, svg, filename, title, legend }: ChartPngOptions): Promise<void> {
  const clone = inlinedSvgClone(svg);
  const width = Number(clone.getAttribute('width'));
  const fullHeight = Number(clone.getAttribute('height'));
  const height = Math.min(fullHeight, Math.ceil(plotHeight(svg, container)) + 4);
  const style = getComputedStyle(container);
  const font = style.fontFamily || 'sans-serif';
  const text = style.color || '#000000';

  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  ctx.font = `${LEGEND_PX}px ${font}`;
  const legendTop = PAD + TITLE_PX + LINE_GAP;
  const { items, height: legendHeight } = layoutLegend(ctx, legend, width, legendTop);
  const chartTop = legendTop + legendHeight + LINE_GAP;
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil((chartTop + height + PAD) * SCALE);

  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    ctx.scale(SCALE, SCALE);
    ctx.fillStyle = themeBackground(container);
    ctx.fillRect(0, 0, width, chartTop + height + PAD);
    ctx.fillStyle = text;
    ctx.textBaseline = 'top';
    ctx.font = `600 ${TITLE_PX}px ${font}`;
    ctx.fillText(title, PAD, PAD);
    ctx.font = `${LEGEND_PX}px ${font}`;
    for (const item of items) {
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      ctx.moveTo(item.x, item.y + LEGEND_PX / 2);
      ctx.lineTo(item.x + 18, item.y + LEGEND_PX / 2);
      ctx.stroke();
      ctx.fillStyle = text;
      ctx.fillText(item.label, item.x + 24, item.y);
    }
    ctx.drawImage(image, 0, 0, width, height, 0, chartTop, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart could not be encoded as a PNG.');
  downloadBlob(filename, blob);
}
