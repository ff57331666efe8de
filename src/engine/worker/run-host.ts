// The run host: owns one Run and its Scheduler, obeys ToHost commands and posts FromHost frames. The same class
// serves inside the Web Worker and, as a fallback, on the main thread; it touches no DOM.
import { createRun, type Run } from '../run.ts';
import { findDemo } from '../../demos/registry.ts';
import { ParamsError } from '../../demos/control-spec.ts';
import { GridSpecError } from '../../core/envs/gridworld/grid-layout.ts';
import { Scheduler, type Clock } from '../scheduler.ts';
import { DEFAULT_SPEED } from '../speed.ts';
import type { FromHost, RunConfig, ToHost } from './protocol.ts';

/** Work per turbo advance() call, spread over the lanes so one call stays around a millisecond. */
const TURBO_LANE_STEPS = 20_000;

export class RunHost {
  private run: Run | null = null;
  private generation = 0;
  private watched = '';
  private rebuiltBy: string[] | undefined;
  private readonly scheduler: Scheduler;

  constructor(private readonly post: (message: FromHost) => void, clock: Clock) {
    this.scheduler = new Scheduler({
      advance: (n) => this.guard(() => this.run?.step(n)),
      turboChunk: () => Math.max(1, Math.floor(TURBO_LANE_STEPS / this.laneCount())),
      report: (draw) => this.report(draw),
    }, clock, DEFAULT_SPEED);
  }

  handle(message: ToHost): void {
    switch (message.type) {
      case 'start': this.start(message.config); break;
      case 'play':
        if (!this.run) return;
        this.scheduler.setSpeed(message.speed);
        this.scheduler.play();
        this.report(true);
        break;
      case 'pause':
        this.scheduler.pause();
        this.report(true);
        break;
      case 'step':
        this.scheduler.pause();
        this.guard(() => this.run?.step(1));
        this.report(true);
        break;
      case 'set-speed': this.scheduler.setSpeed(message.speed); break;
      case 'set-params': this.setParams(message.params); break;
      case 'watch':
        this.watched = message.agentId;
        this.report(true);
        break;
    }
  }

  private start(config: RunConfig): void {
    this.scheduler.pause();
    this.run?.dispose();
    this.run = null;
    const demo = findDemo(config.demoId);
    if (!demo) return this.refuse(`unknown demo '${config.demoId}'`, true);
    try {
      this.run = createRun(demo, config.params, config.seed, { runs: config.runs, agents: config.agents });
    } catch (error) {
      return this.refuse(messageOf(error), true);
    }
    this.generation++;
    if (!this.run.agentIds.includes(this.watched)) this.watched = this.run.agentIds[0];
    this.report(true);
  }

  private setParams(params: RunConfig['params']): void {
    const run = this.run;
    if (!run) return;
    const before = { ...run.params };
    let rebuilt: boolean;
    try {
      rebuilt = run.setParams(params).rebuilt;
    } catch (error) {
      return this.refuse(messageOf(error), false);
    }
    if (rebuilt) {
      this.generation++;
      this.rebuiltBy = Object.keys(run.params).filter((key) => run.params[key] !== before[key]);
    }
    this.report(true);
  }

  private report(draw: boolean): void {
    const run = this.run;
    if (!run) return;
    const frame: FromHost = {
      type: 'frame',
      generation: this.generation,
      playing: this.scheduler.playing,
      snapshot: run.snapshot(),
      updates: run.takeUpdates(),
      ...(draw && { view: { agentId: this.watched, ...run.view(this.watched) } }),
      ...(this.rebuiltBy && { rebuiltBy: this.rebuiltBy }),
    };
    this.rebuiltBy = undefined;
    this.post(frame);
  }

  private laneCount(): number {
    return this.run ? this.run.runs * this.run.agentIds.length : 1;
  }

  /** An exception while stepping stops the run and is reported; the page keeps its settings. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.scheduler.pause();
      this.refuse(`the run stopped: ${messageOf(error)}`, true);
    }
  }

  private refuse(message: string, fatal: boolean): void {
    this.post({ type: 'error', message, fatal });
  }
}

function messageOf(error: unknown): string {
  if (error instanceof ParamsError || error instanceof GridSpecError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
