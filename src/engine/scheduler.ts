// Paces a run: a frame clock at ~60 Hz that advances `ticksPerFrame` ticks per frame, or, in turbo, as many ticks
// as fit in a time slice, yielding between slices so commands (pause, a slider) get through. No DOM: it runs in a
// worker, on the main thread, and in Node tests alike.
import { findSpeed, type SpeedId } from './speed.ts';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const FRAME_MS = 1000 / 60;
/** Turbo steps for this long, then yields. */
const TURBO_SLICE_MS = 12;
/** In turbo a frame (counters and chart points) goes out this often. */
const TURBO_REPORT_MS = 100;

export interface SchedulerHooks {
  /** Advance the run by n ticks. */
  advance(n: number): void;
  /** Ticks one call of advance costs little enough to repeat inside a turbo slice. */
  turboChunk(): number;
  /** Publish progress; `draw` is false in turbo. */
  report(draw: boolean): void;
}

export class Scheduler {
  private handle: unknown = null;
  private speed: SpeedId;
  private owed = 0;
  private lastReport = 0;

  constructor(private readonly hooks: SchedulerHooks, private readonly clock: Clock, speed: SpeedId) {
    this.speed = speed;
  }

  get playing(): boolean {
    return this.handle !== null;
  }

  setSpeed(speed: SpeedId): void {
    this.speed = speed;
    this.owed = 0;
  }

  play(): void {
    if (this.playing) return;
    this.owed = 0;
    this.schedule(0);
  }

  pause(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  private schedule(ms: number): void {
    this.handle = this.clock.setTimeout(() => this.frame(), ms);
  }

  private frame(): void {
    const ticksPerFrame = findSpeed(this.speed)?.ticksPerFrame ?? 1;
    if (ticksPerFrame === Infinity) {
      const end = this.clock.now() + TURBO_SLICE_MS;
      const chunk = this.hooks.turboChunk();
      // advance() may pause (the run finished): then stop at once.
      do this.hooks.advance(chunk); while (this.handle !== null && this.clock.now() < end);
      if (this.clock.now() - this.lastReport >= TURBO_REPORT_MS) {
        this.lastReport = this.clock.now();
        this.hooks.report(false);
      }
      if (this.handle !== null) this.schedule(0);
      return;
    }
    // Fractional speeds accumulate until a whole tick is owed (with a little slack for rounding: ten 0.1s sum to
    // 0.999…, which must still make one tick).
    this.owed += ticksPerFrame;
    const ticks = Math.floor(this.owed + 1e-9);
    this.owed -= ticks;
    if (ticks > 0) {
      this.hooks.advance(ticks);
      this.hooks.report(true);
    }
    if (this.handle !== null) this.schedule(FRAME_MS);
  }
}
