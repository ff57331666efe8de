// The gridworld canvas: draws the latest watched view on animation frames, outside React renders (DESIGN.md §3.7),
// and, when editable, lets the user redraw the map with the mouse, touch or keyboard and set goal rewards.
import { useEffect, useId, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { viewStore } from '../../state/view-store.ts';
import { useUiStore, type GridOverlays } from '../../state/ui-store.ts';
import { Cell, layoutToRows, type GridLayout } from '../../core/envs/gridworld/grid-layout.ts';
import { drawGrid } from './draw-grid.ts';
import { cellAtPoint, cellsOnLine, fitGrid, stepCell, type GridGeometry } from './grid-geometry.ts';
import { extendTrail, isRestart } from './agent-trail.ts';
import {
  charAt, cycleCell, isPaintChar, isRefusal, moveStart, paintCells, type EditResult, type PaintChar, type Rows,
} from './grid-editing.ts';
import { goalRewardOf } from './goal-reward.ts';
import { previewLayout } from './preview-layout.ts';
import { readFontFamily, readGridColors } from './read-grid-style.ts';
import { gridViewOf, type WatchedGrid } from './grid-view-of.ts';
import { GoalRewardEditor } from './goal-reward-editor.tsx';
import './grid-canvas.css';

export interface GridCanvasProps {
  /** The map can be redrawn (the demo has a drawable layout). */
  editable: boolean;
  /** The edited map as ASCII rows ('.', '#', 'S', 's', 'G', 'C', 'H', '~'); called once per click or drag. */
  onEditRows?: (rows: string[]) => void;
  /** A goal's new reward, in [−100, 100]. */
  onSetGoalReward?: (cell: number, reward: number) => void;
  /** The current "cell:reward,..." text, to prefill the reward editor. */
  goalRewards?: string;
}

/** The canvas never grows taller than this (CSS px); on a phone the width is the limit. */
const MAX_HEIGHT = 640;
const GLIDE_MAX_MS = 160;
/** Two clicks on a goal within this time open its reward editor instead of changing it. */
const DOUBLE_CLICK_MS = 300;
/** An edit is drawn at once; if the run has not shown it after this long, the run's map is drawn again. */
const PENDING_MS = 1200;
const MESSAGE_MS = 4000;
const LABEL_INTERVAL_MS = 1000;

const CELL_NAMES = ['floor', 'wall', 'goal', 'cliff', 'hole', 'ice'] as const;
const ARROW_KEYS: Readonly<Record<string, number>> = { ArrowUp: 0, ArrowRight: 1, ArrowDown: 2, ArrowLeft: 3 };

interface Drag {
  readonly first: number;
  readonly before: Rows;
  rows: Rows;
  /** The type being painted; null while a click on a goal waits to see whether it becomes a double click. */
  char: PaintChar | null;
  last: number;
}

interface EditorState {
  readonly cell: number;
  readonly left: number;
  readonly top: number;
  readonly above: boolean;
  readonly where: string;
  readonly initial: string;
}

/** Everything the drawing needs, mutated in place: changing it never re-renders React. */
interface CanvasState {
  generation: number;
  grid: WatchedGrid | null;
  trail: readonly number[];
  lastAgent: number;
  lastMoveTime: number;
  glide: { from: number; start: number; duration: number } | null;
  overlays: GridOverlays;
  editable: boolean;
  /** Rows sent to onEditRows that the run has not shown yet. */
  pending: { rows: Rows; timer: ReturnType<typeof setTimeout> } | null;
  drag: Drag | null;
  goalClick: { cell: number; timer: ReturnType<typeof setTimeout> } | null;
  /** A double click on a goal: its reward editor opens when the button is released. */
  editorOnRelease: number;
  cursor: number;
  showCursor: boolean;
  keyboardMenu: boolean;
  geometry: GridGeometry | null;
  frame: number;
  schedule: () => void;
}

function createCanvasState(): CanvasState {
  return {
    generation: Number.NaN, grid: null, trail: [], lastAgent: -1, lastMoveTime: 0, glide: null,
    overlays: useUiStore.getState().overlays, editable: false, pending: null, drag: null, goalClick: null,
    editorOnRelease: -1, cursor: -1, showCursor: false, keyboardMenu: false, geometry: null, frame: 0,
    schedule: () => {},
  };
}

function sameRows(a: Rows, b: Rows): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

function manhattan(a: number, b: number, width: number): number {
  return Math.abs((a % width) - (b % width)) + Math.abs(Math.floor(a / width) - Math.floor(b / width));
}

function where(cell: number, width: number): string {
  return `row ${Math.floor(cell / width) + 1}, column ${(cell % width) + 1}`;
}

/** What the canvas shows, in words (the canvas' aria-label, refreshed about once a second). */
function describe(grid: WatchedGrid | null): string {
  if (!grid) return 'Gridworld: nothing to show yet.';
  const { layout, agent } = grid.env;
  const count = (type: number) => layout.cells.reduce((n, c) => n + (c === type ? 1 : 0), 0);
  const parts = [`${count(Cell.wall)} walls`, `${count(Cell.goal)} goal${count(Cell.goal) === 1 ? '' : 's'}`];
  for (const [type, name] of [[Cell.cliff, 'cliff'], [Cell.hole, 'hole'], [Cell.ice, 'ice']] as const) {
    const n = count(type);
    if (n > 0) parts.push(`${n} ${name} cell${n === 1 ? '' : 's'}`);
  }
  const windy = layout.wind.some((w) => w !== 0) ? ' Wind blows in some columns.' : '';
  const at = agent === layout.start ? `${where(agent, layout.width)} (the start)` : where(agent, layout.width);
  return `Gridworld, ${layout.width} columns by ${layout.height} rows: ${parts.join(', ')}.${windy} Agent at ${at}.`;
}

export function GridCanvas({ editable, onEditRows, onSetGoalReward, goalRewards }: GridCanvasProps) {
  const [st] = useState(createCanvasState);
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const [wrapper, setWrapper] = useState<HTMLDivElement | null>(null);
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  const [message, setMessage] = useState<{ text: string; id: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [editor, setEditor] = useState<EditorState | null>(null);
  const helpId = useId();
  const canEdit = editable && onEditRows !== undefined;

  useEffect(() => {
    st.editable = canEdit;
    if (!canEdit) st.showCursor = false;
    st.schedule();
  }, [st, canEdit]);

  // The messages fade on their own.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  // Drawing: subscribe to the stores transiently and redraw at most once per animation frame.
  useEffect(() => {
    if (!canvas || !wrapper || !stage) return;
    const ctx = canvas.getContext('2d');
    let size = { width: -1, height: -1, dpr: -1 };

    const setSize = (width: number, height: number) => {
      const dpr = window.devicePixelRatio || 1;
      if (size.width === width && size.height === height && size.dpr === dpr) return;
      size = { width, height, dpr };
      canvas.width = Math.max(1, Math.round(width * dpr));
      canvas.height = Math.max(1, Math.round(height * dpr));
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      stage.style.width = `${width}px`;
      stage.style.height = `${height}px`;
    };

    const draw = (now: number) => {
      st.frame = 0;
      if (!ctx) return;
      const available = wrapper.clientWidth;
      if (available <= 0) return;
      const maxHeight = Math.min(MAX_HEIGHT, Math.max(240, window.innerHeight * 0.85));
      const grid = st.grid;
      if (!grid) {
        // Keep the space: the last grid's size, or a placeholder until the first view arrives.
        if (!st.geometry) setSize(available, Math.round(Math.min(available * 0.6, maxHeight)));
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        return;
      }
      const base = grid.env.layout;
      const shown = st.drag && st.drag.char !== null ? st.drag.rows : st.pending?.rows;
      const layout: GridLayout = shown ? previewLayout(base, shown) : base;
      const g = fitGrid(layout.width, layout.height, layout.wind.some((w) => w !== 0), available, maxHeight);
      st.geometry = g;
      setSize(g.width, g.height);
      ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
      ctx.clearRect(0, 0, g.width, g.height);
      let agentFrom = -1;
      let agentProgress = 1;
      if (st.glide) {
        agentProgress = (now - st.glide.start) / st.glide.duration;
        if (agentProgress >= 1) st.glide = null;
        else agentFrom = st.glide.from;
      }
      drawGrid(ctx, {
        layout,
        agentView: grid.agent,
        agent: grid.env.agent,
        agentFrom,
        agentProgress,
        trail: st.trail,
        overlays: st.overlays,
        cursor: st.editable && st.showCursor ? st.cursor : -1,
      }, { cell: g.cell, colors: readGridColors(canvas), fontFamily: readFontFamily(canvas) });
      if (st.glide) schedule();
    };
    const schedule = () => {
      if (!st.frame) st.frame = requestAnimationFrame(draw);
    };
    st.schedule = schedule;

    const onView = (state: ReturnType<typeof viewStore.getState>) => {
      if (state.generation !== st.generation) {
        st.generation = state.generation;
        st.trail = [];
        st.glide = null;
        st.lastAgent = -1;
        clearPending(st);
      }
      const grid = gridViewOf(state.view);
      st.grid = grid;
      if (grid) {
        const { layout, agent } = grid.env;
        if (agent !== st.lastAgent) {
          const now = performance.now();
          const from = st.lastAgent;
          const duration = Math.min(GLIDE_MAX_MS, (now - st.lastMoveTime) * 0.8);
          const glides = from >= 0 && from < layout.cells.length && duration >= 40
            && manhattan(from, agent, layout.width) <= 4 && !isRestart(from, agent, layout);
          st.glide = glides ? { from, start: now, duration } : null;
          st.trail = extendTrail(st.trail, agent, layout);
          st.lastAgent = agent;
          st.lastMoveTime = now;
        }
        if (st.pending && sameRows(layoutToRows(layout), st.pending.rows)) clearPending(st);
      }
      schedule();
    };
    onView(viewStore.getState());
    const unsubscribeView = viewStore.subscribe(onView);
    const unsubscribeUi = useUiStore.subscribe((s, prev) => {
      if (s.overlays === prev.overlays && s.theme === prev.theme) return;
      st.overlays = s.overlays;
      schedule();
    });

    const resize = new ResizeObserver(schedule);
    resize.observe(wrapper);
    // A theme switch changes the CSS variables: redraw with the new colours.
    const themes = new MutationObserver(schedule);
    for (const el of [document.documentElement, document.body]) {
      themes.observe(el, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    }
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', schedule);
    addEventListener('resize', schedule);

    let label = '';
    const refreshLabel = () => {
      const text = describe(st.grid);
      if (text !== label) canvas.setAttribute('aria-label', (label = text));
    };
    refreshLabel();
    const labelTimer = setInterval(refreshLabel, LABEL_INTERVAL_MS);

    return () => {
      if (st.frame) cancelAnimationFrame(st.frame);
      st.frame = 0;
      st.schedule = () => {};
      unsubscribeView();
      unsubscribeUi();
      resize.disconnect();
      themes.disconnect();
      scheme.removeEventListener('change', schedule);
      removeEventListener('resize', schedule);
      clearInterval(labelTimer);
      clearPending(st);
      if (st.goalClick) clearTimeout(st.goalClick.timer);
      st.goalClick = null;
      st.drag = null;
    };
  }, [st, canvas, wrapper, stage]);

  // ----- Editing -----

  const refuse = (text: string) => setMessage({ text, id: Date.now() });

  /** The map as the user last saw it: their unconfirmed edit, else the run's map. */
  const currentRows = (): Rows | null => {
    if (!st.grid) return null;
    return st.pending?.rows ?? layoutToRows(st.grid.env.layout);
  };

  const commit = (rows: Rows) => {
    if (!onEditRows) return;
    clearPending(st);
    const pending = {
      rows,
      timer: setTimeout(() => {
        if (st.pending === pending) { st.pending = null; st.schedule(); }
      }, PENDING_MS),
    };
    st.pending = pending;
    onEditRows([...rows]);
    st.schedule();
  };

  /** Commit an edit, or show its refusal; true when the map changed. */
  const apply = (result: EditResult): boolean => {
    if (isRefusal(result)) {
      refuse(result.error);
      return false;
    }
    commit(result);
    return true;
  };

  const cellFromPointer = (e: { clientX: number; clientY: number }): number => {
    if (!canvas || !st.geometry) return -1;
    const rect = canvas.getBoundingClientRect();
    return cellAtPoint(st.geometry, e.clientX - rect.left, e.clientY - rect.top);
  };

  const openEditor = (cell: number) => {
    const g = st.geometry;
    const grid = st.grid;
    if (!g || !grid || !onSetGoalReward) return;
    const { layout } = grid.env;
    const reward = goalRewardOf(goalRewards, cell) ?? layout.enterReward[cell];
    const x = (cell % layout.width) * g.cell;
    const y = Math.floor(cell / layout.width) * g.cell;
    const boxWidth = 170;
    const above = y + g.cell + 80 > g.height && y >= 80;
    setEditor({
      cell,
      left: Math.max(0, Math.min(x + g.cell / 2 - boxWidth / 2, g.width - boxWidth)),
      top: above ? y : y + g.cell,
      above,
      where: where(cell, layout.width),
      initial: Number.isFinite(reward) ? String(reward) : '',
    });
  };

  const closeEditor = (refocus: boolean) => {
    setEditor(null);
    if (refocus) canvas?.focus({ preventScroll: true });
  };

  const announce = (cell: number, rows: Rows | null) => {
    const grid = st.grid;
    if (!grid || !rows) return;
    const ch = charAt(rows, cell) ?? '.';
    const kind = ch === 'S' ? 'start' : ch === 's' ? 'start on ice' : CELL_NAMES[['.', '#', 'G', 'C', 'H', '~'].indexOf(ch)] ?? 'floor';
    const agent = grid.env.agent === cell ? ', agent here' : '';
    setAnnouncement(`${where(cell, grid.env.layout.width)}: ${kind}${agent}`);
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!canEdit || e.button !== 0 || !canvas) return;
    const cell = cellFromPointer(e);
    if (cell < 0 || !st.grid) return;
    // The canvas takes focus natively (mousedown), so no focus ring shows after a click.
    st.cursor = cell;
    st.showCursor = false;
    if (st.goalClick) {
      const earlier = st.goalClick.cell;
      clearTimeout(st.goalClick.timer);
      st.goalClick = null;
      if (earlier === cell && !e.shiftKey && onSetGoalReward) {
        // A double click on a goal: its editor opens on release, after the browser has moved focus for this click.
        st.editorOnRelease = cell;
        canvas.setPointerCapture(e.pointerId);
        return;
      }
      // The earlier single click on a goal takes effect now.
      const before = currentRows();
      if (before) apply(cycleCell(before, earlier));
    }
    const rows = currentRows();
    if (!rows) return;
    if (e.shiftKey) {
      apply(moveStart(rows, cell));
      return;
    }
    if (charAt(rows, cell) === 'G' && onSetGoalReward) {
      // Wait: this may be the first click of a double click that opens the reward editor.
      st.drag = { first: cell, before: rows, rows, char: null, last: cell };
    } else {
      const result = cycleCell(rows, cell);
      if (isRefusal(result)) {
        refuse(result.error);
        return;
      }
      const char = charAt(result, cell);
      st.drag = { first: cell, before: rows, rows: result, char: char && isPaintChar(char) ? char : '.', last: cell };
    }
    canvas.setPointerCapture(e.pointerId);
    st.schedule();
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const drag = st.drag;
    const grid = st.grid;
    if (!drag || !grid) return;
    const cell = cellFromPointer(e);
    if (cell < 0 || cell === drag.last) return;
    if (drag.char === null) {
      const result = cycleCell(drag.rows, drag.first);
      if (isRefusal(result)) {
        refuse(result.error);
        st.drag = null;
        return;
      }
      drag.rows = result;
      const char = charAt(result, drag.first);
      drag.char = char && isPaintChar(char) ? char : '.';
    }
    for (const next of cellsOnLine(drag.last, cell, grid.env.layout.width).slice(1)) {
      const result = paintCells(drag.rows, [next], drag.char);
      if (isRefusal(result)) refuse(result.error);
      else drag.rows = result;
    }
    drag.last = cell;
    st.schedule();
  };

  const onPointerUp = () => {
    if (st.editorOnRelease >= 0) {
      openEditor(st.editorOnRelease);
      st.editorOnRelease = -1;
      return;
    }
    const drag = st.drag;
    if (!drag) return;
    st.drag = null;
    if (drag.char === null) {
      const cell = drag.first;
      st.goalClick = {
        cell,
        timer: setTimeout(() => {
          st.goalClick = null;
          const rows = currentRows();
          if (rows) apply(cycleCell(rows, cell));
        }, DOUBLE_CLICK_MS),
      };
      return;
    }
    if (!sameRows(drag.rows, drag.before)) commit(drag.rows);
    else st.schedule();
  };

  const onPointerCancel = () => {
    st.drag = null;
    st.editorOnRelease = -1;
    st.schedule();
  };

  const onContextMenu = (e: MouseEvent<HTMLCanvasElement>) => {
    if (!canEdit || !onSetGoalReward) return;
    const fromKeyboard = st.keyboardMenu;
    st.keyboardMenu = false;
    const cell = fromKeyboard ? st.cursor : cellFromPointer(e);
    const rows = currentRows();
    if (!rows || cell < 0 || charAt(rows, cell) !== 'G') return;
    e.preventDefault();
    openEditor(cell);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const grid = st.grid;
    if (!canEdit || !grid || e.altKey || e.ctrlKey || e.metaKey) return;
    const { layout } = grid.env;
    if (!(st.cursor >= 0 && st.cursor < layout.cells.length)) st.cursor = layout.start;
    const direction = ARROW_KEYS[e.key];
    if (direction !== undefined) {
      e.preventDefault();
      st.cursor = stepCell(st.cursor, direction, layout.width, layout.height);
      st.showCursor = true;
      announce(st.cursor, currentRows());
      st.schedule();
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      st.showCursor = true;
      const rows = currentRows();
      if (rows && apply(e.shiftKey ? moveStart(rows, st.cursor) : cycleCell(rows, st.cursor))) announce(st.cursor, currentRows());
      st.schedule();
      return;
    }
    if ((e.key === 'r' || e.key === 'R') && onSetGoalReward) {
      e.preventDefault();
      st.showCursor = true;
      if (charAt(currentRows() ?? [], st.cursor) === 'G') openEditor(st.cursor);
      else refuse('Move the cursor onto a goal to set its reward.');
      st.schedule();
      return;
    }
    if (e.key === 'ContextMenu') st.keyboardMenu = true;
  };

  const onFocus = () => {
    if (!canvas || !st.grid) return;
    if (!(st.cursor >= 0 && st.cursor < st.grid.env.layout.cells.length)) st.cursor = st.grid.env.layout.start;
    st.showCursor = canvas.matches(':focus-visible');
    st.schedule();
  };

  const onBlur = () => {
    st.showCursor = false;
    st.schedule();
  };

  return (
    <div className="grid-canvas" ref={setWrapper}>
      <div className="grid-canvas__stage" ref={setStage}>
        <canvas
          ref={setCanvas}
          className={`grid-canvas__canvas${canEdit ? ' grid-canvas__canvas--editable' : ''}`}
          role="img"
          tabIndex={canEdit ? 0 : undefined}
          aria-describedby={canEdit ? helpId : undefined}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerCancel}
          onContextMenu={onContextMenu}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
        />
        {editor && (
          <GoalRewardEditor
            key={editor.cell}
            left={editor.left}
            top={editor.top}
            above={editor.above}
            where={editor.where}
            initial={editor.initial}
            onSubmit={(value) => {
              onSetGoalReward?.(editor.cell, value);
              closeEditor(true);
            }}
            onClose={closeEditor}
          />
        )}
        <p className="grid-canvas__message" role="status">
          {message && <span key={message.id}>{message.text}</span>}
        </p>
      </div>
      {canEdit && (
        <p id={helpId} className="visually-hidden">
          Map editor. Arrow keys move the cursor; Enter or Space changes the cell (floor, wall, goal, cliff, hole, ice);
          Shift+Enter puts the start there{onSetGoalReward ? '; R edits the reward of a goal' : ''}.
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </div>
  );
}

function clearPending(st: CanvasState): void {
  if (st.pending) clearTimeout(st.pending.timer);
  st.pending = null;
}
