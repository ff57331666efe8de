// A chart's data as CSV: x (1-based step, episode or sweep), then mean, lo and hi of each agent's 95% band, as
// recorded (not smoothed, not decimated), led by the agent's x metric for a chart against one. Shorter series
// leave empty cells. Pure.
import { seriesKey, type SeriesData } from '../../state/metrics-store.ts';
import type { ChartSpec } from '../../demos/demo-spec.ts';

/** RFC 4180 quoting: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const cell = (values: readonly number[], i: number): string =>
  i < values.length && Number.isFinite(values[i]) ? String(values[i]) : '';

export function seriesToCsv(
  chart: Pick<ChartSpec, 'metric' | 'x'>,
  agents: readonly { readonly id: string; readonly label: string }[],
  series: Readonly<Record<string, SeriesData>>,
): string {
  const columns = agents.flatMap((a) => {
    const s = series[seriesKey(a.id, chart.metric)];
    const xs = chart.x ? series[seriesKey(a.id, chart.x)] : undefined;
    return s ? [{ label: a.label, s, xs }] : [];
  });
  // Against another metric, each agent's x (its mean) leads its columns.
  const xColumn = (label: string) => (chart.x ? [`${label} ${chart.x}`] : []);
  const lines = [['x', ...columns.flatMap(({ label }) => [...xColumn(label), `${label} mean`, `${label} lo`, `${label} hi`])].map(csvField).join(',')];
  const length = Math.max(0, ...columns.map(({ s }) => s.mean.length));
  for (let i = 0; i < length; i++) {
    lines.push([String(i + 1), ...columns.flatMap(({ s, xs }) => [
      ...(chart.x ? [cell(xs?.mean ?? [], i)] : []), cell(s.mean, i), cell(s.lo, i), cell(s.hi, i),
    ])].join(','));
  }
  return lines.join('\n') + '\n';
}
