// The scripted IGE judge: a new (room, key) pair or a higher score there is progress, another square of an explored
// room is not; with error 1 every verdict flips; Go-Explore with the judge keeps a much smaller archive and still
// finds the treasure.
import { describe, expect, it } from 'vitest';
import { CellArchive } from '../../../../src/core/algorithms/go-explore/cell-archive.ts';
import { createScriptedJudge } from '../../../../src/core/algorithms/go-explore/scripted-judge.ts';
import { GoExplorePhase1 } from '../../../../src/core/algorithms/go-explore/go-explore-phase1.ts';
import { MontezumaLiteEnv, montezumaCell } from '../../../../src/core/envs/montezuma-lite/montezuma-lite-env.ts';
import { createRng } from '../../../../src/core/rng/rng.ts';

// States here are just numbers: room = state / 100, key = odd.
const describe3 = (state: number) => ({ room: Math.floor(state / 100), hasKey: state % 2 === 1 });

describe('scripted judge', () => {
  it('keeps progress and turns away more of the same', () => {
    const archive = new CellArchive();
    archive.visit('a', 2, 0.1, []);
    const judge = createScriptedJudge(describe3, 0, createRng(1));
    expect(judge(4, 0.1, archive)).toBe(false); // same room, no key, no better score
    expect(judge(4, 0.2, archive)).toBe(true); // a higher score there
    expect(judge(3, 0, archive)).toBe(true); // the key
    expect(judge(102, 0, archive)).toBe(true); // a new room
    const wrong = createScriptedJudge(describe3, 1, createRng(1));
    expect(wrong(4, 0.1, archive)).toBe(true);
    expect(wrong(102, 0, archive)).toBe(false);
    expect(() => createScriptedJudge(describe3, 1.5, createRng(1))).toThrow(RangeError);
  });

  it('shrinks Go-Explore’s archive on Montezuma-lite, which still finds the treasure', () => {
    const sizes = [false, true].map((judged) => {
      const env = new MontezumaLiteEnv();
      const judge = judged
        ? createScriptedJudge((s) => ({ room: env.layout.room[env.decode(s).cell], hasKey: env.decode(s).hasKey }), 0, createRng(9))
        : undefined;
      const go = new GoExplorePhase1(env, (s) => montezumaCell(env, s, 2, true), 4, createRng(2), undefined, judge);
      while ((go.archive.best()?.score ?? 0) < 1 && go.iterations < 3000) go.iterate();
      expect(go.archive.best()!.score).toBeGreaterThanOrEqual(1);
      if (judged) expect(go.rejected).toBeGreaterThan(100);
      return go.archive.size;
    });
    expect(sizes[1]).toBeLessThan(sizes[0] / 2);
  });
});
