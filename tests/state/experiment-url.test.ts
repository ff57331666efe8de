// The URL is the experiment: routes, defaults, presets, every kind of bad value (each falls back with a notice that
// names the setting, never a throw), short links that omit defaults, and format ∘ parse round trips.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEED, MAX_SEED, defaultExperiment, formatExperiment, formatRoute, parseLocation, type Experiment, type Route,
} from '../../src/state/experiment-url.ts';
import { DEMOS, findDemo } from '../../src/demos/registry.ts';
import { defaultParams } from '../../src/demos/control-spec.ts';
import { MAX_RUNS } from '../../src/engine/run.ts';

const testbed = findDemo('ten-armed-testbed')!;
const playground = findDemo('gridworld-playground')!;
const allTestbedAgents = testbed.agents.map((a) => a.id);

/** The experiment of a demo URL (fails the test when the URL did not open the demo). */
function experimentOf(hash: string): { experiment: Experiment; notices: readonly string[] } {
  const parsed = parseLocation(hash);
  expect(parsed.route.page).toBe('demo');
  expect(parsed.experiment).not.toBeNull();
  return { experiment: parsed.experiment!, notices: parsed.notices };
}

describe('parseLocation routes', () => {
  it.each(['', '#', '#/', '#//'])('%j is the home page, without notices', (hash) => {
    expect(parseLocation(hash)).toEqual({ route: { page: 'home' }, experiment: null, notices: [] });
  });

  it('reads the papers list and a paper page', () => {
    expect(parseLocation('#/papers')).toEqual({ route: { page: 'papers' }, experiment: null, notices: [] });
    expect(parseLocation('#/papers/go-explore')).toEqual({ route: { page: 'paper', paperId: 'go-explore' }, experiment: null, notices: [] });
    expect(parseLocation('#/papers?q=entropy&theme=bandits')).toEqual({ route: { page: 'papers' }, experiment: null, notices: [] });
    expect(parseLocation('#/coverage')).toEqual({ route: { page: 'coverage' }, experiment: null, notices: [] });
  });

  it.each(['#/nowhere', '#/coverage/x', '#/papers/go-explore/extra', '#/demos', '#/demos/cliff-walking/extra'])(
    'an unknown page %j opens the home page with a notice naming it',
    (hash) => {
      const parsed = parseLocation(hash);
      expect(parsed.route).toEqual({ page: 'home' });
      expect(parsed.experiment).toBeNull();
      expect(parsed.notices).toHaveLength(1);
      expect(parsed.notices[0]).toContain(hash.slice(1));
    },
  );

  it('an unknown demo opens the home page with a notice naming it', () => {
    const parsed = parseLocation('#/demos/mountain-car?seed=3');
    expect(parsed.route).toEqual({ page: 'home' });
    expect(parsed.experiment).toBeNull();
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toContain('mountain-car');
  });

  it('decodes percent-encoded path segments', () => {
    expect(parseLocation('#/demos/cliff%2Dwalking').route).toEqual({ page: 'demo', demoId: 'cliff-walking' });
  });
});

describe('parseLocation defaults and presets', () => {
  it('a demo without a query gets its defaults, including its default runs', () => {
    const { experiment, notices } = experimentOf('#/demos/ten-armed-testbed');
    expect(notices).toEqual([]);
    expect(experiment).toEqual({
      demoId: 'ten-armed-testbed', params: defaultParams(testbed.controls), seed: DEFAULT_SEED, runs: 100,
      agents: allTestbedAgents, presetId: null,
    });
    expect(experiment.params.epsilon).toBe(0.1);
    expect(experiment.params.arms).toBe(10);
  });

  it('uses the demo’s default agents and one run when it declares no default runs', () => {
    const { experiment } = experimentOf('#/demos/gridworld-playground');
    expect(experiment.agents).toEqual(['q-learning', 'dyna-q']);
    expect(experiment.runs).toBe(1);
    expect(experiment.params.layout).toBe('');
  });

  it.each(DEMOS.map((d) => d.id))('the bare URL of %s parses to its default experiment', (id) => {
    const { experiment, notices } = experimentOf(`#/demos/${id}`);
    expect(notices).toEqual([]);
    expect(experiment).toEqual(defaultExperiment(findDemo(id)!));
  });

  it('a preset applies its agents and params', () => {
    const { experiment, notices } = experimentOf('#/demos/ten-armed-testbed?preset=fig-2-3');
    expect(notices).toEqual([]);
    expect(experiment.presetId).toBe('fig-2-3');
    expect(experiment.agents).toEqual(['optimistic-greedy', 'epsilon-greedy']);
    expect(experiment.params).toMatchObject({ alpha: 0.1, initialValue: 5, epsilon: 0.1 });
    expect(experiment.runs).toBe(100);
  });

  it('a preset’s params differ from the defaults where it says so, and the URL can still override them', () => {
    const fig25 = experimentOf('#/demos/ten-armed-testbed?preset=fig-2-5').experiment;
    expect(fig25.params.qStarMean).toBe(4);
    expect(fig25.agents).toEqual(['gradient-bandit']);
    const overridden = experimentOf('#/demos/ten-armed-testbed?qStarMean=-1&preset=fig-2-2&agents=ucb1').experiment;
    expect(overridden.params).toMatchObject({ alpha: 0, epsilon: 0.1, qStarMean: -1 });
    expect(overridden.agents).toEqual(['ucb1']);
  });

  it('an unknown preset gives the defaults and a notice naming it', () => {
    const { experiment, notices } = experimentOf('#/demos/ten-armed-testbed?preset=fig-9-9');
    expect(experiment).toEqual(defaultExperiment(testbed));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('fig-9-9');
  });

  it('reads good values of every kind', () => {
    const { experiment, notices } = experimentOf('#/demos/frozen-lake?map=8x8&slippery=false&gamma=0.9&seed=0&runs=5000');
    expect(notices).toEqual([]);
    expect(experiment.params).toMatchObject({ map: '8x8', slippery: false, gamma: 0.9 });
    expect(experiment.seed).toBe(0);
    expect(experiment.runs).toBe(MAX_RUNS);
    expect(experimentOf(`#/demos/frozen-lake?seed=${MAX_SEED}`).experiment.seed).toBe(MAX_SEED);
  });
});

describe('parseLocation bad values', () => {
  // [demo, query, key (or word) the notice must name, field that keeps its default]
  const cases: [string, string, string[]][] = [
    ['ten-armed-testbed', 'epsilon=abc', ['ε (exploration rate)', 'epsilon', 'abc']],
    ['ten-armed-testbed', 'epsilon=', ['epsilon']],
    ['ten-armed-testbed', 'epsilon=0.9', ['epsilon', '0.5']],
    ['ten-armed-testbed', 'epsilon=-0.1', ['epsilon']],
    ['ten-armed-testbed', 'arms=3.5', ['Arms (k)', 'arms', 'whole number']],
    ['ten-armed-testbed', 'arms=Infinity', ['arms']],
    ['frozen-lake', 'map=16x16', ['Map', 'map', '16x16', '4x4, 8x8']],
    ['frozen-lake', 'slippery=maybe', ['Slippery', 'slippery', 'maybe']],
    ['ten-armed-testbed', 'baseline=yes', ['baseline', 'yes']],
    ['gridworld-playground', 'layout=S..%23%2F..G', ['Drawn map', 'layout']],
    ['gridworld-playground', 'layout=S..%2F...', ['layout', 'goal']],
    ['gridworld-playground', 'goalRewards=17', ['goalRewards', '17']],
  ];

  it.each(cases)('%s?%s falls back to the default with a notice naming the setting', (id, query, words) => {
    const demo = findDemo(id)!;
    const { experiment, notices } = experimentOf(`#/demos/${id}?${query}`);
    expect(experiment).toEqual(defaultExperiment(demo));
    expect(notices).toHaveLength(1);
    for (const word of words) expect(notices[0]).toContain(word);
    const key = query.split('=')[0];
    const fallback = demo.controls.find((c) => c.key === key)!.default;
    expect(notices[0]).toContain(`default (${String(fallback) || 'none'})`);
  });

  it('an unknown setting is ignored with a notice naming it', () => {
    const { experiment, notices } = experimentOf('#/demos/cliff-walking?temperature=3&epsilon=0.2');
    expect(experiment.params).toEqual({ ...defaultParams(findDemo('cliff-walking')!.controls), epsilon: 0.2 });
    expect(experiment.params).not.toHaveProperty('temperature');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('temperature');
  });

  it.each(['-4', '1.5', '99999999999', String(MAX_SEED + 1), 'abc', '', '1e3'])('seed=%j keeps the default seed, with a notice', (raw) => {
    const { experiment, notices } = experimentOf(`#/demos/cliff-walking?seed=${raw}`);
    expect(experiment.seed).toBe(DEFAULT_SEED);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/seed/);
    expect(notices[0]).toContain(`“${raw}”`);
  });

  it.each(['0', '6000', String(MAX_RUNS + 1), '2.5', '-1', 'many'])('runs=%j keeps the default runs, with a notice', (raw) => {
    const { experiment, notices } = experimentOf(`#/demos/ten-armed-testbed?runs=${raw}`);
    expect(experiment.runs).toBe(100);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/runs/);
    expect(notices[0]).toContain(`“${raw}”`);
  });

  it('unknown agents are left out with a notice naming each of them', () => {
    const { experiment, notices } = experimentOf('#/demos/ten-armed-testbed?agents=ucb1,sarsa,thompson,dqn');
    expect(experiment.agents).toEqual(['ucb1', 'thompson']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('sarsa');
    expect(notices[0]).toContain('dqn');
    expect(notices[0]).not.toContain('ucb1');
  });

  it('when every agent is unknown the default agents are kept', () => {
    const { experiment, notices } = experimentOf('#/demos/gridworld-playground?agents=sarsa-lambda');
    expect(experiment.agents).toEqual(['q-learning', 'dyna-q']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('sarsa-lambda');
  });

  it('repeated agents are kept once, without a notice', () => {
    const { experiment, notices } = experimentOf('#/demos/ten-armed-testbed?agents=ucb1,ucb1,greedy');
    expect(experiment.agents).toEqual(['ucb1', 'greedy']);
    expect(notices).toEqual([]);
  });

  it('a bad value under a preset falls back to the preset’s value, and the notice says which value is used', () => {
    const { experiment, notices } = experimentOf('#/demos/ten-armed-testbed?preset=fig-2-2&alpha=fast');
    expect(experiment.params.alpha).toBe(0);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('alpha');
    expect(notices[0]).toMatch(/; 0 is used\.$/);
    expect(notices[0]).not.toContain('0.1');
  });

  it('reports every bad setting of one link, and keeps the good ones', () => {
    const { experiment, notices } = experimentOf('#/demos/ten-armed-testbed?epsilon=2&c=1.5&seed=-4&runs=0&bogus=1&agents=nobody,greedy');
    expect(experiment).toEqual({ ...defaultExperiment(testbed), params: { ...defaultParams(testbed.controls), c: 1.5 }, agents: ['greedy'] });
    expect(notices).toHaveLength(5);
  });

  it.each([
    '#/demos/ten-armed-testbed?epsilon=%E0%A4%A',
    '#/demos/ten-armed-testbed?%zz=1',
    '#/demos/ten-armed-testbed?agents=%E0%A4%A',
    '#/demos/ten-armed-testbed?seed=%',
    '#/demos/gridworld-playground?layout=%E0%A4%A',
  ])('malformed percent-encoding in %j does not throw and falls back with a notice', (hash) => {
    const { experiment, notices } = experimentOf(hash);
    expect(experiment).toEqual(defaultExperiment(findDemo(experiment.demoId)!));
    expect(notices).toHaveLength(1);
  });

  it.each(['#/demos/%E0%A4%A', '#/%', '#/papers/%E0'])('malformed percent-encoding in the path %j does not throw', (hash) => {
    expect(() => parseLocation(hash)).not.toThrow();
  });

  it('a malformed demo id is an unknown demo', () => {
    const parsed = parseLocation('#/demos/%E0%A4%A');
    expect(parsed.route).toEqual({ page: 'home' });
    expect(parsed.notices[0]).toContain('%E0%A4%A');
  });
});

describe('formatExperiment', () => {
  it.each(DEMOS.map((d) => d.id))('a default %s experiment formats to just its path', (id) => {
    expect(formatExperiment(defaultExperiment(findDemo(id)!))).toBe(`#/demos/${id}`);
  });

  it('writes only what differs from the defaults', () => {
    const hash = formatExperiment({ ...defaultExperiment(testbed), seed: 7, params: { ...defaultParams(testbed.controls), c: 1 } });
    const query = new URLSearchParams(hash.split('?')[1]);
    expect([...query.keys()].sort()).toEqual(['c', 'seed']);
    expect(query.get('c')).toBe('1');
    expect(query.get('seed')).toBe('7');
  });

  it('writes a preset by name, and only what differs from it', () => {
    const { experiment } = experimentOf('#/demos/ten-armed-testbed?preset=fig-2-3');
    expect(formatExperiment(experiment)).toBe('#/demos/ten-armed-testbed?preset=fig-2-3');
    // The default alpha (0.1) differs from fig-2-2's alpha (0), so it must be written.
    const fig22 = experimentOf('#/demos/ten-armed-testbed?preset=fig-2-2&alpha=0.1').experiment;
    expect(fig22.params.alpha).toBe(0.1);
    expect(new URLSearchParams(formatExperiment(fig22).split('?')[1]).get('alpha')).toBe('0.1');
  });

  it('an unknown demo formats to the home page', () => {
    expect(formatExperiment({ ...defaultExperiment(testbed), demoId: 'nope' })).toBe('#/');
  });
});

describe('formatExperiment ∘ parseLocation round trips', () => {
  it.each([
    '#/demos/ten-armed-testbed',
    '#/demos/ten-armed-testbed?seed=7&runs=20&epsilon=0.05&agents=thompson,greedy',
    '#/demos/ten-armed-testbed?preset=fig-2-2&alpha=0.1&baseline=false',
    '#/demos/ten-armed-testbed?preset=fig-2-4&agents=greedy,ucb1,thompson&seed=0&runs=1',
    '#/demos/ten-armed-testbed?arms=2&qStarMean=-4.5&gradientAlpha=0.37',
    '#/demos/frozen-lake?map=8x8&slippery=off&alpha=0.003',
    '#/demos/cliff-walking?agents=sarsa&gamma=0.9&seed=2147483647',
    '#/demos/gridworld-playground?map=four-rooms&exploration=softmax&temperature=0.05&planningSteps=50',
    '#/demos/gridworld-playground?layout=S.%23.%2F..%23G&goalRewards=7:5',
    // Bad values parse to their fallbacks; the fallbacks round-trip too.
    '#/demos/ten-armed-testbed?epsilon=2&seed=-4&runs=6000&agents=nobody&preset=none',
  ])('%s', (hash) => {
    const { experiment } = experimentOf(hash);
    const formatted = formatExperiment(experiment);
    const again = parseLocation(formatted);
    expect(again.notices).toEqual([]);
    expect(again.experiment).toEqual(experiment);
    expect(formatExperiment(again.experiment!)).toBe(formatted);
  });

  it('a drawn map with # and / survives the round trip', () => {
    const layout = 'S.#./..#G';
    const experiment: Experiment = { ...defaultExperiment(playground), params: { ...defaultParams(playground.controls), layout } };
    const formatted = formatExperiment(experiment);
    // The map's '#' must not start a second fragment nor its '/' a new path segment.
    expect(formatted.indexOf('#', 1)).toBe(-1);
    expect(formatted.split('?')[0]).toBe('#/demos/gridworld-playground');
    const { experiment: parsed, notices } = experimentOf(formatted);
    expect(notices).toEqual([]);
    expect(parsed.params.layout).toBe(layout);
    expect(parsed).toEqual(experiment);
  });

  it('non-default text with characters a query treats specially survives', () => {
    const goalRewards = '7:-2.5, 3:1';
    const experiment: Experiment = {
      ...defaultExperiment(playground),
      params: { ...defaultParams(playground.controls), layout: 'S..G/....', goalRewards },
    };
    expect(experimentOf(formatExperiment(experiment)).experiment).toEqual(experiment);
  });
});

describe('formatRoute', () => {
  const routes: [Route, string][] = [
    [{ page: 'home' }, '#/'],
    [{ page: 'papers' }, '#/papers'],
    [{ page: 'paper', paperId: 'go-explore' }, '#/papers/go-explore'],
    [{ page: 'coverage' }, '#/coverage'],
    [{ page: 'demo', demoId: 'cliff-walking' }, '#/demos/cliff-walking'],
  ];

  it.each(routes)('%j formats to %s and parses back', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseLocation(hash).route).toEqual(route);
  });
});

describe('a hand-typed second "?"', () => {
  it('stays part of the query instead of being dropped', () => {
    const parsed = parseLocation('#/demos/cliff-walking?epsilon=0.2?x');
    expect(parsed.notices.join(' ')).toContain('0.2?x');
  });
});
