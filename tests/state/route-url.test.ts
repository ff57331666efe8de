// The page part of the URL, read without the demos' full specs: which page a hash shows, and the notice for a link to
// nothing. (experiment-url.test.ts covers the rest of a demo link.)
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../src/state/route-url.ts';

describe('parseRoute', () => {
  it('reads the home, papers, paper, coverage and demo pages', () => {
    expect(parseRoute('')).toEqual({ route: { page: 'home' }, query: '', notices: [] });
    expect(parseRoute('#/')).toMatchObject({ route: { page: 'home' }, notices: [] });
    expect(parseRoute('#/papers')).toMatchObject({ route: { page: 'papers' }, notices: [] });
    expect(parseRoute('#/papers/go-explore')).toMatchObject({ route: { page: 'paper', paperId: 'go-explore' } });
    expect(parseRoute('#/coverage')).toMatchObject({ route: { page: 'coverage' } });
    expect(parseRoute('#/demos/restless-bandits?preset=whittle-wins&seed=3')).toEqual({
      route: { page: 'demo', demoId: 'restless-bandits' }, query: 'preset=whittle-wins&seed=3', notices: [],
    });
  });

  it('sends a link to an unknown page or demo home, saying why', () => {
    expect(parseRoute('#/nowhere/at/all')).toEqual({
      route: { page: 'home' }, query: '', notices: ['There is no page at “#/nowhere/at/all”; here is the home page.'],
    });
    expect(parseRoute('#/demos/no-such-demo?seed=2')).toEqual({
      route: { page: 'home' }, query: '', notices: ['There is no demo called “no-such-demo”; here are all the demos.'],
    });
    // A broken percent-escape is read as it is, not thrown.
    expect(parseRoute('#/demos/%E0%A4%A')).toMatchObject({ route: { page: 'home' } });
  });

  it('formats every route back to the hash it came from', () => {
    for (const hash of ['#/', '#/papers', '#/papers/sequoia', '#/coverage', '#/demos/bandit-lab']) {
      expect(formatRoute(parseRoute(hash).route)).toBe(hash);
    }
  });
});
