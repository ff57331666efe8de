// Sticky actions: the first step after reset or restore does what was asked; afterwards the previous action is
// repeated with probability p (measured over many steps); p = 0 never sticks; a bad p is refused.
import { describe, expect, it } from 'vitest';
import { StickyActions } from '../../../../src/core/envs/wrappers/sticky-actions.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

/** A world that records the actions it was given. */
function recorder() {
  const taken: number[] = [];
  return {
    taken,
    env: {
      reset: () => 0,
      restore: (state: number) => state,
      step: (action: number) => {
        taken.push(action);
        return { obs: 0, reward: 0, terminated: false };
      },
    },
  };
}

describe('StickyActions', () => {
  it('repeats the previous action with probability p, never on the first step', () => {
    const { env, taken } = recorder();
    const sticky = new StickyActions(env, 0.25, createRng(1));
    let sticks = 0;
    let steps = 0;
    for (let episode = 0; episode < 400; episode++) {
      if (episode % 2 === 0) sticky.reset();
      else sticky.restore(5);
      let previous = 0;
      for (let t = 0; t < 11; t++) {
        const asked = (previous + 1) % 4; // never the previous action, so a stuck step shows
        sticky.step(asked);
        const got = taken[taken.length - 1];
        if (t === 0) expect(got).toBe(asked);
        else {
          steps++;
          if (got !== asked) {
            expect(got).toBe(previous);
            sticks++;
          }
        }
        previous = got;
      }
    }
    // 4,000 chances at p = 0.25: the share lies within ±0.03 (about 4 standard errors).
    expect(Math.abs(sticks / steps - 0.25)).toBeLessThan(0.03);
  });

  it('never sticks at p = 0 and refuses p outside [0, 1)', () => {
    const { env, taken } = recorder();
    const sticky = new StickyActions(env, 0, createRng(2));
    sticky.reset();
    const asked = Array.from({ length: 50 }, (_, i) => i % 4);
    for (const a of asked) sticky.step(a);
    expect(taken).toEqual(asked);
    expect(() => new StickyActions(env, 1, createRng(2))).toThrow(RangeError);
    expect(() => new StickyActions(env, -0.1, createRng(2))).toThrow(RangeError);
  });
});
