// The grid's theme colours and font, read from the CSS variables of app.css at draw time (so light and dark both
// work and nothing here hard-codes a theme colour).
import type { GridColors } from './draw-grid.ts';

const VARIABLES: Readonly<Record<keyof GridColors, string>> = {
  floor: '--cell-floor', wall: '--cell-wall', goal: '--cell-goal', cliff: '--cell-cliff', hole: '--cell-hole',
  ice: '--cell-ice', gridLine: '--cell-grid-line', agent: '--agent', trail: '--trail', text: '--text',
  textMuted: '--text-muted', surface: '--surface', focus: '--focus',
};

export function readGridColors(element: Element): GridColors {
  const css = getComputedStyle(element);
  const colors = {} as Record<keyof GridColors, string>;
  for (const key of Object.keys(VARIABLES) as (keyof GridColors)[]) {
    colors[key] = css.getPropertyValue(VARIABLES[key]).trim() || 'gray';
  }
  return colors;
}

export function readFontFamily(element: Element): string {
  return getComputedStyle(element).getPropertyValue('--font').trim() || 'sans-serif';
}
