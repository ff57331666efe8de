// How a chart names its axes and writes its numbers: x is a step, an episode or a sweep; y is the metric's label and
// unit from the catalogue; fractions ('bandit/optimal-action') read as 0–100%.
import { METRIC_CATALOGUE, isCataloguedMetric, type MetricInfo } from '../../core/metrics/metric-catalogue.ts';
import type { MetricKey } from '../../core/metrics/metric-key.ts';
import type { ChartAgent } from './chart-agent.ts';

export function metricInfo(metric: MetricKey): MetricInfo {
  return isCataloguedMetric(metric) ? METRIC_CATALOGUE[metric] : { label: metric, unit: '', meaning: '', per: 'episode' };
}

export const isPercentMetric = (metric: MetricKey): boolean => metricInfo(metric).unit === 'fraction';

/** A per-step chart puts markers at the tick; the others at each agent's episode (or sweep) count. */
export function isPerStepChart(agents: readonly Pick<ChartAgent, 'per'>[]): boolean {
  return agents.length > 0 && agents.every((a) => a.per === 'step');
}

/** What one x position is called in the tooltip: "Step", "Episode", "Sweep" or "Episode / sweep". */
export function xPointName(agents: readonly Pick<ChartAgent, 'per'>[]): string {
  const per = new Set(agents.map((a) => a.per));
  if (per.size === 0 || (per.size === 1 && per.has('step'))) return 'Step';
  if (per.size === 1 && per.has('sweep')) return 'Sweep';
  if (per.size === 1) return 'Episode';
  if (per.has('step')) return [...per].map((p) => p[0].toUpperCase() + p.slice(1)).join(' / ');
  return 'Episode / sweep';
}

/** The x-axis title: "Step", "Episode", "Sweep", or "Episode (planners: sweep)" when learners and planners mix. */
export function xAxisLabel(agents: readonly Pick<ChartAgent, 'per'>[]): string {
  const per = new Set(agents.map((a) => a.per));
  if (per.size === 2 && per.has('episode') && per.has('sweep')) return 'Episode (planners: sweep)';
  return xPointName(agents);
}

/** The y-axis title: the metric's label, with its unit unless it is a percentage or repeats the label. */
export function yAxisLabel(metric: MetricKey): string {
  const { label, unit } = metricInfo(metric);
  const redundant = unit === '' || unit.toLowerCase() === label.toLowerCase();
  return isPercentMetric(metric) || redundant ? label : `${label} (${unit})`;
}

const precise = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });

/** A value in the tooltip: 4 significant digits, or a percentage with one decimal. */
export function formatValue(value: number, metric: MetricKey): string {
  if (!Number.isFinite(value)) return '—';
  return isPercentMetric(metric) ? `${(value * 100).toFixed(1)}%` : precise.format(value);
}

/** A y-axis tick: compact ("1.2K"), or a whole percentage. */
export function formatTick(value: number, metric: MetricKey): string {
  if (!Number.isFinite(value)) return '';
  return isPercentMetric(metric) ? `${Math.round(value * 100)}%` : compact.format(value);
}

/** An x-axis tick (a step, episode or sweep count): compact ("100K"). */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? compact.format(value) : '';
}

/** Ticks of a logarithmic x axis: 1, 2, 5, 10, 20, 50, … up to `max`. */
export function logAxisTicks(max: number): number[] {
  const ticks: number[] = [];
  for (let decade = 1; decade <= max; decade *= 10) for (const m of [1, 2, 5]) if (m * decade <= max) ticks.push(m * decade);
  return ticks;
}
