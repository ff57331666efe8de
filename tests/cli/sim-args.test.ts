// `npm run sim` argument parsing: presets, --set, lengths, and one clear line for each kind of mistake.
import { describe, expect, it } from 'vitest';
import { parseSimArgs, UsageError } from '../../src/cli/sim-args.ts';

describe('parseSimArgs', () => {
  it('reads agents, sets, runs, steps, seed and json', () => {
    const r = parseSimArgs(['ten-armed-testbed', '--agent', 'ucb1', '--agent', 'thompson', '--set', 'c=1.5', '--runs', '20',
      '--steps', '300', '--seed', '9', '--json']);
    expect(r.demo.id).toBe('ten-armed-testbed');
    expect(r.agents).toEqual(['ucb1', 'thompson']);
    expect(r.params).toEqual({ c: 1.5 });
    expect(r).toMatchObject({ runs: 20, length: { steps: 300 }, seed: 9, json: true });
  });

  it('reads --sweep as a range or a list of sizes', () => {
    expect(parseSimArgs(['deep-sea', '--sweep', '4-7']).sweep).toEqual([4, 5, 6, 7]);
    expect(parseSimArgs(['deep-sea', '--sweep', '4,8,12', '--episodes', '500']))
      .toMatchObject({ sweep: [4, 8, 12], length: { episodes: 500 } });
    expect(parseSimArgs(['deep-sea']).sweep).toBeUndefined();
    const maps = parseSimArgs(['effective-horizon', '--sweep', 'empty-5,lava-gap']);
    expect(maps.sweep).toEqual(['empty-5', 'lava-gap']);
    expect(maps.demo.sweepKey).toBe('world');
    expect(parseSimArgs(['effective-horizon', '--sweep', 'all']).sweep).toHaveLength(7);
  });

  it('reads --matrix as all dataset kinds or a list, and --write-dataset, for demos with datasets only', () => {
    expect(parseSimArgs(['offline-dataset-lab', '--matrix', 'all']).matrix).toEqual(['random', 'medium', 'expert', 'noisy-expert', 'mixed', 'replay', 'scripted', 'play', 'conservative']);
    expect(parseSimArgs(['offline-dataset-lab', '--matrix', 'expert,mixed']).matrix).toEqual(['expert', 'mixed']);
    expect(parseSimArgs(['offline-dataset-lab', '--write-dataset', 'd.json']).writeDataset).toBe('d.json');
    expect(() => parseSimArgs(['offline-dataset-lab', '--matrix', 'great'])).toThrow("--matrix: unknown dataset 'great'; datasets: random, medium, expert, noisy-expert, mixed, replay, scripted, play, conservative (or all)");
    expect(() => parseSimArgs(['deep-sea', '--matrix', 'all'])).toThrow(/--matrix needs a demo with datasets/);
    expect(parseSimArgs(['trajectory-stitching', '--write-dataset', 'corridors.json']).writeDataset).toBe('corridors.json');
    expect(() => parseSimArgs(['deep-sea', '--write-dataset', 'x.json']))
      .toThrow('--write-dataset needs a demo with datasets (offline-dataset-lab, trajectory-stitching, dataset-reweighting); deep-sea has none');
  });

  it('uses the demo’s default length and the preset’s agents, with --set winning over the preset', () => {
    const r = parseSimArgs(['ten-armed-testbed', '--set', 'alpha=0.2', '--preset', 'fig-2-3']);
    expect(r.length).toEqual({ steps: 1000 });
    expect(r.agents).toEqual(['optimistic-greedy', 'epsilon-greedy']);
    expect(r.params).toMatchObject({ alpha: 0.2, initialValue: 5 });
    expect(parseSimArgs(['cliff-walking']).length).toEqual({ episodes: 500 });
  });

  it.each([
    [[], /name a demo first; demos: ten-armed-testbed, bandit-lab, restless-bandits, deep-sea, curiosity-rnd, effective-horizon, go-explore, cliff-walking/],
    [['pong'], /unknown demo 'pong'; demos: ten-armed-testbed/],
    [['cliff-walking', '--agent', 'ucb1'], /unknown agent 'ucb1' for cliff-walking; agents: q-learning, sarsa, expected-sarsa/],
    [['cliff-walking', '--set', 'epsilom=0.1'], /unknown key 'epsilom' for cliff-walking; keys: epsilon, alpha, gamma/],
    [['cliff-walking', '--set', 'epsilon=0.9'], /epsilon must lie between 0 and 0.5, got 0.9/],
    [['cliff-walking', '--set', 'epsilon'], /--set needs key=value/],
    [['cliff-walking', '--runs', '0'], /--runs needs a whole number from 1 to 5000/],
    [['cliff-walking', '--episodes', '2.5'], /--episodes needs a whole number/],
    [['cliff-walking', '--steps', '10', '--episodes', '10'], /either --steps or --episodes/],
    [['cliff-walking', '--bogus'], /unknown flag '--bogus'; usage: npm run sim/],
    [['cliff-walking', '--seed'], /--seed needs a value/],
    [['ten-armed-testbed', '--episodes', '10'], /has no episodes .* use --steps/],
    [['cliff-walking', '--sweep', '4-6'], /--sweep needs a demo that reports first successes \(deep-sea, effective-horizon\); cliff-walking does not/],
    [['effective-horizon', '--sweep', 'empty-5,moon'], /--sweep: unknown map 'moon'; maps: empty-5, .*key-door \(or all\)/],
    [['deep-sea', '--sweep', '2-5'], /--sweep: size must lie between 4 and 40, got 2/],
    [['deep-sea', '--sweep', '4,,6'], /--sweep needs sizes like 4-20 or 4,8,12/],
    [['deep-sea', '--sweep', '4-6', '--steps', '10'], /--sweep takes --episodes/],
    [['frozen-lake', '--preset', 'nope'], /unknown preset 'nope' for frozen-lake; presets: sweeps, no-slip, undiscounted/],
    [['gridworld-playground', '--set', 'layout=S..#/..G'], /layout: row 2 has 3 cells but row 1 has 4/],
  ])('refuses %j with one clear line', (argv, message) => {
    expect(() => parseSimArgs(argv)).toThrow(UsageError);
    expect(() => parseSimArgs(argv)).toThrow(message);
  });
});

describe('sweepTable', () => {
  it('lists each agent’s median per size, with a dash where it did not succeed', async () => {
    const { sweepTable } = await import('../../src/cli/sim-output.ts');
    const table = sweepTable([
      { agentId: 'a', size: 4, firstSuccess: [3, 5, 7], median: 5 },
      { agentId: 'a', size: 6, firstSuccess: [null, null, 9], median: null },
    ], [4, 6], ['a'], { a: 'Agent A' }, 3, 100);
    expect(table.split('\n')).toEqual([
      'median episode of the first success over 3 seeds; — = not within 100 episodes',
      '',
      'agent    N=4  N=6',
      '-------  ---  ---',
      'Agent A    5    —',
    ]);
  });
});
