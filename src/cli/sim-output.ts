// What `npm run sim` prints: the JSON document for scripts, or a readable summary table.
import type { SweepPoint, SweepValue } from '../engine/first-success-sweep.ts';
import type { Run } from '../engine/run.ts';
import { METRIC_CATALOGUE, isCataloguedMetric } from '../core/metrics/metric-catalogue.ts';
import type { MetricKey } from '../core/metrics/metric-key.ts';
import type { MatrixCell } from '../engine/offline-matrix.ts';

export interface SimResult {
  readonly demo: string;
  readonly seed: number;
  readonly runs: number;
  readonly params: Record<string, unknown>;
  readonly agents: readonly {
    readonly id: string;
    readonly label: string;
    /** What one point of the series is: a step, an episode, or a planner's sweep. */
    readonly x: 'step' | 'episode' | 'sweep';
    readonly series: Record<string, number[]>;
  }[];
}

export function collectResult(run: Run, episodes?: number): SimResult {
  return {
    demo: run.demo.id,
    seed: run.seed,
    runs: run.runs,
    params: { ...run.params },
    agents: run.progress().map((agent) => {
      const series: Record<string, number[]> = {};
      for (const metric of agent.metrics) {
        const mean = run.series(agent.id, metric).mean;
        // Lanes may finish a chunk past the asked-for episode count; report exactly that many.
        series[metric] = episodes !== undefined && agent.kind === 'learner' ? mean.slice(0, episodes) : mean;
      }
      return { id: agent.id, label: agent.label, x: agent.kind === 'planner' ? 'sweep' : run.demo.x, series };
    }),
  };
}

/** Mean of the finite values among the last 10% of points (a gap is an episode without an update). */
function tail(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const n = Math.max(1, Math.ceil(values.length / 10));
  const finite = values.slice(-n).filter(Number.isFinite);
  return finite.length === 0 ? NaN : finite.reduce((a, b) => a + b, 0) / finite.length;
}

function format(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return Math.abs(value) >= 1000 ? value.toFixed(0) : value.toPrecision(4);
}

/** One row per agent; per metric the mean over the last 10% of points (the final level) and the point count. */
export function summaryTable(result: SimResult): string {
  // A metric none of the agents reported (e.g. another world's) would be a column of dashes: it is left out.
  const metrics = ([...new Set(result.agents.flatMap((a) => Object.keys(a.series)))] as MetricKey[])
    .filter((m) => result.agents.some((a) => a.series[m]?.some(Number.isFinite)));
  const label = (m: MetricKey) => (isCataloguedMetric(m) ? METRIC_CATALOGUE[m].label : m);
  const header = ['agent', 'points', ...metrics.map(label)];
  const rows = result.agents.map((a) => [
    a.label,
    `${Math.max(0, ...Object.values(a.series).map((s) => s.length))} ${a.x}s`,
    ...metrics.map((m) => (a.series[m] ? format(tail(a.series[m])) : '')),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const params = Object.entries(result.params).map(([k, v]) => `${k}=${v === '' ? '""' : v}`).join(' ');
  return [
    `${result.demo} · seed ${result.seed} · ${result.runs} run${result.runs > 1 ? 's' : ''} · ${params}`,
    'final level = mean of the last 10% of points (gaps skipped), averaged over runs',
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

/** The sweep as a table: one row per agent, one column per size (or map), each cell the median first-success episode. */
export function sweepTable(
  points: readonly SweepPoint[], sizes: readonly SweepValue[], agents: readonly string[], labels: Readonly<Record<string, string>>,
  seeds: number, maxEpisodes: number,
): string {
  const header = ['agent', ...sizes.map((n) => (typeof n === 'number' ? `N=${n}` : n))];
  const rows = agents.map((id) => [
    labels[id] ?? id,
    ...sizes.map((n) => {
      const median = points.find((p) => p.agentId === id && p.size === n)?.median;
      return median === null || median === undefined ? '—' : String(median);
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `median episode of the first success over ${seeds} seed${seeds > 1 ? 's' : ''}; — = not within ${maxEpisodes} episodes`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

/** The datasets × algorithms matrix: one row per dataset with its TQ and SACo, one column per agent's final score. */
export function matrixTable(
  cells: readonly MatrixCell[], datasets: readonly string[], agents: readonly string[], labels: Readonly<Record<string, string>>,
): string {
  const header = ['dataset', 'TQ', 'SACo', ...agents.map((id) => labels[id] ?? id)];
  const rows = datasets.map((dataset) => {
    const row = cells.filter((c) => c.dataset === dataset);
    return [
      dataset, format(row[0]?.tq ?? NaN), format(row[0]?.saco ?? NaN),
      ...agents.map((id) => { const score = row.find((c) => c.agentId === id)?.score; return score === undefined ? '' : format(score); }),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    'normalised score (random 0, expert 100): mean of the last 10% of evaluations',
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}
