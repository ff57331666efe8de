// The deceptive maze: sensors, motion and walls by hand-checked cases, and the reward read at the final position.
import { describe, expect, it } from 'vitest';
import {
  DECEPTIVE_MAZE, MAX_SPEED, RANGEFINDER_REACH, ROBOT_RADIUS, collides, rewardAt, runController, type Controller, type MazeLayout,
} from '../../../../src/core/envs/deceptive-maze/deceptive-maze.ts';

/** An empty 200 × 200 box, start in the middle heading +x, treasure straight ahead. */
const OPEN: MazeLayout = {
  ...DECEPTIVE_MAZE,
  walls: DECEPTIVE_MAZE.walls.slice(0, 4),
  start: { x: 100, y: 100 },
  startHeading: 0,
};

const constant = (turn: number, speed: number, seen?: Float64Array[]): Controller => (sensors, out) => {
  seen?.push(Float64Array.from(sensors));
  out[0] = turn;
  out[1] = speed;
};

describe('deceptive maze', () => {
  it('reads rangefinders as distance / reach and the radar as the treasure’s quarter', () => {
    const seen: Float64Array[] = [];
    runController(OPEN, constant(0.5, 0, seen), 1);
    const s = seen[0]!;
    // The box walls are 100 away from the centre (more along the diagonals): every ray reads at most its reach, 1.
    expect(Array.from(s.slice(0, 6))).toEqual([1, 1, 1, 1, 1, 1]);
    // Radar quarters are front, right, back, left. From (100, 25) heading +x the treasure at (25, 25) is behind;
    // from (25, 100) it is straight up the screen, the robot's left.
    const radar = (x: number, y: number) => {
      const at: Float64Array[] = [];
      runController({ ...OPEN, start: { x, y } }, constant(0.5, 0, at), 1);
      return Array.from(at[0]!.slice(6));
    };
    expect(radar(100, 25)).toEqual([0, 0, 1, 0]);
    expect(radar(25, 100)).toEqual([0, 0, 0, 1]);
    expect(radar(10, 25)).toEqual([1, 0, 0, 0]);
    const near: Float64Array[] = [];
    runController({ ...OPEN, start: { x: 160, y: 100 } }, constant(0.5, 0, near), 1);
    // 40 units to the right-hand wall (x = 200) straight ahead.
    expect(near[0]![2]).toBeCloseTo(40 / RANGEFINDER_REACH, 12);
  });

  it('moves at speed · MAX_SPEED along the heading, turns by (turn − 0.5) · 2 · MAX_TURN, and stops at walls', () => {
    const straight = runController(OPEN, constant(0.5, 1), 10);
    expect(straight.finalX).toBeCloseTo(100 + 10 * MAX_SPEED, 9);
    expect(straight.finalY).toBeCloseTo(100, 9);
    // Full speed for 400 steps would cover 1,200 units: the robot ends against the right wall, its radius away.
    const blocked = runController(OPEN, constant(0.5, 1), 400);
    expect(blocked.finalX).toBeLessThanOrEqual(200 - ROBOT_RADIUS);
    expect(blocked.finalX).toBeGreaterThan(200 - ROBOT_RADIUS - MAX_SPEED);
    expect(collides(OPEN, blocked.finalX, blocked.finalY)).toBe(false);
    // Turning left at the full rate while standing still leaves the position unchanged.
    const spin = runController(OPEN, constant(1, 0), 50);
    expect([spin.finalX, spin.finalY]).toEqual([100, 100]);
  });

  it('samples the path evenly: the start, then every steps / samples steps', () => {
    const out = runController(OPEN, constant(0.5, 1), 10, 5);
    expect(out.path.length).toBe(12);
    expect(Array.from(out.path.filter((_, i) => i % 2 === 0)).map((x) => Math.round(x))).toEqual([100, 106, 112, 118, 124, 130]);
  });

  it('pays value · (1 − d / radius) inside an area and nothing outside', () => {
    const t = DECEPTIVE_MAZE.treasure;
    expect(rewardAt(DECEPTIVE_MAZE, t.x, t.y)).toBe(1);
    expect(rewardAt(DECEPTIVE_MAZE, t.x + t.radius / 2, t.y)).toBeCloseTo(0.5, 12);
    expect(rewardAt(DECEPTIVE_MAZE, t.x + t.radius + 1, t.y)).toBe(0);
    const decoy = DECEPTIVE_MAZE.areas.find((a) => a.name === 'decoy')!;
    expect(rewardAt(DECEPTIVE_MAZE, decoy.x, decoy.y)).toBe(0.3);
    expect(rewardAt(DECEPTIVE_MAZE, 100, 125)).toBe(0);
  });

  it('keeps the robot out of the walls whatever it does', () => {
    const wander: Controller = (sensors, out) => { out[0] = sensors[0]! > 0.2 ? 0.2 : 0.9; out[1] = 1; };
    const out = runController(DECEPTIVE_MAZE, wander, 400, 400);
    for (let i = 0; i < out.path.length; i += 2) expect(collides(DECEPTIVE_MAZE, out.path[i]!, out.path[i + 1]!)).toBe(false);
  });
});
