// The SQIRL scatter's pairs: per other learner, the maps both swept, misses at the budget on either axis.
import { describe, expect, it } from 'vitest';
import { sqirlPairs } from '../../../src/ui/effective-horizon/sqirl-scatter.tsx';

describe('sqirlPairs', () => {
  it('pairs each other learner’s median with SQIRL’s on the same map', () => {
    const pairs = sqirlPairs([
      { agentId: 'sqirl', size: 'empty-5', firstSuccess: [40, 41, 39], median: 40 },
      { agentId: 'sqirl', size: 'lava-gap', firstSuccess: [null, null, 70], median: null },
      { agentId: 'q-learning', size: 'empty-5', firstSuccess: [20, 21, 19], median: 20 },
      { agentId: 'q-learning', size: 'lava-gap', firstSuccess: [300, 310, 290], median: 300 },
      // No SQIRL point on this map yet: no pair.
      { agentId: 'q-learning', size: 'key-door', firstSuccess: [5, 5, 5], median: 5 },
    ], 1000);
    expect([...pairs.keys()]).toEqual(['q-learning']);
    expect(pairs.get('q-learning')).toEqual([
      { map: 'empty-5', sqirl: 40, other: 20 },
      { map: 'lava-gap', sqirl: 1000, other: 300 },
    ]);
  });
});
