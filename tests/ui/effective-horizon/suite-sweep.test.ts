// The suite sweep's dots: each point at its map's min-k, reached ones at their median, misses on the budget line,
// maps whose min-k is unknown left out.
import { describe, expect, it } from 'vitest';
import { suiteDots } from '../../../src/ui/effective-horizon/suite-sweep.tsx';

describe('suiteDots', () => {
  it('places reached maps at their median and misses on the budget line', () => {
    const minK = { 'empty-5': 1, 'lava-gap': 5, 'key-door': null } as Record<string, number | null>;
    const { reached, missed } = suiteDots([
      { agentId: 'q', size: 'empty-5', firstSuccess: [20, 21, 19], median: 20 },
      { agentId: 'q', size: 'lava-gap', firstSuccess: [null, null, 70], median: null },
      { agentId: 'q', size: 'key-door', firstSuccess: [5, 5, 5], median: 5 },
    ], (w) => minK[w], 1000);
    expect(reached.get('q')).toEqual([{ minK: 1, episodes: 20, map: 'empty-5' }]);
    expect(missed.get('q')).toEqual([{ minK: 5, episodes: 1000, map: 'lava-gap' }]);
  });
});
