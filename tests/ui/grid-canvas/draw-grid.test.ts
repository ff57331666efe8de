// The grid drawing against a recording fake 2D context: what each overlay draws, and where.
import { describe, expect, it } from 'vitest';
import {
  ARROW_GAP, drawGrid, POLICY_MIN_PROBABILITY, type GridColors, type GridContext, type GridScene,
} from '../../../src/ui/grid-canvas/draw-grid.ts';
import { fitGrid } from '../../../src/ui/grid-canvas/grid-geometry.ts';
import { formatCount, formatReward, formatValue } from '../../../src/ui/grid-canvas/cell-number-format.ts';
import { readableOn } from '../../../src/ui/grid-canvas/text-contrast.ts';
import { mixColors, signedWeight } from '../../../src/ui/grid-canvas/mix-colors.ts';
import { divergingColor, sequentialColor } from '../../../src/ui/theme/palette.ts';
import { Cell, parseGridSpec, type GridLayout } from '../../../src/core/envs/gridworld/grid-layout.ts';
import type { AgentView } from '../../../src/core/agents/agent.ts';
import type { GridOverlays } from '../../../src/state/ui-store.ts';

interface Call {
  readonly op: string;
  readonly args: readonly unknown[];
  readonly fillStyle: unknown;
  readonly strokeStyle: unknown;
  readonly globalAlpha: number;
}

/** Records every method call with the drawing state at that moment. */
class FakeContext {
  calls: Call[] = [];
  fillStyle: unknown = '#000';
  strokeStyle: unknown = '#000';
  lineWidth = 1;
  lineCap = 'butt';
  lineJoin = 'miter';
  globalAlpha = 1;
  font = '10px sans-serif';
  textAlign = 'start';
  textBaseline = 'alphabetic';
  private stack: unknown[][] = [];

  private record(op: string, args: readonly unknown[]) {
    this.calls.push({ op, args, fillStyle: this.fillStyle, strokeStyle: this.strokeStyle, globalAlpha: this.globalAlpha });
  }
  save() { this.stack.push([this.fillStyle, this.strokeStyle, this.lineWidth, this.globalAlpha, this.font]); this.record('save', []); }
  restore() {
    const s = this.stack.pop();
    if (s) [this.fillStyle, this.strokeStyle, this.lineWidth, this.globalAlpha, this.font] = s as [unknown, unknown, number, number, string];
    this.record('restore', []);
  }
  clearRect(...a: number[]) { this.record('clearRect', a); }
  fillRect(...a: number[]) { this.record('fillRect', a); }
  strokeRect(...a: number[]) { this.record('strokeRect', a); }
  fillText(text: string, x: number, y: number) { this.record('fillText', [text, x, y]); }
  beginPath() { this.record('beginPath', []); }
  closePath() { this.record('closePath', []); }
  moveTo(...a: number[]) { this.record('moveTo', a); }
  lineTo(...a: number[]) { this.record('lineTo', a); }
  arc(...a: number[]) { this.record('arc', a); }
  fill() { this.record('fill', []); }
  stroke() { this.record('stroke', []); }

  only(op: string): Call[] { return this.calls.filter((c) => c.op === op); }
}

const asContext = (fake: FakeContext) => fake as unknown as GridContext;

const COLORS: GridColors = {
  floor: '#ffffff', wall: '#3b4252', goal: '#009e73', cliff: '#4a3a55', hole: '#1f2633', ice: '#d6ecfa',
  gridLine: '#cfd6df', agent: '#d55e00', trail: 'rgba(213, 94, 0, 0.35)', text: '#1b2230', textMuted: '#566074',
  surface: '#ffffff', focus: '#e08600',
};
const NO_OVERLAYS: GridOverlays = { values: false, actionValues: false, policy: false, visits: false, numbers: false };

// 4 × 3: a wall at 5, a cliff at 8, a hole at 9, ice at 6, the goal at 11 (reward 5), the start at 0.
const LAYOUT: GridLayout = parseGridSpec({
  rows: ['S...', '.#~.', 'CH.G'], stepReward: 0, goalReward: 5, cliffReward: -10, holeReward: 0, slip: 0.2,
});
const N = 12;
const overlayCells = [0, 1, 2, 3, 4, 6, 7, 10];
const WALL = 5;

function agentView(partial: Partial<AgentView>): AgentView {
  return { kind: 'tabular', nStates: N, nActions: 4, ...partial };
}

function draw(scene: Partial<GridScene>, cell = 40, layout = LAYOUT): FakeContext {
  const fake = new FakeContext();
  drawGrid(asContext(fake), { layout, overlays: NO_OVERLAYS, ...scene }, { cell, colors: COLORS, fontFamily: 'sans-serif' });
  return fake;
}

/** The cell under a point of the grid (cell size c), or -1 below the grid. */
function cellAt(x: number, y: number, c: number, layout = LAYOUT): number {
  const col = Math.floor(x / c);
  const row = Math.floor(y / c);
  return row < layout.height && col < layout.width ? row * layout.width + col : -1;
}

/** Texts drawn, grouped by cell. */
function textsByCell(fake: FakeContext, c: number): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const call of fake.only('fillText')) {
    const [text, x, y] = call.args as [string, number, number];
    const cell = cellAt(x, y, c);
    map.set(cell, [...(map.get(cell) ?? []), text]);
  }
  return map;
}

/** A signed overlay colour as drawn: blended into the plain cell by √|v|. */
const signed = (v: number, ground = COLORS.floor) => mixColors(ground, divergingColor(v), signedWeight(v));

const values = Float64Array.from({ length: N }, (_, s) => (s === WALL ? 99 : s / 4 - 1));

describe('drawGrid without an agent', () => {
  it('draws every cell, the goal reward and the start, and nothing throws', () => {
    for (const scene of [{}, { agentView: null }, { agentView: undefined, agent: -1 }, { overlays: { ...NO_OVERLAYS, values: true, policy: true, visits: true, actionValues: true, numbers: true } }]) {
      const fake = draw(scene);
      // One rectangle per cell, then the start's tab behind its 'S'.
      expect(fake.only('fillRect')).toHaveLength(N + 1);
      const texts = fake.only('fillText').map((c) => c.args[0]);
      expect(texts).toEqual([formatReward(5), 'S']);
    }
  });

  it('paints each cell kind in its theme colour', () => {
    const fills = draw({}).only('fillRect').map((c) => c.fillStyle);
    expect(fills[WALL]).toBe(COLORS.wall);
    expect(fills[11]).toBe(COLORS.goal);
    expect(fills[8]).toBe(COLORS.cliff);
    expect(fills[9]).toBe(COLORS.hole);
    expect(fills[6]).toBe(COLORS.ice);
    expect(fills[0]).toBe(COLORS.floor);
  });

  it('does not rely on colour alone: cliff and hole are hatched, holes crossed, ice streaked', () => {
    const plain = parseGridSpec({ rows: ['S..', '..G'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 });
    const strokesOf = (rows: string[]) =>
      draw({}, 40, parseGridSpec({ rows, stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0 })).only('lineTo').length;
    const base = draw({}, 40, plain).only('lineTo').length;
    const cliff = strokesOf(['S.C', '..G']) - base;
    const hole = strokesOf(['S.H', '..G']) - base;
    const ice = strokesOf(['S.~', '..G']) - base;
    expect(cliff).toBeGreaterThan(3);
    expect(hole).toBe(2 * cliff);
    expect(ice).toBe(3);
  });

  it('keeps every drawing inside the canvas at every cell size from 12 to 96 px', () => {
    const windy = parseGridSpec({
      rows: ['S..~', '.#H.', 'C..G'], stepReward: 0, goalReward: 1, cliffReward: -1, holeReward: 0, slip: 0, wind: [0, 1, 2, -1],
    });
    const view = agentView({
      values, actionValues: Float64Array.from({ length: N * 4 }, (_, i) => (i % 7) - 3),
      policy: new Float64Array(N * 4).fill(0.25), visits: Float64Array.from({ length: N * 4 }, (_, i) => i * 10),
    });
    const overlays = { values: true, actionValues: true, policy: true, visits: true, numbers: true };
    for (let c = 12; c <= 96; c += 6) {
      const g = fitGrid(4, 3, true, 4 * c, 10_000);
      expect(g.cell).toBe(c);
      const fake = draw({ agentView: view, overlays, agent: 2, trail: [0, 1, 2], cursor: 3 }, c, windy);
      for (const call of fake.calls) {
        if (!['moveTo', 'lineTo', 'fillText', 'fillRect', 'strokeRect'].includes(call.op)) continue;
        const [x, y] = (call.op === 'fillText' ? call.args.slice(1) : call.args) as number[];
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(g.width);
        expect(y).toBeLessThanOrEqual(g.height);
      }
    }
  });
});

describe('values overlay', () => {
  const overlays = { ...NO_OVERLAYS, values: true, numbers: true };

  it('prints V(s) in every floor and ice cell, and nowhere on walls, goals, cliffs or holes', () => {
    const texts = textsByCell(draw({ agentView: agentView({ values }), overlays }), 40);
    for (const s of overlayCells) {
      expect(texts.get(s)).toContain(formatValue(values[s]));
    }
    expect(texts.get(WALL)).toBeUndefined();
    expect(texts.get(8)).toBeUndefined();
    expect(texts.get(9)).toBeUndefined();
    expect(texts.get(11)).toEqual([formatReward(5)]);
    const all = [...texts.values()].flat();
    expect(all).not.toContain(formatValue(99));
  });

  it('normalises by max |V| over the cells it colours (the wall’s 99 does not count)', () => {
    const fills = draw({ agentView: agentView({ values }), overlays }).only('fillRect').map((c) => c.fillStyle);
    const maxAbs = Math.max(...overlayCells.map((s) => Math.abs(values[s])));
    expect(maxAbs).toBe(1.5);
    expect(fills[10]).toBe(signed(1));
    expect(fills[0]).toBe(signed(-1 / 1.5));
    // V = 0 leaves the plain floor (of either theme); ice keeps its own colour as the neutral.
    expect(fills[4]).toBe(signed(0));
    expect(signed(0)).toBe('rgb(255, 255, 255)');
    expect(fills[6]).toBe(signed(values[6] / 1.5, COLORS.ice));
    expect(fills[WALL]).toBe(COLORS.wall);
  });

  it('prints no numbers when Numbers is off or the cells are too small', () => {
    const count = (scene: Partial<GridScene>, c: number) => draw(scene, c).only('fillText').length;
    const view = agentView({ values });
    expect(count({ agentView: view, overlays: { ...overlays, numbers: false } }, 40)).toBe(2);
    expect(count({ agentView: view, overlays }, 20)).toBe(2);
    expect(count({ agentView: view, overlays }, 40)).toBe(2 + overlayCells.length);
  });

  it('picks a legible text colour on each cell', () => {
    const fake = draw({ agentView: agentView({ values }), overlays });
    for (const call of fake.only('fillText')) {
      const [, x, y] = call.args as [string, number, number];
      const s = cellAt(x, y, 40);
      if (!overlayCells.includes(s)) continue;
      const bg = signed(values[s] / 1.5, s === 6 ? COLORS.ice : COLORS.floor);
      expect(call.fillStyle).toBe(readableOn(bg, COLORS.text, COLORS.surface));
    }
    expect(readableOn('#000000', '#1b2230', '#ffffff')).toBe('#ffffff');
    expect(readableOn('#fde725', '#e6e9ef', '#1a2029')).toBe('#1a2029');
  });
});

describe('policy arrows', () => {
  const c = 40;
  const gap = c * ARROW_GAP;
  /** The cell whose centre is `gap` away from (x, y) along an axis (where a shaft starts), or -1. */
  const shaftCell = (x: number, y: number) => {
    const ox = (((x - c / 2) % c) + c) % c;
    const oy = (((y - c / 2) % c) + c) % c;
    const near = (v: number, t: number) => Math.abs(v - t) < 1e-9;
    const onAxis = (near(ox, 0) && (near(oy, gap) || near(oy, c - gap))) || (near(oy, 0) && (near(ox, gap) || near(ox, c - gap)));
    return onAxis ? cellAt(x, y, c) : -1;
  };

  it('are drawn only where π > 0.05, never on walls or goals, pointing the right way', () => {
    const policy = new Float64Array(N * 4);
    for (let s = 0; s < N; s++) policy.set([0.7, 0.2, POLICY_MIN_PROBABILITY, 0.04], s * 4);
    const fake = draw({ agentView: agentView({ policy }), overlays: { ...NO_OVERLAYS, policy: true } }, c);
    const arrows: { cell: number; dx: number; dy: number }[] = [];
    fake.calls.forEach((call, i) => {
      if (call.op !== 'moveTo') return;
      const [x, y] = call.args as number[];
      const cell = shaftCell(x, y);
      if (cell < 0) return;
      const [tx, ty] = fake.calls[i + 1].args as number[];
      arrows.push({ cell, dx: tx - x, dy: ty - y });
    });
    expect(arrows).toHaveLength(overlayCells.length * 2);
    expect(new Set(arrows.map((a) => a.cell))).toEqual(new Set(overlayCells));
    const up = arrows.filter((a) => a.dy < 0);
    const right = arrows.filter((a) => a.dx > 0);
    expect(up).toHaveLength(overlayCells.length);
    expect(right).toHaveLength(overlayCells.length);
    // Length in proportion to π.
    expect(-up[0].dy / right[0].dx).toBeCloseTo(0.7 / 0.2, 6);
    expect(up.every((a) => a.dx === 0) && right.every((a) => a.dy === 0)).toBe(true);
  });

  it('fade with π', () => {
    const policy = new Float64Array(N * 4);
    for (let s = 0; s < N; s++) policy.set([0.9, 0.1, 0, 0], s * 4);
    const fake = draw({ agentView: agentView({ policy }), overlays: { ...NO_OVERLAYS, policy: true } }, c);
    const inks = fake.only('stroke').filter((s) => s.strokeStyle === COLORS.text).map((s) => s.globalAlpha);
    expect(Math.max(...inks)).toBeGreaterThan(Math.min(...inks));
  });
});

describe('action values and visits', () => {
  it('splits each floor and ice cell into four Q triangles, coloured by Q', () => {
    const actionValues = Float64Array.from({ length: N * 4 }, (_, i) => (i % 4) - 1.5);
    const fake = draw({ agentView: agentView({ actionValues }), overlays: { ...NO_OVERLAYS, actionValues: true } });
    // Triangles are filled one path per colour: gather each path's triangles with the colour it was filled in.
    const groups: { color: unknown; triangles: number[][][] }[] = [];
    let current: number[][][] = [];
    let points: number[][] = [];
    for (const call of fake.calls) {
      if (call.op === 'beginPath') current = [];
      if (call.op === 'moveTo') points = [call.args as number[]];
      if (call.op === 'lineTo') points.push(call.args as number[]);
      if (call.op === 'closePath') current.push(points);
      if (call.op === 'fill') groups.push({ color: call.fillStyle, triangles: current });
    }
    expect(groups.flatMap((g) => g.triangles)).toHaveLength(overlayCells.length * 4);
    // Four colour levels, each on floor and on ice (cell 6).
    expect(groups).toHaveLength(8);
    // Q = −1.5 on 'up', the most negative: the blue end of the scale, on each cell's top side, apex at its centre.
    // (At |v| = 1 the colour is the scale's end on floor and on ice alike.)
    const up = groups.filter((g) => g.color === signed(-1)).flatMap((g) => g.triangles);
    expect(up).toHaveLength(overlayCells.length);
    for (const [a, b, apex] of up) {
      expect(a[1]).toBe(b[1]);
      expect(apex[1] - a[1]).toBe(20);
      expect(b[0] - a[0]).toBe(40);
    }
    expect(groups.some((g) => g.color === signed(1))).toBe(true);
  });

  it('colours visits with viridis on log(1 + n) and prints the counts', () => {
    const visits = new Float64Array(N * 4);
    overlayCells.forEach((s, i) => visits.set([i, i, i, i * 100], s * 4));
    visits.set([5000, 0, 0, 0], WALL * 4);
    const fake = draw({ agentView: agentView({ visits }), overlays: { ...NO_OVERLAYS, visits: true, numbers: true } });
    const fills = fake.only('fillRect').map((c) => c.fillStyle);
    const total = (s: number) => visits[s * 4] + visits[s * 4 + 1] + visits[s * 4 + 2] + visits[s * 4 + 3];
    const max = Math.max(...overlayCells.map(total));
    for (const s of overlayCells) {
      // A cell never visited stays plain; the others are viridis on log(1 + n).
      expect(fills[s]).toBe(total(s) === 0 ? COLORS.floor : sequentialColor(Math.log1p(total(s)) / Math.log1p(max)));
    }
    expect(total(0)).toBe(0);
    const texts = textsByCell(fake, 40);
    for (const s of overlayCells) expect(texts.get(s)).toContain(formatCount(total(s)));
    expect(texts.get(WALL)).toBeUndefined();
  });
});

describe('agent, trail, wind', () => {
  it('draws the agent as a disc at its cell and the trail under it', () => {
    const fake = draw({ agent: 2, trail: [0, 1, 2] });
    const arcs = fake.only('arc');
    const disc = arcs[arcs.length - 1].args as number[];
    expect(disc.slice(0, 2)).toEqual([2 * 40 + 20, 20]);
    const trailStrokes = fake.only('stroke').filter((s) => s.strokeStyle === COLORS.trail);
    expect(trailStrokes).toHaveLength(2);
    expect(trailStrokes[0].globalAlpha).toBeLessThan(trailStrokes[1].globalAlpha);
  });

  it('glides between two cells', () => {
    const fake = draw({ agent: 2, agentFrom: 1, agentProgress: 0.5 });
    const arcs = fake.only('arc');
    expect((arcs[arcs.length - 1].args as number[])[0]).toBe(80);
  });

  it('shows the wind strength of each column under the grid', () => {
    const windy = parseGridSpec({ rows: ['S..', '..G'], stepReward: 0, goalReward: 1, cliffReward: 0, holeReward: 0, slip: 0, wind: [0, 1, -2] });
    const texts = draw({}, 40, windy).only('fillText').filter((t) => (t.args[2] as number) > 80).map((t) => t.args[0]);
    expect(texts).toEqual(['0', '↑1', '↓2']);
  });

  it('uses Cell types from grid-layout.ts', () => {
    expect(LAYOUT.cells[WALL]).toBe(Cell.wall);
    expect(LAYOUT.cells[6]).toBe(Cell.ice);
  });
});
