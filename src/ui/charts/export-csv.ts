// A chart's data as CSV: x (1-based step, episode or sweep), then mean, lo and hi of each agent's 95% band, as
// recorded (not smoothed, not decimated). Shorter series leave empty cells. Pure.
import { seriesKey, type SeriesData } from '../../state/metrics-store.ts';
import type { ChartSpec } from '../../demos/demo-spec.ts';

/** RFC 4180 quoting: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const cell = (values: readonly number[], i: number): string =>
  i < values.length && Number.isFinite(values[i]) ? String(values[i]) : '';

export function seriesToCsv(
  chart: Pick<ChartSpec, 'metric'>,
  agents: readonly { readonly id: string; readonly label: string }[],
  series: Readonly<Record<string, SeriesData>>,
): string {
  const columns = agents.flatMap((a) => {
    const s = series[seriesKey(a.id, chart.metric)];
    return s ? [{ label: a.label, s }] : [];
  });
  const lines = [['x', ...columns.flatMap(({ label }) => [`${label} mean`, `${label} lo`, `${label} hi`])].map(csvField).join(',')];
  const length = Math.max(0, ...columns.map(({ s }) => s.mean.length));
  for (let i = 0; i < length; i++) {
    lines.push([String(i + 1), ...columns.flatMap(({ s }) => [cell(s.mean, i), cell(s.lo, i), cell(s.hi, i)])].join(','));
  }
  return lines.join('\n') + '\n';
}
