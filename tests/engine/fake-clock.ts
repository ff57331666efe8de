// A manual Clock for scheduler and run-host tests: time moves only when a test (or a hook) moves it, and pending
// timeouts wait in a queue until the test runs them.
import type { Clock } from '../../src/engine/scheduler.ts';

interface Timer {
  readonly id: number;
  readonly due: number;
  readonly fn: () => void;
}

export class FakeClock implements Clock {
  time = 0;
  /** Milliseconds that pass each time now() is read: makes work inside a turbo slice "take time". */
  msPerRead = 0;
  private nextId = 1;
  private timers: Timer[] = [];

  now(): number {
    const time = this.time;
    this.time += this.msPerRead;
    return time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { id: this.nextId++, due: this.time + ms, fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  advance(ms: number): void {
    this.time += ms;
  }

  get pending(): number {
    return this.timers.length;
  }

  /** Run the earliest pending timeout, moving time forward to when it is due; false when none is pending. */
  runNext(): boolean {
    if (this.timers.length === 0) return false;
    let next = this.timers[0];
    for (const t of this.timers) if (t.due < next.due) next = t;
    this.timers = this.timers.filter((t) => t !== next);
    this.time = Math.max(this.time, next.due);
    next.fn();
    return true;
  }

  /** Run n timeouts in order (fewer if the queue empties); returns how many ran. */
  run(n: number): number {
    let ran = 0;
    while (ran < n && this.runNext()) ran++;
    return ran;
  }
}
