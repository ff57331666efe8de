// The run host obeys ToHost commands and posts FromHost frames: start, step, live and rebuilding params, refused
// values, fatal errors, watch, play/pause on a fake clock, and a live map edit in the gridworld playground.
import { describe, expect, it } from 'vitest';
import { RunHost } from '../../src/engine/worker/run-host.ts';
import type { FromHost, RunConfig } from '../../src/engine/worker/protocol.ts';
import { DYNA_MAZE } from '../../src/core/envs/gridworld/grid-presets.ts';
import { Cell } from '../../src/core/envs/gridworld/grid-layout.ts';
import type { GridView } from '../../src/core/envs/gridworld/gridworld-env.ts';
import type { BanditView } from '../../src/core/envs/bandits/bandit-env.ts';
import { FakeClock } from './fake-clock.ts';

type Frame = Extract<FromHost, { type: 'frame' }>;
type ErrorMessage = Extract<FromHost, { type: 'error' }>;

function setup() {
  const clock = new FakeClock();
  const posted: FromHost[] = [];
  const host = new RunHost((m) => posted.push(m), clock);
  const frames = () => posted.filter((m): m is Frame => m.type === 'frame');
  const errors = () => posted.filter((m): m is ErrorMessage => m.type === 'error');
  const last = (): FromHost => {
    expect(posted.length).toBeGreaterThan(0);
    return posted[posted.length - 1];
  };
  const lastFrame = (): Frame => {
    const message = last();
    if (message.type !== 'frame') throw new Error(`expected a frame, got ${JSON.stringify(message)}`);
    return message;
  };
  return { clock, posted, host, frames, errors, last, lastFrame };
}

const config = (demoId: string, extra: Partial<RunConfig> = {}): RunConfig => ({
  demoId, params: {}, seed: 1, runs: 1, agents: [], ...extra,
});

describe('RunHost start and step', () => {
  it("'start' posts one paused frame with generation 1 and the first agent's view", () => {
    const { host, posted, lastFrame } = setup();
    host.handle({ type: 'start', config: config('cliff-walking', { agents: ['sarsa', 'q-learning'] }) });
    expect(posted).toHaveLength(1);
    const frame = lastFrame();
    expect(frame.generation).toBe(1);
    expect(frame.playing).toBe(false);
    expect(frame.snapshot.ticks).toBe(0);
    expect(frame.snapshot.demoId).toBe('cliff-walking');
    expect(frame.rebuiltBy).toBeUndefined();
    expect(frame.view?.agentId).toBe('sarsa');
    expect((frame.view?.env as GridView).kind).toBe('grid');
    expect(frame.view?.agent.kind).toBe('tabular');
  });

  it('a second start bumps the generation', () => {
    const { host, lastFrame } = setup();
    host.handle({ type: 'start', config: config('cliff-walking') });
    host.handle({ type: 'start', config: config('cliff-walking', { seed: 2 }) });
    expect(lastFrame().generation).toBe(2);
    expect(lastFrame().snapshot.seed).toBe(2);
  });

  it("'step' advances exactly one tick and carries the new points", () => {
    const { host, lastFrame } = setup();
    host.handle({ type: 'start', config: config('ten-armed-testbed', { agents: ['greedy'] }) });
    host.handle({ type: 'step' });
    const first = lastFrame();
    expect(first.snapshot.ticks).toBe(1);
    expect(first.playing).toBe(false);
    expect(first.generation).toBe(1);
    const reward1 = first.updates.find((u) => u.metric === 'bandit/reward');
    expect(reward1).toMatchObject({ agentId: 'greedy', start: 0 });
    expect(reward1?.summary.mean).toHaveLength(1);

    host.handle({ type: 'step' });
    const second = lastFrame();
    expect(second.snapshot.ticks).toBe(2);
    const reward2 = second.updates.find((u) => u.metric === 'bandit/reward');
    expect(reward2?.start).toBe(1);
    expect(reward2?.summary.mean).toHaveLength(1);
    // Every step metric of the demo got its point.
    expect(second.updates.map((u) => u.metric).sort()).toEqual(['bandit/optimal-action', 'bandit/regret', 'bandit/reward']);
  });

  it('does nothing for commands before a run exists', () => {
    const { host, posted } = setup();
    host.handle({ type: 'step' });
    host.handle({ type: 'play', speed: '10' });
    host.handle({ type: 'set-params', params: { epsilon: 0.2 } });
    expect(posted).toEqual([]);
  });
});

describe('RunHost params', () => {
  it('a live change keeps the generation and leaves a marker', () => {
    const { host, lastFrame } = setup();
    host.handle({ type: 'start', config: config('cliff-walking', { agents: ['q-learning'] }) });
    host.handle({ type: 'step' });
    host.handle({ type: 'step' });
    host.handle({ type: 'set-params', params: { epsilon: 0.3 } });
    const frame = lastFrame();
    expect(frame.generation).toBe(1);
    expect(frame.rebuiltBy).toBeUndefined();
    expect(frame.snapshot.ticks).toBe(2);
    expect(frame.snapshot.params.epsilon).toBe(0.3);
    expect(frame.snapshot.markers).toEqual([expect.objectContaining({ tick: 2, key: 'epsilon', value: 0.3 })]);
  });

  it('a non-live change rebuilds: new generation, rebuiltBy names the control, once', () => {
    const { host, lastFrame } = setup();
    host.handle({ type: 'start', config: config('ten-armed-testbed', { agents: ['greedy'] }) });
    host.handle({ type: 'step' });
    host.handle({ type: 'set-params', params: { arms: 4 } });
    const frame = lastFrame();
    expect(frame.generation).toBe(2);
    expect(frame.rebuiltBy).toEqual(['arms']);
    expect(frame.snapshot.ticks).toBe(0);
    expect((frame.view?.env as BanditView).means).toHaveLength(4);
    host.handle({ type: 'step' });
    expect(lastFrame().generation).toBe(2);
    expect(lastFrame().rebuiltBy).toBeUndefined();
  });

  it('a refused value posts a non-fatal error and the run keeps its params and progress', () => {
    const { host, posted, last, lastFrame } = setup();
    host.handle({ type: 'start', config: config('cliff-walking') });
    host.handle({ type: 'step' });
    const count = posted.length;
    host.handle({ type: 'set-params', params: { epsilon: 9 } });
    expect(posted).toHaveLength(count + 1);
    expect(last()).toEqual({ type: 'error', fatal: false, message: expect.stringMatching(/epsilon/) });
    host.handle({ type: 'step' });
    const frame = lastFrame();
    expect(frame.snapshot.params.epsilon).toBe(0.1);
    expect(frame.snapshot.ticks).toBe(2);
    expect(frame.generation).toBe(1);
  });

  it('an unknown demo posts a fatal error', () => {
    const { host, posted } = setup();
    host.handle({ type: 'start', config: config('no-such-demo') });
    expect(posted).toEqual([{ type: 'error', fatal: true, message: expect.stringMatching(/no-such-demo/) }]);
  });

  it('an env that cannot be built posts a fatal error with the map problem, and no frame', () => {
    const { host, posted } = setup();
    host.handle({ type: 'start', config: config('gridworld-playground', { params: { goalRewards: '0:5' } }) });
    expect(posted).toEqual([{ type: 'error', fatal: true, message: expect.stringMatching(/not a goal/) }]);
    // The failed start left no run behind: further commands post nothing.
    host.handle({ type: 'step' });
    expect(posted).toHaveLength(1);
  });

  it('a failed start after a good one drops the old run', () => {
    const { host, posted } = setup();
    host.handle({ type: 'start', config: config('cliff-walking') });
    host.handle({ type: 'start', config: config('cliff-walking', { agents: ['nobody'] }) });
    expect(posted.at(-1)).toMatchObject({ type: 'error', fatal: true });
    const count = posted.length;
    host.handle({ type: 'step' });
    expect(posted).toHaveLength(count);
  });
});

describe('RunHost watch, play and pause', () => {
  it("'watch' switches the agent whose view the frames carry", () => {
    const { host, lastFrame } = setup();
    host.handle({ type: 'start', config: config('cliff-walking') });
    expect(lastFrame().view?.agentId).toBe('q-learning');
    host.handle({ type: 'step' });
    host.handle({ type: 'watch', agentId: 'expected-sarsa' });
    expect(lastFrame().view?.agentId).toBe('expected-sarsa');
    host.handle({ type: 'step' });
    expect(lastFrame().view?.agentId).toBe('expected-sarsa');
  });

  it("'play' advances on the clock's frames with playing true, 'pause' stops it", () => {
    const { host, clock, frames, lastFrame } = setup();
    host.handle({ type: 'start', config: config('ten-armed-testbed', { agents: ['ucb1'] }) });
    host.handle({ type: 'play', speed: '10' });
    expect(lastFrame().playing).toBe(true);
    expect(lastFrame().snapshot.ticks).toBe(0);
    clock.run(3);
    expect(lastFrame().snapshot.ticks).toBe(30);
    expect(lastFrame().playing).toBe(true);
    expect(lastFrame().view?.agentId).toBe('ucb1');
    // The points of the three frames arrive once each, in order.
    const starts = frames().flatMap((f) => f.updates.filter((u) => u.metric === 'bandit/reward').map((u) => [u.start, u.summary.mean.length]));
    expect(starts).toEqual([[0, 10], [10, 10], [20, 10]]);

    host.handle({ type: 'pause' });
    expect(lastFrame().playing).toBe(false);
    const count = frames().length;
    expect(clock.run(20)).toBe(0);
    expect(frames()).toHaveLength(count);
    expect(lastFrame().snapshot.ticks).toBe(30);
  });

  it.each(['10', 'turbo'] as const)('stops playing by itself once every planner has converged (speed %s)', async (speed) => {
    const { host, clock, lastFrame } = setup();
    host.handle({ type: 'start', config: config('frozen-lake', { agents: ['value-iteration'] }) });
    await host.settled();
    host.handle({ type: 'play', speed });
    clock.msPerRead = speed === 'turbo' ? 0.01 : 0;
    clock.run(400);
    expect(lastFrame().playing).toBe(false);
    expect(clock.pending).toBe(0);
    const ticks = lastFrame().snapshot.ticks;
    // Value iteration on the slippery 4×4 lake converges after a few hundred sweeps (400 frames could make 4,000
    // ticks at speed 10), and no tick is counted after that.
    expect(ticks).toBeGreaterThan(2);
    expect(ticks).toBeLessThan(1000);
    host.handle({ type: 'step' });
    expect(lastFrame().snapshot.ticks).toBe(ticks);
  });

  it("'step' while playing pauses the run", () => {
    const { host, clock, lastFrame } = setup();
    host.handle({ type: 'start', config: config('ten-armed-testbed', { agents: ['ucb1'] }) });
    host.handle({ type: 'play', speed: '10' });
    clock.run(1);
    host.handle({ type: 'step' });
    expect(lastFrame()).toMatchObject({ playing: false, snapshot: { ticks: 11 } });
    expect(clock.run(5)).toBe(0);
  });

  it('turbo frames carry no view', () => {
    const { host, clock, frames } = setup();
    host.handle({ type: 'start', config: config('ten-armed-testbed', { agents: ['greedy'] }) });
    host.handle({ type: 'play', speed: 'turbo' });
    const count = frames().length;
    clock.advance(500);
    // Each read of the clock is 20 ms later: one advance fills the 12 ms turbo slice.
    clock.msPerRead = 20;
    clock.runNext();
    host.handle({ type: 'pause' });
    const turbo = frames().slice(count, -1);
    expect(turbo.length).toBeGreaterThan(0);
    expect(turbo.every((f) => f.view === undefined)).toBe(true);
    expect(turbo.at(-1)?.snapshot.ticks).toBeGreaterThan(0);
  });
});

describe('RunHost live map edits (gridworld playground)', () => {
  const wallAt = { row: 5, col: 0 };
  const edited = DYNA_MAZE.rows.map((row, r) =>
    r === wallAt.row ? `${row.slice(0, wallAt.col)}#${row.slice(wallAt.col + 1)}` : row);

  it('a same-size layout is swapped in live: same generation, the wall shows in the next view', () => {
    expect(DYNA_MAZE.rows[wallAt.row][wallAt.col]).toBe('.');
    const { host, lastFrame } = setup();
    host.handle({ type: 'start', config: config('gridworld-playground') });
    for (let i = 0; i < 5; i++) host.handle({ type: 'step' });
    const before = lastFrame();
    const index = wallAt.row * DYNA_MAZE.rows[0].length + wallAt.col;
    expect((before.view?.env as GridView).layout.cells[index]).toBe(Cell.floor);

    host.handle({ type: 'set-params', params: { layout: edited.join('/') } });
    const after = lastFrame();
    expect(after.generation).toBe(before.generation);
    expect(after.rebuiltBy).toBeUndefined();
    expect(after.snapshot.ticks).toBe(5);
    expect(after.snapshot.markers.map((m) => m.key)).toEqual(['layout']);
    const layout = (after.view?.env as GridView).layout;
    expect(layout.cells[index]).toBe(Cell.wall);
    expect([layout.width, layout.height]).toEqual([9, 6]);
  });

  it('a layout of another size rebuilds the run', () => {
    const { host, lastFrame } = setup();
    host.handle({ type: 'start', config: config('gridworld-playground') });
    for (let i = 0; i < 5; i++) host.handle({ type: 'step' });
    host.handle({ type: 'set-params', params: { layout: 'S.#./..#G' } });
    const frame = lastFrame();
    expect(frame.generation).toBe(2);
    expect(frame.rebuiltBy).toEqual(['layout']);
    expect(frame.snapshot.ticks).toBe(0);
    const layout = (frame.view?.env as GridView).layout;
    expect([layout.width, layout.height]).toEqual([4, 2]);
  });
});
