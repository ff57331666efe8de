// Draws one gridworld frame on a 2D context (pure: no React, no DOM lookups): cells with shapes that do not rely on
// colour alone, wind per column, the overlays (V heatmap, Q triangles, policy arrows, visits), the trail and the agent.
import { Cell, type GridLayout } from '../../core/envs/gridworld/grid-layout.ts';
import type { AgentView } from '../../core/agents/agent.ts';
import type { GridOverlays } from '../../state/ui-store.ts';
import { divergingColor, sequentialColor } from '../theme/palette.ts';
import { windBandHeight } from './grid-geometry.ts';
import {
  carriesOverlay, GRID_ACTIONS, normaliseSigned, normaliseVisits, overlayScales, stateValue, stateVisits,
} from './overlay-scales.ts';
import { formatCount, formatReward, formatValue } from './cell-number-format.ts';
import { readableOn } from './text-contrast.ts';
import { mixColors, signedWeight } from './mix-colors.ts';

/** The part of CanvasRenderingContext2D the drawing uses (a test can pass a recording fake). */
export type GridContext = Pick<CanvasRenderingContext2D,
  | 'save' | 'restore' | 'clearRect' | 'fillRect' | 'strokeRect' | 'fillText' | 'beginPath' | 'closePath'
  | 'moveTo' | 'lineTo' | 'arc' | 'fill' | 'stroke'
  | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineCap' | 'lineJoin' | 'globalAlpha' | 'font' | 'textAlign' | 'textBaseline'>;

export interface GridScene {
  readonly layout: GridLayout;
  /** The watched agent's tables; absent or null draws the map alone. */
  readonly agentView?: AgentView | null;
  /** The agent's cell (none when absent or negative). */
  readonly agent?: number;
  /** While gliding: the cell the agent comes from and how far it got (0 → 1). */
  readonly agentFrom?: number;
  readonly agentProgress?: number;
  /** Recent agent cells, oldest first (the last one is usually the agent's cell). */
  readonly trail?: readonly number[];
  readonly overlays: GridOverlays;
  /** The keyboard editing cursor (none when absent or negative). */
  readonly cursor?: number;
}

/** Theme colours, read from the CSS variables by the caller. */
export interface GridColors {
  readonly floor: string;
  readonly wall: string;
  readonly goal: string;
  readonly cliff: string;
  readonly hole: string;
  readonly ice: string;
  readonly gridLine: string;
  readonly agent: string;
  readonly trail: string;
  readonly text: string;
  readonly textMuted: string;
  readonly surface: string;
  readonly focus: string;
}

export interface GridStyle {
  /** Side of a cell in CSS pixels; every size below scales from it (works from 12 to 96 px). */
  readonly cell: number;
  readonly colors: GridColors;
  readonly fontFamily: string;
}

/** Below this cell size, numbers inside cells would be illegible and are left out. */
export const NUMBER_MIN_CELL = 28;
/** Q(s,a) numbers inside the triangles need a big cell. */
export const Q_NUMBER_MIN_CELL = 64;
/** Arrows are drawn only for actions at least this likely. */
export const POLICY_MIN_PROBABILITY = 0.05;
/** Policy arrows start this far (× cell size) from the cell centre. */
export const ARROW_GAP = 0.08;

// Unit vectors of the actions: 0 up, 1 right, 2 down, 3 left.
const DX = [0, 1, 0, -1];
const DY = [-1, 0, 1, 0];

export function drawGrid(ctx: GridContext, scene: GridScene, style: GridStyle): void {
  const { layout, overlays } = scene;
  const c = style.cell;
  const W = layout.width;
  const H = layout.height;
  const n = W * H;
  const col = style.colors;
  const agentView = scene.agentView ?? null;
  const scales = overlayScales(layout, agentView);
  const showQ = overlays.actionValues && scales.hasActionValues;
  const showV = overlays.values && scales.hasValues;
  const showN = overlays.visits && scales.hasVisits;
  const showPi = overlays.policy && scales.hasPolicy;
  const primary = showQ ? 'q' : showV ? 'v' : showN ? 'n' : null;
  const numbers = overlays.numbers && c >= NUMBER_MIN_CELL;
  const q = agentView?.actionValues;
  const pi = agentView?.policy;
  const fills: string[] = new Array<string>(n);
  const readable = (bg: string) => readableOn(bg, col.text, col.surface);
  /** A signed overlay colour over the cell's own colour: v ≈ 0 leaves the plain cell (floor or ice). */
  const signedFill = (type: number, v: number) => mixColors(cellColor(type, col), divergingColor(v), signedWeight(v));
  /** Visits in viridis; a cell never visited stays plain. */
  const visitsFill = (type: number, visits: number) =>
    visits > 0 ? sequentialColor(normaliseVisits(visits, scales.visitsMax)) : cellColor(type, col);
  let lastFont = '';
  const setFont = (px: number, bold: boolean) => {
    const font = `${bold ? '600 ' : ''}${Math.max(1, Math.round(px * 2) / 2)}px ${style.fontFamily}`;
    if (font !== lastFont) { ctx.font = font; lastFont = font; }
  };
  /** Text centred at (x, y), shrunk to fit `maxWidth` (digit width ≈ 0.6 em). */
  const label = (text: string, x: number, y: number, px: number, maxWidth: number, bold: boolean, color: string) => {
    setFont(Math.min(px, maxWidth / Math.max(1, text.length * 0.6)), bold);
    ctx.fillStyle = color;
    ctx.fillText(text, x, y);
  };

  ctx.save();
  ctx.globalAlpha = 1;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';

  // 1. Cell fills: the cell colour, or the primary overlay on floor and ice. Q triangles are gathered by
  // (quantised) colour and filled a batch per path: far fewer fills than one per triangle.
  const triangles = new Map<number, number[]>();
  for (let s = 0; s < n; s++) {
    const x = (s % W) * c;
    const y = Math.floor(s / W) * c;
    const type = layout.cells[s];
    if (primary && carriesOverlay(type)) {
      if (primary === 'q') {
        fills[s] = signedFill(type, normaliseSigned(meanQ(q!, s), scales.actionValueMax));
        for (let a = 0; a < GRID_ACTIONS; a++) {
          // Grouped by colour level and by ground (floor or ice), which is the colour of 0.
          const level = signedLevel(normaliseSigned(q![s * GRID_ACTIONS + a], scales.actionValueMax)) * 8 + type;
          const list = triangles.get(level);
          if (list) list.push(s * GRID_ACTIONS + a);
          else triangles.set(level, [s * GRID_ACTIONS + a]);
        }
        continue;
      }
      fills[s] = primary === 'v'
        ? signedFill(type, normaliseSigned(stateValue(agentView, s)!, scales.valueMax))
        : visitsFill(type, stateVisits(agentView, s)!);
    } else {
      fills[s] = cellColor(type, col);
    }
    ctx.fillStyle = fills[s];
    ctx.fillRect(x, y, c, c);
  }
  for (const [level, list] of triangles) {
    ctx.fillStyle = signedFill(level % 8, levelValue(Math.floor(level / 8)));
    for (let i = 0; i < list.length; i += PATH_CHUNK) {
      ctx.beginPath();
      for (const sa of list.slice(i, i + PATH_CHUNK)) {
        const s = Math.floor(sa / GRID_ACTIONS);
        triangle(ctx, (s % W) * c, Math.floor(s / W) * c, c, sa % GRID_ACTIONS);
      }
      ctx.fill();
    }
  }

  // 2. Secondary overlays: V as a centre square over the Q triangles; visits as a strip along the bottom.
  const inset = c * 0.4;
  const strip = Math.max(2, Math.round(c * 0.14));
  for (let s = 0; s < n; s++) {
    if (!carriesOverlay(layout.cells[s])) continue;
    const x = (s % W) * c;
    const y = Math.floor(s / W) * c;
    if (primary === 'q' && showV) {
      fills[s] = signedFill(layout.cells[s], normaliseSigned(stateValue(agentView, s)!, scales.valueMax));
      ctx.fillStyle = fills[s];
      ctx.fillRect(x + (c - inset) / 2, y + (c - inset) / 2, inset, inset);
    }
    if (showN && primary !== 'n') {
      ctx.fillStyle = visitsFill(layout.cells[s], stateVisits(agentView, s)!);
      ctx.fillRect(x, y + c - strip, c, strip);
    }
  }

  // 3. Faint diagonals that show how Q cells are split.
  if (primary === 'q' && c >= 16) {
    ctx.beginPath();
    for (let s = 0; s < n; s++) {
      if (!carriesOverlay(layout.cells[s])) continue;
      const x = (s % W) * c;
      const y = Math.floor(s / W) * c;
      ctx.moveTo(x, y); ctx.lineTo(x + c, y + c);
      ctx.moveTo(x + c, y); ctx.lineTo(x, y + c);
    }
    ctx.strokeStyle = col.gridLine;
    ctx.lineWidth = Math.max(0.5, c / 60);
    ctx.globalAlpha = 0.6;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }

  // 4. Patterns: cliffs hatched one way, holes cross-hatched; ice gets light streaks (drawn after the grid lines).
  hatch(ctx, layout, Cell.cliff, c, false, readable(col.cliff));
  hatch(ctx, layout, Cell.hole, c, true, readable(col.hole));

  // 5. Grid lines and the outer border.
  ctx.beginPath();
  for (let i = 0; i <= W; i++) { ctx.moveTo(i * c, 0); ctx.lineTo(i * c, H * c); }
  for (let j = 0; j <= H; j++) { ctx.moveTo(0, j * c); ctx.lineTo(W * c, j * c); }
  ctx.strokeStyle = col.gridLine;
  ctx.lineWidth = Math.max(1, c / 40);
  ctx.stroke();

  // 6. Ice streaks, goal targets with their reward, the start's 'S'.
  const arrowsOn = showPi;
  for (let s = 0; s < n; s++) {
    const type = layout.cells[s];
    const x = (s % W) * c;
    const y = Math.floor(s / W) * c;
    if (type === Cell.ice) iceStreaks(ctx, x, y, c, readable(fills[s]));
    if (type === Cell.goal) {
      const ink = readable(col.goal);
      ctx.beginPath();
      ctx.arc(x + c / 2, y + c / 2, c * 0.38, 0, Math.PI * 2);
      ctx.strokeStyle = ink;
      ctx.lineWidth = Math.max(1, c * 0.04);
      ctx.globalAlpha = 0.55;
      ctx.stroke();
      ctx.globalAlpha = 1;
      if (c >= 14) label(formatReward(layout.enterReward[s]), x + c / 2, y + c / 2, c * 0.34, c * 0.66, true, ink);
    }
  }
  const start = layout.start;
  if (start >= 0 && start < n) {
    const x = (start % W) * c;
    const y = Math.floor(start / W) * c;
    const corner = c >= 30 || (arrowsOn && c >= 20);
    if (corner) {
      // A small floor-coloured tab in the corner keeps the 'S' legible over any overlay.
      const tab = Math.round(c * 0.3);
      ctx.fillStyle = col.floor;
      ctx.globalAlpha = 0.85;
      ctx.fillRect(x + 1, y + 1, tab, tab);
      ctx.globalAlpha = 1;
      label('S', x + 1 + tab / 2, y + 1 + tab / 2, c * 0.24, tab, true, readable(col.floor));
    } else {
      label('S', x + c / 2, y + c / 2, c * 0.6, c, true, readable(fills[start]));
    }
  }

  // 7. Numbers: V (or the visit count when visits are the main overlay); Q per triangle in big cells.
  if (numbers && primary) {
    const bottom = arrowsOn;
    const qNumbers = primary === 'q' && !showV && c >= Q_NUMBER_MIN_CELL;
    for (let s = 0; s < n; s++) {
      if (!carriesOverlay(layout.cells[s])) continue;
      const x = (s % W) * c;
      const y = Math.floor(s / W) * c;
      if (qNumbers) {
        for (let a = 0; a < GRID_ACTIONS; a++) {
          const value = q![s * GRID_ACTIONS + a];
          const bg = signedFill(layout.cells[s], normaliseSigned(value, scales.actionValueMax));
          label(formatValue(value), x + c / 2 + DX[a] * c * 0.3, y + c / 2 + DY[a] * c * 0.33, c * 0.13, c * 0.36, false, readable(bg));
        }
        continue;
      }
      if (primary === 'q' && !showV) continue;
      const text = primary === 'n' ? formatCount(stateVisits(agentView, s)!) : formatValue(stateValue(agentView, s)!);
      const ty = bottom ? y + c * 0.87 : y + c / 2;
      const px = primary === 'q' ? c * 0.17 : bottom ? c * 0.21 : c * 0.27;
      // At the bottom of a Q cell the number sits on the 'down' triangle, not on the V square.
      const bg = primary === 'q' && bottom
        ? signedFill(layout.cells[s], normaliseSigned(q![s * GRID_ACTIONS + 2], scales.actionValueMax))
        : fills[s];
      label(text, x + c / 2, ty, px, c * 0.92, false, readable(bg));
    }
  }

  // 8. The trail: fading segments between successive cells, oldest faintest.
  const trail = scene.trail ?? [];
  if (trail.length > 1) {
    ctx.strokeStyle = col.trail;
    ctx.fillStyle = col.trail;
    ctx.lineWidth = Math.max(1.5, c * 0.14);
    for (let i = 1; i < trail.length; i++) {
      const a = trail[i - 1];
      const b = trail[i];
      if (!(a >= 0 && a < n && b >= 0 && b < n)) continue;
      ctx.globalAlpha = 0.15 + 0.85 * (i / (trail.length - 1));
      const [ax, ay] = centre(a, W, c);
      const [bx, by] = centre(b, W, c);
      // A straight step (or a wind push) is a segment; a jump between samples far apart is only a dot.
      if (manhattan(a, b, W) <= 4 && (a % W === b % W || Math.floor(a / W) === Math.floor(b / W))) {
        ctx.beginPath();
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
        ctx.stroke();
      } else {
        ctx.beginPath();
        ctx.arc(bx, by, Math.max(1.5, c * 0.09), 0, Math.PI * 2);
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
  }

  // 9. Policy arrows: from the cell centre, length and opacity in proportion to π(a|s); only π > 0.05.
  if (showPi) {
    // With numbers along the bottom, the arrows' origin moves up a little to leave them room.
    const numbersBelow = numbers && primary !== null;
    const maxLength = c * (numbersBelow ? 0.24 : 0.32);
    const lift = numbersBelow ? c * 0.08 : 0;
    const width = Math.max(1, c * 0.05);
    // Arrows are gathered by ink and opacity (π in tenths) and stroked one path per group.
    const groups = new Map<string, { ink: string; alpha: number; arrows: number[] }>();
    for (let s = 0; s < n; s++) {
      if (!carriesOverlay(layout.cells[s])) continue;
      const ink = readable(fills[s]);
      for (let a = 0; a < GRID_ACTIONS; a++) {
        const p = pi![s * GRID_ACTIONS + a];
        if (!(p > POLICY_MIN_PROBABILITY)) continue;
        const alpha = 0.35 + 0.65 * Math.round(Math.min(1, p) * 10) / 10;
        const key = `${ink}|${alpha}`;
        const group = groups.get(key);
        if (group) group.arrows.push(s * GRID_ACTIONS + a);
        else groups.set(key, { ink, alpha, arrows: [s * GRID_ACTIONS + a] });
      }
    }
    for (const { ink, alpha, arrows } of groups.values()) {
      for (let i = 0; i < arrows.length; i += PATH_CHUNK) {
        ctx.beginPath();
        for (const sa of arrows.slice(i, i + PATH_CHUNK)) {
          const s = Math.floor(sa / GRID_ACTIONS);
          const [cx, cy] = centre(s, W, c);
          arrowPath(ctx, cx, cy - lift, sa % GRID_ACTIONS, maxLength * Math.min(1, pi![sa]), c);
        }
        // A halo in the other ink first, so arrows read on any colour; then the arrows.
        ctx.globalAlpha = alpha * 0.8;
        ctx.strokeStyle = ink === col.text ? col.surface : col.text;
        ctx.lineWidth = width + Math.max(1.5, c * 0.04);
        ctx.stroke();
        ctx.globalAlpha = alpha;
        ctx.strokeStyle = ink;
        ctx.lineWidth = width;
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
  }

  // 10. The agent: a disc with an outline, gliding from its previous cell when asked.
  const agent = scene.agent ?? -1;
  if (agent >= 0 && agent < n) {
    let [ax, ay] = centre(agent, W, c);
    const from = scene.agentFrom ?? -1;
    const t = scene.agentProgress ?? 1;
    if (from >= 0 && from < n && from !== agent && t < 1) {
      const [fx, fy] = centre(from, W, c);
      const e = t * t * (3 - 2 * t);
      ax = fx + (ax - fx) * e;
      ay = fy + (ay - fy) * e;
    }
    ctx.beginPath();
    ctx.arc(ax, ay, c * 0.3, 0, Math.PI * 2);
    ctx.fillStyle = col.agent;
    ctx.fill();
    ctx.strokeStyle = col.surface;
    ctx.lineWidth = Math.max(1, c * 0.05);
    ctx.stroke();
  }

  // 11. The keyboard cursor: a thick focus-coloured frame with a thin inner line for contrast.
  const cursor = scene.cursor ?? -1;
  if (cursor >= 0 && cursor < n) {
    const x = (cursor % W) * c;
    const y = Math.floor(cursor / W) * c;
    const w = Math.max(2, c * 0.08);
    ctx.strokeStyle = col.focus;
    ctx.lineWidth = w;
    ctx.strokeRect(x + w / 2, y + w / 2, c - w, c - w);
    ctx.strokeStyle = col.surface;
    ctx.lineWidth = Math.max(1, w / 3);
    ctx.strokeRect(x + w + 0.5, y + w + 0.5, c - 2 * w - 1, c - 2 * w - 1);
  }

  // 12. Wind per column, under the grid: ↑n pushes n cells up.
  const hasWind = layout.wind.some((w) => w !== 0);
  const band = windBandHeight(c, hasWind);
  if (band > 0) {
    const y = H * c + band / 2;
    for (let i = 0; i < W; i++) {
      const w = layout.wind[i];
      ctx.globalAlpha = w === 0 ? 0.5 : 1;
      label(w === 0 ? '0' : `${w > 0 ? '↑' : '↓'}${Math.abs(w)}`, i * c + c / 2, y, band * 0.62, c * 0.95, w !== 0,
        w === 0 ? col.textMuted : col.text);
    }
    ctx.globalAlpha = 1;
  }
  ctx.restore();
}

function cellColor(type: number, col: GridColors): string {
  switch (type) {
    case Cell.wall: return col.wall;
    case Cell.goal: return col.goal;
    case Cell.cliff: return col.cliff;
    case Cell.hole: return col.hole;
    case Cell.ice: return col.ice;
    default: return col.floor;
  }
}

function meanQ(q: Float64Array, s: number): number {
  let sum = 0;
  for (let a = 0; a < GRID_ACTIONS; a++) sum += q[s * GRID_ACTIONS + a];
  return sum / GRID_ACTIONS;
}

function centre(s: number, W: number, c: number): [number, number] {
  return [(s % W) * c + c / 2, Math.floor(s / W) * c + c / 2];
}

function manhattan(a: number, b: number, W: number): number {
  return Math.abs((a % W) - (b % W)) + Math.abs(Math.floor(a / W) - Math.floor(b / W));
}

/** The triangle of a cell that faces action a (its edge is the cell side in that direction), added to the path. */
function triangle(ctx: GridContext, x: number, y: number, c: number, a: number): void {
  // Corners clockwise from the top-left; the side facing action a runs from corner a to corner a + 1.
  const x0 = a === 1 || a === 2 ? x + c : x;
  const y0 = a >= 2 ? y + c : y;
  const x1 = a === 0 || a === 1 ? x + c : x;
  const y1 = a === 1 || a === 2 ? y + c : y;
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.lineTo(x + c / 2, y + c / 2);
  ctx.closePath();
}

/** Diagonal lines over every cell of one type ('/' lines; crossed adds '\' lines), a few cells per path. */
function hatch(ctx: GridContext, layout: GridLayout, type: number, c: number, crossed: boolean, ink: string): void {
  const gap = Math.max(4, c / 4);
  ctx.strokeStyle = ink;
  ctx.lineWidth = Math.max(1, c / 24);
  ctx.globalAlpha = 0.45;
  let inPath = 0;
  for (let s = 0; s < layout.cells.length; s++) {
    if (layout.cells[s] !== type) continue;
    if (inPath === 0) ctx.beginPath();
    const x = (s % layout.width) * c;
    const y = Math.floor(s / layout.width) * c;
    for (let t = gap / 2; t < 2 * c; t += gap) {
      const u0 = Math.min(t, c);
      const u1 = t - u0;
      // The line u + v = t across the square, from its right/bottom end to its left/top end.
      ctx.moveTo(x + u0, y + u1);
      ctx.lineTo(x + u1, y + u0);
      if (crossed) {
        ctx.moveTo(x + c - u0, y + u1);
        ctx.lineTo(x + c - u1, y + u0);
      }
    }
    if (++inPath === PATH_CHUNK) { ctx.stroke(); inPath = 0; }
  }
  if (inPath > 0) ctx.stroke();
  ctx.globalAlpha = 1;
}

/** Three short parallel glints in the top-right corner: ice reads as ice under any overlay. */
function iceStreaks(ctx: GridContext, x: number, y: number, c: number, ink: string): void {
  ctx.beginPath();
  for (let i = 0; i < 3; i++) {
    const x0 = x + c * (0.56 + 0.12 * i);
    ctx.moveTo(x0, y + c * 0.3);
    ctx.lineTo(x0 + c * 0.12, y + c * 0.1);
  }
  ctx.strokeStyle = ink;
  ctx.lineWidth = Math.max(1, c * 0.035);
  ctx.globalAlpha = 0.6;
  ctx.stroke();
  ctx.globalAlpha = 1;
}

/** One policy arrow (a shaft and an open head) added to the current path. */
function arrowPath(ctx: GridContext, cx: number, cy: number, a: number, length: number, c: number): void {
  const dx = DX[a];
  const dy = DY[a];
  // Shafts start a little off the centre, so the short arrows of a near-uniform policy stay apart.
  const gap = c * ARROW_GAP;
  const tx = cx + dx * (gap + length);
  const ty = cy + dy * (gap + length);
  const head = Math.min(c * 0.12, Math.max(length * 0.45, c * 0.04));
  ctx.moveTo(cx + dx * gap, cy + dy * gap);
  ctx.lineTo(tx, ty);
  // The head's wings: back along the shaft, out to both sides.
  ctx.moveTo(tx - dx * head - dy * head, ty - dy * head + dx * head);
  ctx.lineTo(tx, ty);
  ctx.lineTo(tx - dx * head + dy * head, ty - dy * head - dx * head);
}

/** Shapes per path when batching: small paths rasterise much faster than one huge path (measured in Chromium). */
const PATH_CHUNK = 16;

/** Signed colours in 65 steps over [−1, 1]: finer than the eye can tell on the diverging scale. */
const SIGNED_LEVELS = 64;

function signedLevel(v: number): number {
  return Math.round(((v + 1) / 2) * SIGNED_LEVELS);
}

function levelValue(level: number): number {
  return (2 * level) / SIGNED_LEVELS - 1;
}
