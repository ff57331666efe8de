// The sim command end to end, as a user runs it: JSON with the documented shape and the engine's exact numbers,
// a readable table, and exit code 2 with one line (never a stack trace) on a wrong flag.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRun } from '../../src/engine/run.ts';
import { findDemo } from '../../src/demos/registry.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDataset } from '../../src/core/data/dataset-file.ts';
import { resolveParams } from '../../src/demos/control-spec.ts';
import { envStreamOf } from '../../src/engine/run-streams.ts';

function sim(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run sim', () => {
  it('prints the documented JSON, equal to what the engine computes for the same seed', () => {
    const out = sim('ten-armed-testbed', '--agent', 'ucb1', '--agent', 'greedy', '--runs', '5', '--steps', '50', '--seed', '3', '--json');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(['demo', 'seed', 'runs', 'params', 'agents']);
    expect(json).toMatchObject({ demo: 'ten-armed-testbed', seed: 3, runs: 5, params: { arms: 10, c: 2 } });
    expect(json.agents.map((a: { id: string }) => a.id)).toEqual(['ucb1', 'greedy']);
    const run = createRun(findDemo('ten-armed-testbed')!, {}, 3, { runs: 5, agents: ['ucb1', 'greedy'] });
    run.step(50);
    expect(json.agents[0].series['bandit/regret']).toEqual(run.series('ucb1', 'bandit/regret').mean);
    expect(json.agents[1].series['bandit/optimal-action']).toHaveLength(50);
  });

  it('reports exactly the asked-for number of episodes', () => {
    const out = sim('cliff-walking', '--episodes', '7', '--json');
    const json = JSON.parse(out.stdout);
    for (const agent of json.agents) {
      expect(agent.x).toBe('episode');
      expect(agent.series['episode/return']).toHaveLength(7);
    }
  });

  it('prints a readable summary table by default', () => {
    const out = sim('frozen-lake', '--agent', 'value-iteration', '--episodes', '2000');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('frozen-lake · seed 1 · 1 run');
    expect(out.stdout).toMatch(/Value iteration\s+\d+ sweeps\s+0\.5420/);
  });

  it('exits with code 2 and one line on a wrong flag', () => {
    const out = sim('cliff-walking', '--set', 'alpha=7');
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toEqual(['sim: alpha must lie between 0.01 and 1, got 7']);
  });

  it('writes the dataset a run trains on, which imports back as that dataset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-sandbox-'));
    const file = join(dir, 'expert.json');
    const out = sim('offline-dataset-lab', '--set', 'dataset=expert', '--set', 'datasetSize=600', '--seed', '4', '--write-dataset', file);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^wrote 600 transitions \(30 episodes\) to /);
    const imported = importDataset(readFileSync(file, 'utf8'));
    const expected = findDemo('offline-dataset-lab')!.env(
      resolveParams(findDemo('offline-dataset-lab')!.controls, { dataset: 'expert', datasetSize: 600 }), envStreamOf(4, 0)).dataset;
    expect(imported).toEqual({ ok: true, dataset: expected });
  });

  it('writes the stitching demo’s two-corridor data too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-sandbox-'));
    const file = join(dir, 'corridors.json');
    const out = sim('trajectory-stitching', '--set', 'episodesA=20', '--set', 'episodesB=10', '--set', 'actionNoise=0', '--write-dataset', file);
    expect(out.status).toBe(0);
    // Noiseless routes: 12 moves from the start to the prize, 8 from the side entrance to the goal.
    expect(out.stdout).toMatch(/^wrote 320 transitions \(30 episodes\) to /);
    const imported = importDataset(readFileSync(file, 'utf8'));
    expect(imported.ok && imported.dataset.meta.behaviour).toBe('two-corridors');
  });

  it('prints the datasets × algorithms matrix', () => {
    const out = sim('offline-dataset-lab', '--agent', 'bc', '--matrix', 'expert,random', '--set', 'gradientSteps=1000', '--set', 'datasetSize=1000');
    expect(out.status).toBe(0);
    const rows = out.stdout.trim().split('\n');
    expect(rows[2]).toMatch(/^dataset\s+TQ\s+SACo\s+BC$/);
    // BC clones expert data (TQ 1) and learns nothing from random walks that never reach the goal (TQ 0).
    const score = (row: string) => Number(row.trim().split(/\s+/).at(-1));
    expect(rows[4]).toMatch(/^expert\s+1\.000/);
    expect(score(rows[4]!)).toBeGreaterThan(90);
    expect(rows[5]).toMatch(/^random/);
    expect(score(rows[5]!)).toBeLessThan(5);
  }, 60_000);
});
