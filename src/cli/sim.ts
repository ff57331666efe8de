// `npm run sim -- <demo-id> ...`: runs a demo headless in Node through the same engine as the page.
import { parseSimArgs, UsageError, USAGE } from './sim-args.ts';
import { createRun } from '../engine/run.ts';
import { DivergenceError } from '../engine/lane.ts';
import { loadAgentFactories } from '../engine/agent-factories.ts';
import { ParamsError, resolveParams } from '../demos/control-spec.ts';
import { writeFileSync } from 'node:fs';
import { offlineMatrix } from '../engine/offline-matrix.ts';
import { envStreamOf } from '../engine/run-streams.ts';
import { exportDataset } from '../core/data/dataset-file.ts';
import { transitionCount } from '../core/data/offline-dataset.ts';
import { GridSpecError } from '../core/envs/gridworld/grid-layout.ts';
import { collectResult, matrixTable, summaryTable, sweepTable } from './sim-output.ts';
import { firstSuccessSweep, type SweepPoint, type SweepValue } from '../engine/first-success-sweep.ts';
import type { SimRequest } from './sim-args.ts';

/** --sweep: episodes to the first success, per agent and size, over --runs seeds within --episodes. */
async function runSweepCommand(request: SimRequest, sizes: readonly SweepValue[]): Promise<number> {
  const { demo } = request;
  const agents = request.agents.length ? request.agents : demo.defaultAgents ?? demo.agents.map((a) => a.id);
  await loadAgentFactories(demo, agents);
  const maxEpisodes = 'episodes' in request.length ? request.length.episodes : 2000;
  const points: SweepPoint[] = [];
  const options = { agents, sizes, seeds: request.runs, maxEpisodes, sizeKey: demo.sweepKey };
  for (const point of firstSuccessSweep(demo, request.params, request.seed, options)) {
    points.push(point);
  }
  const labels = Object.fromEntries(demo.agents.map((a) => [a.id, a.label]));
  process.stdout.write(request.json
    ? `${JSON.stringify({ demo: demo.id, seed: request.seed, seeds: request.runs, maxEpisodes, params: request.params, points })}\n`
    : `${sweepTable(points, sizes, agents, labels, request.runs, maxEpisodes)}\n`);
  return 0;
}

/** --matrix: every agent trained on every listed dataset kind; the final normalised scores as a table. */
async function runMatrixCommand(request: SimRequest, datasets: readonly string[]): Promise<number> {
  const { demo } = request;
  const agents = request.agents.length ? request.agents : demo.defaultAgents ?? demo.agents.map((a) => a.id);
  await loadAgentFactories(demo, agents);
  const cells = [...offlineMatrix(demo, request.params, request.seed, { datasets, agents })];
  const labels = Object.fromEntries(demo.agents.map((a) => [a.id, a.label]));
  process.stdout.write(request.json
    ? `${JSON.stringify({ demo: demo.id, seed: request.seed, params: request.params, cells })}\n`
    : `${matrixTable(cells, datasets, agents, labels)}\n`);
  return 0;
}

/** --write-dataset: the dataset run 0 of this seed trains on, as the page's export writes it. */
function writeDatasetCommand(request: SimRequest, file: string): number {
  const env = request.demo.env(resolveParams(request.demo.controls, request.params), envStreamOf(request.seed, 0));
  if (!env.dataset) throw new UsageError(`${request.demo.id} has no dataset to write`);
  writeFileSync(file, exportDataset(env.dataset));
  process.stdout.write(`wrote ${transitionCount(env.dataset).toLocaleString('en')} transitions (${env.dataset.episodes.length} episodes) to ${file}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const request = parseSimArgs(argv);
    if (request.sweep) return await runSweepCommand(request, request.sweep);
    if (request.writeDataset !== undefined) return writeDatasetCommand(request, request.writeDataset);
    if (request.matrix) return await runMatrixCommand(request, request.matrix);
    await loadAgentFactories(request.demo, request.agents);
    const run = createRun(request.demo, request.params, request.seed, { runs: request.runs, agents: request.agents });
    const finished = run.runFor(request.length);
    const episodes = 'episodes' in request.length ? request.length.episodes : undefined;
    const result = collectResult(run, episodes);
    process.stdout.write(request.json ? `${JSON.stringify(result)}\n` : `${summaryTable(result)}\n`);
    if (!finished) process.stderr.write('warning: some runs hit the step cap before finishing their episodes\n');
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ParamsError || error instanceof GridSpecError) {
      process.stderr.write(`sim: ${error.message}\n`);
      return 2;
    }
    if (error instanceof DivergenceError) {
      process.stderr.write(`sim: training diverged: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
