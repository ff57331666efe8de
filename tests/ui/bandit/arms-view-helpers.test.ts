// Helpers of the arms view: the value axis, the Beta posterior curve, the screen-reader summary, number formats.
import { describe, it, expect } from 'vitest';
import { armsAxisValues, valueDomain, niceStep } from '../../../src/ui/bandit/value-domain.ts';
import { betaCurve } from '../../../src/ui/bandit/beta-curve.ts';
import { armsSummary } from '../../../src/ui/bandit/arms-summary.ts';
import { asBanditView } from '../../../src/ui/bandit/as-bandit-view.ts';
import { formatCount, formatValue } from '../../../src/ui/bandit/bandit-format.ts';

describe('valueDomain', () => {
  it('rounds out to nice steps and ignores infinite values (unpulled UCB arms)', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(0.22)).toBe(0.25);
    expect(niceStep(3)).toBe(5);
    expect(valueDomain([-1.3, 0.2, 1.7, Infinity, -Infinity, NaN])).toEqual({ lo: -2, hi: 2, ticks: [-2, -1, 0, 1, 2] });
  });

  it('widens a narrow or empty range to the minimum span', () => {
    expect(valueDomain([0.5, 0.5])).toEqual({ lo: 0, hi: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(valueDomain([], 1, 4)).toEqual({ lo: 0, hi: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('holds estimates and revealed truths in full but cuts whiskers at half their spread beyond them', () => {
    // Estimates −1..3 (spread 4, reach 2): the ±10 whisker of arm 0 is cut to −3, arm 1's +0.5 stays.
    expect(armsAxisValues([-1, 3], [10, 0.5])).toEqual([-1, 3, -3, 5, 2.5, 3.5]);
    // An unpulled UCB arm (infinite bonus) reaches at least 1 beyond; truths count in the core.
    expect(armsAxisValues([0, 0], [Infinity, 1], [4])).toEqual([0, 0, 4, -2, 6, -1, 1]);
    expect(armsAxisValues([0.2], undefined, [0.5])).toEqual([0.2, 0.5]);
  });
});

describe('betaCurve', () => {
  it('is flat for Beta(1, 1) and peaks at the mode of Beta(2, 2)', () => {
    expect(betaCurve(1, 1, 5).map((p) => p.density)).toEqual([1, 1, 1, 1, 1]);
    const curve = betaCurve(2, 2, 5);
    expect(curve.map((p) => p.x)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    // x(1 − x) / 0.25: 0, 0.75, 1, 0.75, 0.
    const densities = curve.map((p) => p.density);
    [0, 0.75, 1, 0.75, 0].forEach((d, i) => expect(densities[i]).toBeCloseTo(d, 6));
  });

  it('stays where the mass is for a sharp posterior', () => {
    const curve = betaCurve(300, 100);
    expect(curve[0].x).toBeGreaterThan(0.6);
    expect(curve[curve.length - 1].x).toBeLessThan(0.9);
    expect(Math.max(...curve.map((p) => p.density))).toBeCloseTo(1, 1);
  });
});

describe('armsSummary', () => {
  const truth = { kind: 'bandit' as const, means: [0.1, 1.5, -0.3], optimalArm: 1, rewardModel: 'gaussian' as const };

  it('names the most pulled arm and keeps the truth hidden until revealed', () => {
    const pulls = Float64Array.from([3, 1, 412]);
    expect(armsSummary({ agentLabel: 'UCB', arms: 3, pulls, truth, reveal: false })).toBe('UCB, 3 arms; most pulled: arm 3 (412 pulls of 416)');
    expect(armsSummary({ arms: 3, pulls, truth, reveal: true })).toBe('3 arms; most pulled: arm 3 (412 pulls of 416); best arm: 2 (true value 1.50)');
    expect(armsSummary({ arms: 3, reveal: false })).toBe('3 arms; no pulls yet');
  });
});

describe('asBanditView and formats', () => {
  it('accepts only bandit views', () => {
    expect(asBanditView({ kind: 'bandit', means: [1], optimalArm: 0, rewardModel: 'gaussian' })).not.toBeNull();
    expect(asBanditView({ kind: 'grid' })).toBeNull();
    expect(asBanditView(null)).toBeNull();
  });

  it('formats values and counts', () => {
    expect(formatValue(-1.234)).toBe('−1.23');
    expect(formatValue(-0.001)).toBe('0.00');
    expect(formatValue(Infinity)).toBe('∞');
    expect(formatCount(412)).toBe('412');
    expect(formatCount(1234)).toBe('1.2k');
    expect(formatCount(123456)).toBe('123k');
    expect(formatCount(2_500_000)).toBe('2.5M');
  });
});
