// The run host: owns one Run and its Scheduler, obeys ToHost commands and posts FromHost frames. The same class
// serves inside the Web Worker and, as a fallback, on the main thread; it touches no DOM.
import { createRun, type Run } from '../run.ts';
import { findDemo } from '../../demos/registry.ts';
import { findControl, ParamsError } from '../../demos/control-spec.ts';
import { GridSpecError } from '../../core/envs/gridworld/grid-layout.ts';
import { Scheduler, type Clock } from '../scheduler.ts';
import { DEFAULT_SPEED } from '../speed.ts';
import { loadAgentFactories, needsLoading } from '../agent-factories.ts';
import { DivergenceError } from '../lane.ts';
import type { FromHost, RunConfig, ToHost } from './protocol.ts';

/** At most this much work per advance() call, spread over the lanes (cheap tabular steps). */
const TURBO_LANE_STEPS = 20_000;
/** A chunk of ticks should take about this long, so pause and sliders get through even with slow (neural) agents. */
const CHUNK_MS = 2;
/** A frame stops stepping after this long; the rest of its ticks are dropped ("up to N steps per frame"). */
const FRAME_BUDGET_MS = 40;

export class RunHost {
  private run: Run | null = null;
  private generation = 0;
  private watched = '';
  private rebuiltBy: string[] | undefined;
  private readonly scheduler: Scheduler;
  private loading: Promise<void> | null = null;
  private readonly waiting: ToHost[] = [];

  /** Measured milliseconds per tick of the current run (null until measured). */
  private msPerTick: number | null = null;

  constructor(private readonly post: (message: FromHost) => void, private readonly clock: Clock) {
    this.scheduler = new Scheduler({
      advance: (n) => this.guard(() => this.advance(n)),
      turboChunk: () => this.chunk(),
      report: (draw) => this.report(draw),
    }, clock, DEFAULT_SPEED);
  }

  /**
   * Obey a command. Commands are handled at once, in order; only a start whose agents must load their code first
   * (tfjs) waits for it, and the commands sent meanwhile wait behind it.
   */
  handle(message: ToHost): void {
    if (this.loading) {
      this.waiting.push(message);
      return;
    }
    if (message.type !== 'start') return this.handleNow(message);
    const demo = findDemo(message.config.demoId);
    if (!demo || !needsLoading(demo, message.config.agents)) return this.start(message.config);
    this.scheduler.pause();
    this.loading = loadAgentFactories(demo, message.config.agents)
      .then(() => null, (error: unknown) => (error instanceof Error ? error.message : String(error)))
      .then((problem) => {
        this.loading = null;
        if (needsLoading(demo, message.config.agents)) {
          this.refuse(`the code of ${demo.title}'s agents could not be loaded${problem ? ` (${problem})` : ''}`, true);
        }
        else this.start(message.config);
        const waiting = this.waiting.splice(0);
        for (const next of waiting) this.handle(next);
      });
  }

  /** Resolves once every command sent so far has been handled. */
  async settled(): Promise<void> {
    while (this.loading) await this.loading;
  }

  private handleNow(message: Exclude<ToHost, { type: 'start' }>): void {
    switch (message.type) {
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
      this.run = createRun(demo, config.params, config.seed, { runs: config.runs, agents: config.agents, dataset: config.dataset });
      this.msPerTick = null;
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
      this.msPerTick = null;
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

  /** Step n ticks in timed chunks, stopping early once the frame's budget is spent. */
  private advance(n: number): void {
    const run = this.run;
    if (!run) return;
    const start = this.clock.now();
    for (let done = 0; done < n;) {
      const k = Math.min(n - done, this.chunk());
      const t0 = this.clock.now();
      run.step(k);
      const ms = (this.clock.now() - t0) / k;
      this.msPerTick = this.msPerTick === null ? ms : 0.7 * this.msPerTick + 0.3 * ms;
      done += k;
      if (run.finished) {
        // Nothing is left to run (every planner has converged): stop playing, and say so in the frame.
        this.scheduler.pause();
        this.report(true);
        break;
      }
      if (this.clock.now() - start > FRAME_BUDGET_MS) break;
    }
  }

  /** Ticks per chunk: one until the cost is known, then about CHUNK_MS worth, within the lane budget. */
  private chunk(): number {
    const max = Math.max(1, Math.floor(TURBO_LANE_STEPS / this.laneCount()));
    if (this.msPerTick === null) return 1;
    if (this.msPerTick <= 0) return max;
    return Math.max(1, Math.min(max, Math.floor(CHUNK_MS / this.msPerTick)));
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
      if (error instanceof DivergenceError) {
        // Keep everything learned so far on the charts, then say what happened and what to try.
        this.report(false);
        const huber = this.run && findControl(this.run.demo.controls, 'huber') ? ', or turn on the Huber loss' : '';
        this.refuse(`Training diverged: ${error.message}. Try a lower learning rate${huber}; the curves up to here are kept.`, true);
        return;
      }
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
