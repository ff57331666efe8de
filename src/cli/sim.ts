// `npm run sim -- <demo-id> ...`: runs a demo headless in Node through the same engine as the page.
import { parseSimArgs, UsageError, USAGE } from './sim-args.ts';
import { createRun } from '../engine/run.ts';
import { loadAgentFactories } from '../engine/agent-factories.ts';
import { ParamsError } from '../demos/control-spec.ts';
import { GridSpecError } from '../core/envs/gridworld/grid-layout.ts';
import { collectResult, summaryTable } from './sim-output.ts';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const request = parseSimArgs(argv);
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
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
