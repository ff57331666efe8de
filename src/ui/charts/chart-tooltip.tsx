// The tooltip of a learning curve: the x position, each agent's mean and 95% band there, and what the metric means.
import type { MetricKey } from '../../core/metrics/metric-key.ts';
import type { ChartAgent } from './chart-agent.ts';
import { bandKey, type ChartRow } from './chart-data.ts';
import { formatValue, metricInfo } from './chart-format.ts';

export interface ChartTooltipProps {
  readonly active: boolean;
  readonly row: ChartRow | undefined;
  readonly agents: readonly ChartAgent[];
  readonly metric: MetricKey;
  /** "Step", "Episode", ... */
  readonly xName: string;
  /** Moving-average window the values were smoothed with (1 = raw). */
  readonly window: number;
}

export function ChartTooltip({ active, row, agents, metric, xName, window }: ChartTooltipProps) {
  if (!active || !row) return null;
  const { meaning } = metricInfo(metric);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__x tabular">{xName} {row.x.toLocaleString('en')}</p>
      <ul className="chart-tooltip__agents">
        {agents.map((agent) => {
          const mean = row[agent.id];
          const band = row[bandKey(agent.id)];
          if (typeof mean !== 'number') return null;
          return (
            <li key={agent.id}>
              <span className="chart-tooltip__swatch" style={{ background: agent.color }} aria-hidden="true" />
              <span>{agent.label}: </span>
              <strong className="tabular">{formatValue(mean, metric)}</strong>
              {Array.isArray(band) && (
                <span className="chart-tooltip__band tabular">
                  {' '}(95%: {formatValue(band[0], metric)} – {formatValue(band[1], metric)})
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {window > 1 && <p className="chart-tooltip__note">Moving average of the last {window} points.</p>}
      {meaning && <p className="chart-tooltip__meaning">{meaning}</p>}
    </div>
  );
}
