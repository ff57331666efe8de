// The scheduler paces a run: ticks per frame for each speed, turbo slices that yield, pause, play, setSpeed.
// Everything runs on a fake clock: time moves only when the test (or the advance hook) moves it.
import { describe, expect, it } from 'vitest';
import { FRAME_MS, Scheduler, type SchedulerHooks } from '../../src/engine/scheduler.ts';
import { SPEEDS, type SpeedId } from '../../src/engine/speed.ts';
import { FakeClock } from './fake-clock.ts';

interface Recorder extends SchedulerHooks {
  readonly advances: number[];
  readonly reports: { draw: boolean; at: number }[];
  /** Total ticks advanced so far. */
  readonly ticks: () => number;
}

function recorder(clock: FakeClock, options: { costMs?: number; chunk?: number; onAdvance?: () => void } = {}): Recorder {
  const advances: number[] = [];
  const reports: { draw: boolean; at: number }[] = [];
  return {
    advances,
    reports,
    ticks: () => advances.reduce((a, b) => a + b, 0),
    advance(n) {
      advances.push(n);
      clock.advance(options.costMs ?? 0);
      options.onAdvance?.();
    },
    turboChunk: () => options.chunk ?? 1,
    report(draw) {
      reports.push({ draw, at: clock.now() });
    },
  };
}

function setup(speed: SpeedId, options?: Parameters<typeof recorder>[1]) {
  const clock = new FakeClock();
  const hooks = recorder(clock, options);
  const scheduler = new Scheduler(hooks, clock, speed);
  return { clock, hooks, scheduler };
}

const wholeSpeeds = SPEEDS.filter((s) => Number.isFinite(s.ticksPerFrame) && s.ticksPerFrame >= 1);

describe('Scheduler frames', () => {
  it('does nothing until played, and plays its first frame at once', () => {
    const { clock, hooks, scheduler } = setup('10');
    expect(scheduler.playing).toBe(false);
    expect(clock.pending).toBe(0);
    scheduler.play();
    expect(scheduler.playing).toBe(true);
    expect(hooks.advances).toEqual([]);
    clock.runNext();
    expect(clock.time).toBe(0);
    expect(hooks.advances).toEqual([10]);
  });

  it.each(wholeSpeeds.map((s) => [s.id, s.ticksPerFrame] as const))(
    "speed '%s' advances %d ticks per frame and reports with draw=true every frame",
    (id, perFrame) => {
      const { clock, hooks, scheduler } = setup(id);
      scheduler.play();
      expect(clock.run(5)).toBe(5);
      expect(hooks.advances).toEqual([perFrame, perFrame, perFrame, perFrame, perFrame]);
      expect(hooks.reports.map((r) => r.draw)).toEqual([true, true, true, true, true]);
      // The first frame at once, then one every 1/60 s.
      expect(hooks.reports.map((r) => r.at)).toEqual([0, 1, 2, 3, 4].map((i) => i * FRAME_MS));
      expect(clock.pending).toBe(1);
    },
  );

  it("speed '10' advances 10 ticks per frame", () => {
    const { clock, hooks, scheduler } = setup('10');
    scheduler.play();
    clock.run(3);
    expect(hooks.ticks()).toBe(30);
    expect(hooks.reports).toHaveLength(3);
    expect(hooks.reports.every((r) => r.draw)).toBe(true);
  });

  it("speed 'slow' advances one tick every 10 frames and reports only when it ticks", () => {
    const { clock, hooks, scheduler } = setup('slow');
    scheduler.play();
    const tickFrames: number[] = [];
    for (let frame = 1; frame <= 100; frame++) {
      const before = hooks.advances.length;
      clock.runNext();
      if (hooks.advances.length > before) tickFrames.push(frame);
    }
    expect(hooks.advances.every((n) => n === 1)).toBe(true);
    expect(tickFrames).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(hooks.reports).toHaveLength(10);
    expect(hooks.reports.every((r) => r.draw)).toBe(true);
  });

  it("speed 'slow' keeps exactly 0.1 ticks per frame over a long run", () => {
    const { clock, hooks, scheduler } = setup('slow');
    scheduler.play();
    clock.run(10_000);
    expect(hooks.ticks()).toBe(1000);
  });
});

describe('Scheduler turbo', () => {
  it('repeats advance(chunk) inside one slice until the slice budget has passed, then yields', () => {
    const { clock, hooks, scheduler } = setup('turbo', { costMs: 1, chunk: 7 });
    scheduler.play();
    clock.runNext();
    // 1 ms per call, a 12 ms slice: twelve calls, each of the turbo chunk.
    expect(hooks.advances).toEqual(Array(12).fill(7));
    expect(clock.time).toBe(12);
    // It yields: the next slice is queued right away (no frame wait), not run inside this one.
    expect(clock.pending).toBe(1);
    clock.runNext();
    expect(hooks.advances).toHaveLength(24);
    expect(clock.time).toBe(24);
  });

  it('advances at least once per slice even when one call overruns the slice', () => {
    const { clock, hooks, scheduler } = setup('turbo', { costMs: 40, chunk: 3 });
    scheduler.play();
    clock.run(3);
    expect(hooks.advances).toEqual([3, 3, 3]);
  });

  it('reports with draw=false, at most once per 100 ms of clock time, and does report', () => {
    const { clock, hooks, scheduler } = setup('turbo', { costMs: 1, chunk: 50 });
    scheduler.play();
    while (clock.time < 1000) clock.runNext();
    expect(hooks.reports.length).toBeGreaterThanOrEqual(9);
    expect(hooks.reports.length).toBeLessThanOrEqual(10);
    expect(hooks.reports.every((r) => !r.draw)).toBe(true);
    const times = [0, ...hooks.reports.map((r) => r.at)];
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(100);
  });
});

describe('Scheduler play, pause and speed', () => {
  it('pause stops further frames', () => {
    const { clock, hooks, scheduler } = setup('10');
    scheduler.play();
    clock.run(2);
    scheduler.pause();
    expect(scheduler.playing).toBe(false);
    expect(clock.pending).toBe(0);
    expect(clock.run(10)).toBe(0);
    expect(hooks.ticks()).toBe(20);
  });

  it('a pause from inside advance (a run that failed) is not undone by the frame rescheduling itself', () => {
    const clock = new FakeClock();
    const ref: { scheduler?: Scheduler } = {};
    const hooks = recorder(clock, { onAdvance: () => ref.scheduler?.pause() });
    const scheduler = new Scheduler(hooks, clock, '1');
    ref.scheduler = scheduler;
    scheduler.play();
    clock.run(5);
    expect(hooks.advances).toEqual([1]);
    expect(scheduler.playing).toBe(false);
    expect(clock.pending).toBe(0);
  });

  it('playing twice does not schedule twice', () => {
    const { clock, hooks, scheduler } = setup('10');
    scheduler.play();
    scheduler.play();
    expect(clock.pending).toBe(1);
    clock.run(3);
    scheduler.play();
    expect(clock.pending).toBe(1);
    clock.run(2);
    expect(hooks.advances).toEqual([10, 10, 10, 10, 10]);
    expect(hooks.reports.map((r) => r.at)).toEqual([0, 1, 2, 3, 4].map((i) => i * FRAME_MS));
  });

  it('play after pause resumes', () => {
    const { clock, hooks, scheduler } = setup('1');
    scheduler.play();
    clock.run(2);
    scheduler.pause();
    scheduler.play();
    clock.run(2);
    expect(hooks.ticks()).toBe(4);
  });

  it('setSpeed takes effect on the next frame', () => {
    const { clock, hooks, scheduler } = setup('1', { costMs: 1, chunk: 5 });
    scheduler.play();
    clock.run(2);
    scheduler.setSpeed('100');
    expect(hooks.advances).toEqual([1, 1]);
    clock.runNext();
    expect(hooks.advances).toEqual([1, 1, 100]);
    scheduler.setSpeed('turbo');
    clock.advance(200);
    const before = hooks.reports.length;
    clock.runNext();
    expect(hooks.advances.slice(3)).toEqual(Array(12).fill(5));
    expect(hooks.reports.slice(before).map((r) => r.draw)).toEqual([false]);
    scheduler.setSpeed('10');
    clock.runNext();
    expect(hooks.advances.at(-1)).toBe(10);
    expect(hooks.reports.at(-1)?.draw).toBe(true);
  });

  it('setSpeed while paused does not start frames', () => {
    const { clock, scheduler } = setup('1');
    scheduler.setSpeed('100');
    expect(scheduler.playing).toBe(false);
    expect(clock.pending).toBe(0);
  });
});
