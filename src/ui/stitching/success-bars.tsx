// Success bars (catalogue D8): for each learner, the share of its latest evaluation episodes that reached the goal.
import { seriesKey, useMetricsStore } from '../../state/metrics-store.ts';
import { useThrottledStore } from '../hooks/use-throttled-store.ts';
import { agentColor } from '../theme/palette.ts';

const selectVersion = (s: ReturnType<typeof useMetricsStore.getState>) => s.version;

export function SuccessBars({ agents }: { agents: readonly { readonly id: string; readonly label: string }[] }) {
  useThrottledStore(useMetricsStore, selectVersion, { intervalMs: 300 });
  const series = useMetricsStore.getState().series;
  return (
    <figure className="stitching-figure stitching-bars" data-testid="success-bars">
      {agents.map((agent, i) => {
        const mean = series[seriesKey(agent.id, 'eval/success')]?.mean ?? [];
        const last = mean.length > 0 ? mean[mean.length - 1]! : null;
        return (
          <div key={agent.id} className="stitching-bar-row">
            <span className="stitching-bar-label">{agent.label}</span>
            <span className="stitching-bar-track">
              {last !== null && <span className="stitching-bar-fill" style={{ width: `${Math.round(last * 100)}%`, background: agentColor(i) }} />}
            </span>
            <span className="stitching-bar-value tabular">{last === null ? '—' : `${Math.round(last * 100)}%`}</span>
          </div>
        );
      })}
      <figcaption>Evaluation episodes from the start that reach the goal (+1), at each learner’s latest evaluation.</figcaption>
    </figure>
  );
}
