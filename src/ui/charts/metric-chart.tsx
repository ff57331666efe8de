// A learning curve: each agent's mean over runs with its translucent 95% band, markers where a control changed,
// a smoothing control and CSV/PNG export. Re-renders at most 8 times a second and never animates while streaming.
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import {
  Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { ChartSpec } from '../../demos/demo-spec.ts';
import { seriesKey, useMetricsStore } from '../../state/metrics-store.ts';
import { useRunStore } from '../../state/run-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import type { ChartAgent } from './chart-agent.ts';
import { agentsWithSeries, bandKey, buildChartRows, buildXyRows, focusedYDomain, pointBudget, type ChartRow } from './chart-data.ts';
import {
  formatCount, formatTick, isPercentMetric, isPerStepChart, logAxisTicks, metricInfo, xAxisLabel, xPointName, yAxisLabel,
} from './chart-format.ts';
import { markerLines, NO_MARKERS, sameMarkers } from './chart-markers.ts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { SmoothingSelect } from './smoothing-select.tsx';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import { useInView } from './use-in-view.ts';
import { downloadText } from './download.ts';
import { seriesToCsv } from './export-csv.ts';
import { exportChartPng, findChartSvg } from './export-png.ts';
import './charts.css';

type MetricsState = ReturnType<typeof useMetricsStore.getState>;
type RunState = ReturnType<typeof useRunStore.getState>;

// The series arrays grow in place, so the state object is sampled and compared by `version`.
const selectMetrics = (s: MetricsState) => s;
const sameVersion = (a: MetricsState, b: MetricsState) => a.version === b.version;
const selectMarkers = (s: RunState) => s.snapshot?.markers ?? NO_MARKERS;

// recharts re-derives its internal state when a prop's identity changes: keep every object and function prop
// stable, so a new frame of data is the only thing that changes between renders.
const CHART_HEIGHT = 300;
const MARGIN = { top: 8, right: 20, bottom: 0, left: 0 };
const X_DOMAIN: [number, string] = [0, 'dataMax'];
const LOG_X_DOMAIN: [number, string] = [1, 'dataMax'];
const PERCENT_DOMAIN: [number, number] = [0, 1];
const AUTO_DOMAIN: [string, string] = ['auto', 'auto'];
const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1];
const LEGEND_LABEL_STYLE = { color: 'var(--text)' };
const ACTIVE_DOT = { r: 3 };

export interface MetricChartProps {
  readonly chart: ChartSpec;
  readonly agents: readonly ChartAgent[];
  /** A control's short label for marker captions ("ε" for 'epsilon'); the key itself when absent. */
  readonly controlLabel?: (key: string) => string;
}

export function MetricChart({ chart, agents, controlLabel }: MetricChartProps) {
  const figureRef = useRef<HTMLElement>(null);
  const enabled = useInView(figureRef);
  const metrics = useThrottledStore(useMetricsStore, selectMetrics, { equal: sameVersion, enabled });
  const markers = useThrottledStore(useRunStore, selectMarkers, { equal: sameMarkers, enabled });
  const playing = useRunStore((s) => s.playing);
  const smoothing = useUiStore((s) => s.smoothing[chart.id]) ?? chart.smoothing;
  const [exportError, setExportError] = useState<string | null>(null);
  const [fullRange, setFullRange] = useState(false);
  const [logX, setLogX] = useState(false);
  const titleId = useId();
  const meaningId = useId();

  // Which agents have a series changes rarely (a new agent's first point): keep the array stable in between.
  const shownIds = agentsWithSeries(agents, metrics.series, chart.metric).map((a) => a.id).join('\n');
  const shown = useMemo(() => agents.filter((a) => shownIds.split('\n').includes(a.id)), [agents, shownIds]);
  const xMetric = chart.x;
  const allRows = useMemo(
    () => (xMetric
      ? buildXyRows(metrics.series, chart.metric, xMetric, shown, smoothing, pointBudget(shown.length))
      : buildChartRows(metrics.series, chart.metric, shown, smoothing, pointBudget(shown.length))),
    [metrics, chart.metric, xMetric, shown, smoothing],
  );
  // A log axis cannot show x ≤ 0; its ticks are 1, 2, 5, 10, 20, 50, … up to the last point.
  const rows = useMemo(() => (logX ? allRows.filter((r) => r.x > 0) : allRows), [allRows, logX]);
  const lastX = rows.length > 0 ? rows[rows.length - 1].x : 1;
  const logTicks = useMemo(() => (logX ? logAxisTicks(lastX) : undefined), [logX, lastX]);
  // Marker labels are thinned against the x range; a power of two is precise enough and changes rarely.
  const xRange = 2 ** Math.ceil(Math.log2(Math.max(1, rows.length > 0 ? rows[rows.length - 1].x : 1)));
  const perStep = isPerStepChart(shown);
  // Markers sit at a step or episode: on an axis of another metric they have no place.
  const lines = useMemo(
    () => (xMetric ? [] : markerLines(markers, shown, { perStep, controlLabel, xMax: xRange })).map((line) => ({
      ...line,
      labelProps: line.label ? { value: line.label, position: 'insideTopLeft' as const } : undefined,
    })),
    [markers, shown, perStep, controlLabel, xRange, xMetric],
  );

  const percent = isPercentMetric(chart.metric);
  const focused = useMemo(() => (percent ? null : focusedYDomain(rows, shown.map((a) => a.id))), [rows, shown, percent]);
  const yDomain = percent ? PERCENT_DOMAIN : focused && !fullRange ? focused : AUTO_DOMAIN;
  // Raw points of the longest shown series (before smoothing and thinning): what tests and counters read.
  const pointCount = Math.max(0, ...shown.map((a) => metrics.series[seriesKey(a.id, chart.metric)]?.mean.length ?? 0));
  const { meaning } = metricInfo(chart.metric);
  const xName = xMetric ? metricInfo(xMetric).label : xPointName(shown);
  const xLabel = xMetric ? yAxisLabel(xMetric) : xAxisLabel(shown);
  const yLabel = yAxisLabel(chart.metric);
  const empty = rows.length === 0;
  const xAxisLabelProps = useMemo(() => ({ value: xLabel, position: 'insideBottom' as const, offset: 0 }), [xLabel]);
  const yAxisLabelProps = useMemo(
    () => ({ value: yLabel, angle: -90, position: 'insideLeft' as const, style: { textAnchor: 'middle' as const } }),
    [yLabel],
  );
  // The legend lists agents in the comparison's order (recharts would sort by name, or keep no stable order).
  const legendOrder = useCallback(
    (item: { dataKey?: unknown }) => shown.findIndex((a) => a.id === item.dataKey),
    [shown],
  );
  const yTickFormatter = useCallback((value: number) => formatTick(value, chart.metric), [chart.metric]);
  const tooltipContent = useCallback(
    (props: TooltipContentProps) => (
      <ChartTooltip
        active={Boolean(props.active)} row={props.payload?.[0]?.payload as ChartRow | undefined}
        agents={shown} metric={chart.metric} xName={xName} window={smoothing}
      />
    ),
    [shown, chart.metric, xName, smoothing],
  );

  const fileBase = () => `${useRunStore.getState().snapshot?.demoId ?? 'rl-sandbox'}-${chart.id}`;
  const exportCsv = () => {
    downloadText(`${fileBase()}.csv`, seriesToCsv(chart, agents, useMetricsStore.getState().series));
  };
  const exportPng = () => {
    const container = figureRef.current;
    const svg = container && findChartSvg(container);
    if (!container || !svg) return;
    setExportError(null);
    exportChartPng({
      container, svg, filename: `${fileBase()}.png`, title: chart.title,
      legend: shown.map((a) => ({ label: a.label, color: a.color })),
    }).catch((error: unknown) => setExportError(error instanceof Error ? error.message : String(error)));
  };

  return (
    <figure className="metric-chart" ref={figureRef} aria-labelledby={titleId} aria-describedby={meaningId}
      data-testid={`chart-${chart.id}`} data-points={pointCount}>
      <div className="metric-chart__header">
        <h3 className="metric-chart__title" id={titleId}>{chart.title}</h3>
        <div className="metric-chart__tools">
          <SmoothingSelect chartId={chart.id} window={smoothing} />
          <button type="button" onClick={exportCsv} disabled={empty}>Export CSV</button>
          <button type="button" onClick={exportPng} disabled={empty}>Export PNG</button>
        </div>
      </div>
      <p className="metric-chart__meaning" id={meaningId}>{meaning}</p>
      {focused && (
        <label className="metric-chart__range">
          <input type="checkbox" checked={fullRange} onChange={(e) => setFullRange(e.target.checked)} />
          Show the early {rows.length > 0 && shown.every((a) => a.per === 'step') ? 'steps' : 'episodes'} in full (the y axis now fits the rest)
        </label>
      )}
      {chart.logX && (
        <label className="metric-chart__range">
          <input type="checkbox" checked={logX} onChange={(e) => setLogX(e.target.checked)} />
          Logarithmic x axis (logarithmic growth becomes a straight line)
        </label>
      )}
      {exportError && <p className="metric-chart__error" role="alert">{exportError}</p>}
      {empty ? (
        <div className="metric-chart__empty" style={{ height: CHART_HEIGHT }}>
          {playing ? 'Waiting for the first points…' : 'Press Play to see the curve'}
        </div>
      ) : (
        <div className="metric-chart__plot" style={{ height: CHART_HEIGHT }}>
          <ResponsiveContainer width="100%" height="100%" minWidth={0}>
            <ComposedChart data={rows} margin={MARGIN}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="x" type="number" domain={logX ? LOG_X_DOMAIN : X_DOMAIN} allowDecimals={false} scale={logX ? 'log' : 'auto'} ticks={logTicks}
                tickFormatter={formatCount} height={40} label={xAxisLabelProps}
              />
              <YAxis
                width={60} domain={yDomain} ticks={percent ? PERCENT_TICKS : undefined}
                allowDataOverflow={percent || yDomain !== AUTO_DOMAIN} tickFormatter={yTickFormatter} label={yAxisLabelProps}
              />
              <Tooltip isAnimationActive={false} content={tooltipContent} />
              <Legend itemSorter={legendOrder} labelStyle={LEGEND_LABEL_STYLE} />
              {shown.map((agent) => (
                <Area
                  key={`band:${agent.id}`} dataKey={bandKey(agent.id)} type="linear" fill={agent.color} fillOpacity={0.15}
                  stroke="none" legendType="none" activeDot={false} connectNulls isAnimationActive={false}
                />
              ))}
              {shown.map((agent) => (
                <Line
                  key={agent.id} dataKey={agent.id} name={agent.label} type="linear" stroke={agent.color} strokeWidth={2}
                  dot={false} activeDot={ACTIVE_DOT} connectNulls isAnimationActive={false}
                />
              ))}
              {lines.map((line) => (
                <ReferenceLine
                  key={line.key} x={line.x} stroke={line.color} strokeDasharray="4 3" ifOverflow="extendDomain"
                  className={line.color ? 'metric-chart__marker' : 'metric-chart__marker metric-chart__marker--neutral'}
                  label={line.labelProps}
                />
              ))}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
