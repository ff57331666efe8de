// Linear ε schedule: start at t = 0, halfway at t = duration/2, end from t = duration on.
import { describe, it, expect } from 'vitest';
import { linearSchedule } from '../../../../src/core/agents/neural/linear-schedule.ts';

describe('linearSchedule', () => {
  it('falls linearly from start to end, then stays', () => {
    expect(linearSchedule(1, 0.1, 100, 0)).toBe(1);
    // 1 + (0.1 − 1)·50/100 = 0.55
    expect(linearSchedule(1, 0.1, 100, 50)).toBeCloseTo(0.55, 12);
    expect(linearSchedule(1, 0.1, 100, 100)).toBe(0.1);
    expect(linearSchedule(1, 0.1, 100, 1e6)).toBe(0.1);
  });

  it('a zero duration means the end value from the start', () => {
    expect(linearSchedule(1, 0.05, 0, 0)).toBe(0.05);
  });
});
