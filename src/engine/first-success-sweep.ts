// The scaling sweep of the Deep Sea demo (catalogue D1): for each agent and each size N, how many episodes until the
// goal is first reached, over a few seeds. Dithering needs about 2^N episodes, optimism a polynomial number, and the
// sweep draws both against N. Any demo whose env view reports `firstSuccess` can be swept, over any one control:
// the effective-horizon demo sweeps its maps (a select), its env reporting when the best goal is reached reliably.
//
// Each (agent, N) is an ordinary run (same seeds and streams as the page), advanced in chunks of episodes until every
// seed has succeeded or the budget is spent. A seed that never succeeds is censored at the budget; the median counts
// it as "more than the budget", so a point whose median is censored is reported as not reached.
import type { AnyDemo } from '../demos/demo-spec.ts';
import { createRun } from './run.ts';

/** A value of the swept control: a size N, or e.g. a map's name. */
export type SweepValue = number | string;

export interface SweepOptions {
  readonly agents: readonly string[];
  readonly sizes: readonly SweepValue[];
  /** Seeds (runs) per point. */
  readonly seeds: number;
  /** Episodes before a seed counts as not reaching the goal. */
  readonly maxEpisodes: number;
  /** Episodes between checks (smaller stops sooner after the last success; larger has less overhead). */
  readonly chunk?: number;
  /** The control swept (default 'size'). */
  readonly sizeKey?: string;
}

export interface SweepPoint {
  readonly agentId: string;
  readonly size: SweepValue;
  /** Per seed: the 1-based episode of the first success, or null if not within maxEpisodes. */
  readonly firstSuccess: readonly (number | null)[];
  /** The median over seeds, or null when at least half the seeds did not succeed within the budget. */
  readonly median: number | null;
}

/** Median of per-seed first-success episodes where null means "later than the budget" (sorts last). */
export function censoredMedian(values: readonly (number | null)[]): number | null {
  const sorted = [...values].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const n = sorted.length;
  if (n === 0) return null;
  const lo = sorted[Math.floor((n - 1) / 2)];
  const hi = sorted[Math.ceil((n - 1) / 2)];
  return lo === null || hi === null ? null : (lo + hi) / 2;
}

function firstSuccessOf(env: unknown): number | null {
  const value = (env as { firstSuccess?: unknown } | null)?.firstSuccess;
  return typeof value === 'number' ? value : null;
}

/** One point of the sweep: `agentId` at size `size`, run until every seed succeeds or the budget is spent. */
export function sweepPoint(
  demo: AnyDemo, params: Readonly<Record<string, unknown>>, seed: number, agentId: string, size: SweepValue, options: SweepOptions,
): SweepPoint {
  const chunk = options.chunk ?? 25;
  const run = createRun(demo, { ...params, [options.sizeKey ?? 'size']: size }, seed, { runs: options.seeds, agents: [agentId] });
  const found = (): (number | null)[] => Array.from({ length: options.seeds }, (_, r) => firstSuccessOf(run.view(agentId, r).env));
  let firstSuccess = found();
  for (let done = 0; done < options.maxEpisodes && firstSuccess.some((f) => f === null); done += chunk) {
    // runEpisodes takes the total to reach; it advances in chunks of steps, so it may overshoot (successes past
    // the budget are dropped below).
    run.runEpisodes(Math.min(done + chunk, options.maxEpisodes));
    firstSuccess = found();
  }
  run.dispose();
  // A success found inside the last chunk but after the budget does not count.
  firstSuccess = firstSuccess.map((f) => (f !== null && f <= options.maxEpisodes ? f : null));
  return { agentId, size, firstSuccess, median: censoredMedian(firstSuccess) };
}

/** Every point, agent by agent and size by size, yielded as it is computed (a worker posts each as progress). */
export function* firstSuccessSweep(
  demo: AnyDemo, params: Readonly<Record<string, unknown>>, seed: number, options: SweepOptions,
): Generator<SweepPoint> {
  for (const agentId of options.agents) {
    for (const size of options.sizes) yield sweepPoint(demo, params, seed, agentId, size, options);
  }
}
