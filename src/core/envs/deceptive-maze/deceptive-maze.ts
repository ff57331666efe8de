// The quality-diversity tab's world (catalogue D3, after Lehman & Stanley's deceptive maze and SERENE's sparse-reward
// mazes): a round robot in a walled 200 × 200 arena, driven for a fixed number of steps by a controller that reads
// six rangefinders and a four-slice radar pointing at the treasure. Two reward areas, read at the robot's final
// position: a small "decoy" near the start, easy to reach and worth little, and the treasure at the far end of a
// winding corridor. Inside an area the reward grows linearly to its centre (value · (1 − d / radius)), so a search
// that has found it can still refine it; everywhere else it is 0.
export interface Point { readonly x: number; readonly y: number }
export interface Wall { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number }
export interface RewardArea { readonly x: number; readonly y: number; readonly radius: number; readonly value: number; readonly name: string }

export interface MazeLayout {
  readonly size: number;
  readonly walls: readonly Wall[];
  readonly start: Point;
  /** Starting heading in radians (0 = +x, y grows downward as on screen). */
  readonly startHeading: number;
  readonly areas: readonly RewardArea[];
  /** The area the radar points at. */
  readonly treasure: RewardArea;
}

const SIZE = 200;
const box: Wall[] = [
  { x1: 0, y1: 0, x2: SIZE, y2: 0 }, { x1: SIZE, y1: 0, x2: SIZE, y2: SIZE },
  { x1: SIZE, y1: SIZE, x2: 0, y2: SIZE }, { x1: 0, y1: SIZE, x2: 0, y2: 0 },
];
const treasure: RewardArea = { x: 25, y: 25, radius: 15, value: 1, name: 'treasure' };
const decoy: RewardArea = { x: 175, y: 175, radius: 15, value: 0.3, name: 'decoy' };

/** Three walls fold the arena into a serpentine: start bottom left, treasure top left, decoy in the bottom-right corner. */
export const DECEPTIVE_MAZE: MazeLayout = {
  size: SIZE,
  walls: [
    ...box,
    { x1: 0, y1: 150, x2: 150, y2: 150 },
    { x1: 50, y1: 100, x2: 200, y2: 100 },
    { x1: 0, y1: 50, x2: 150, y2: 50 },
  ],
  start: { x: 25, y: 175 },
  startHeading: 0,
  areas: [treasure, decoy],
  treasure,
};

export const ROBOT_RADIUS = 6;
export const RANGEFINDER_REACH = 100;
/** Rangefinder directions relative to the heading (y grows downward, so −90° is the robot's left): left, front-left, front, front-right, right, back. */
export const RANGEFINDER_ANGLES = [-Math.PI / 2, -Math.PI / 4, 0, Math.PI / 4, Math.PI / 2, Math.PI];
export const SENSOR_COUNT = RANGEFINDER_ANGLES.length + 4;
export const MAX_SPEED = 3;
export const MAX_TURN = 0.3;

/** Distance along the ray from (x, y) in direction (dx, dy) to the wall, or Infinity. */
function rayHit(x: number, y: number, dx: number, dy: number, w: Wall): number {
  const ex = w.x2 - w.x1;
  const ey = w.y2 - w.y1;
  const denom = dx * ey - dy * ex;
  if (Math.abs(denom) < 1e-12) return Infinity;
  const qx = w.x1 - x;
  const qy = w.y1 - y;
  const t = (qx * ey - qy * ex) / denom;
  const u = (qx * dy - qy * dx) / denom;
  return t >= 0 && u >= 0 && u <= 1 ? t : Infinity;
}

/** Squared distance from point (x, y) to the wall segment. */
function segmentDistance2(x: number, y: number, w: Wall): number {
  const ex = w.x2 - w.x1;
  const ey = w.y2 - w.y1;
  const len2 = ex * ex + ey * ey;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - w.x1) * ex + (y - w.y1) * ey) / len2));
  const px = w.x1 + t * ex - x;
  const py = w.y1 + t * ey - y;
  return px * px + py * py;
}

export function collides(layout: MazeLayout, x: number, y: number): boolean {
  const r2 = ROBOT_RADIUS * ROBOT_RADIUS;
  for (const w of layout.walls) if (segmentDistance2(x, y, w) < r2) return true;
  return false;
}

/** The reward of ending at (x, y): the best area's value · (1 − d / radius), 0 outside every area. */
export function rewardAt(layout: MazeLayout, x: number, y: number): number {
  let best = 0;
  for (const a of layout.areas) {
    const d = Math.hypot(x - a.x, y - a.y);
    if (d < a.radius) best = Math.max(best, a.value * (1 - d / a.radius));
  }
  return best;
}

/** A controller maps the sensor readings to (turn, speed), each in [0, 1]; it writes them into `out`. */
export type Controller = (sensors: Float64Array, out: Float64Array) => void;

export interface MazeOutcome {
  readonly finalX: number;
  readonly finalY: number;
  readonly reward: number;
  /** Positions every `sampleEvery` steps (the first is the start), for trajectory descriptors and drawing. */
  readonly path: Float64Array;
}

/** Drives the robot for `steps` steps; a move that would touch a wall is not made (the robot may still turn). */
export function runController(layout: MazeLayout, controller: Controller, steps: number, samples = 10): MazeOutcome {
  const sensors = new Float64Array(SENSOR_COUNT);
  const out = new Float64Array(2);
  const path = new Float64Array(2 * (samples + 1));
  const sampleEvery = steps / samples;
  let x = layout.start.x;
  let y = layout.start.y;
  let heading = layout.startHeading;
  let next = 1;
  path[0] = x;
  path[1] = y;
  const g = layout.treasure;
  for (let t = 0; t < steps; t++) {
    for (let i = 0; i < RANGEFINDER_ANGLES.length; i++) {
      const a = heading + RANGEFINDER_ANGLES[i]!;
      const dx = Math.cos(a);
      const dy = Math.sin(a);
      let d = RANGEFINDER_REACH;
      for (const w of layout.walls) d = Math.min(d, rayHit(x, y, dx, dy, w));
      sensors[i] = d / RANGEFINDER_REACH;
    }
    // Radar: which quarter (front, right, back, left: angles grow clockwise on screen) the treasure lies in.
    let rel = Math.atan2(g.y - y, g.x - x) - heading;
    rel = ((rel % (2 * Math.PI)) + 3 * Math.PI) % (2 * Math.PI) - Math.PI;
    const slice = Math.floor(((rel + Math.PI / 4 + 2 * Math.PI) % (2 * Math.PI)) / (Math.PI / 2));
    const base = RANGEFINDER_ANGLES.length;
    for (let s = 0; s < 4; s++) sensors[base + s] = s === slice ? 1 : 0;
    controller(sensors, out);
    heading += (out[0]! - 0.5) * 2 * MAX_TURN;
    const speed = out[1]! * MAX_SPEED;
    const nx = x + speed * Math.cos(heading);
    const ny = y + speed * Math.sin(heading);
    if (!collides(layout, nx, ny)) {
      x = nx;
      y = ny;
    }
    if (t + 1 >= next * sampleEvery - 1e-9 && next <= samples) {
      path[2 * next] = x;
      path[2 * next + 1] = y;
      next++;
    }
  }
  return { finalX: x, finalY: y, reward: rewardAt(layout, x, y), path };
}
