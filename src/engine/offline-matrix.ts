// The datasets × algorithms matrix of the offline lab (catalogue D7): each compared learner trained on each kind of
// dataset (every other setting, gradient steps included, as on the page), one cell at a time, with the dataset's
// TQ and SACo and the learner's final normalised score. The CLI and the page's worker both run it from here.
import type { AnyDemo } from '../demos/demo-spec.ts';
import type { Params } from '../demos/control-spec.ts';
import { createRun } from './run.ts';

export interface MatrixCell {
  readonly dataset: string;
  readonly agentId: string;
  readonly tq: number;
  readonly saco: number;
  /** Mean normalised score over the last evaluations (the last 10%, at least one). */
  readonly score: number;
}

export interface MatrixOptions {
  readonly datasets: readonly string[];
  readonly agents: readonly string[];
}

/** Mean of the last 10% of the finite values (at least one). */
function finalLevel(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return NaN;
  const tail = finite.slice(-Math.max(1, Math.ceil(finite.length / 10)));
  return tail.reduce((a, b) => a + b, 0) / tail.length;
}

/** Yields one cell per (dataset, agent), datasets in the outer loop. The agents' code must be loaded. */
export function* offlineMatrix(demo: AnyDemo, params: Params, seed: number, options: MatrixOptions): Generator<MatrixCell> {
  for (const dataset of options.datasets) {
    for (const agentId of options.agents) {
      const run = createRun(demo, { ...params, dataset }, seed, { agents: [agentId] });
      try {
        // Planners stop once converged: the point budget is only a bound.
        run.runEpisodes(1_000_000);
        const first = (key: 'dataset/tq' | 'dataset/saco') => run.series(agentId, key).mean[0] ?? NaN;
        yield { dataset, agentId, tq: first('dataset/tq'), saco: first('dataset/saco'), score: finalLevel(run.series(agentId, 'eval/normalized-score').mean) };
      } finally {
        run.dispose();
      }
    }
  }
}
