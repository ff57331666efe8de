// The demo's charts, one per ChartSpec, each agent in its comparison colour.
import type { AnyDemo } from '../../demos/demo-spec.ts';
import type { Experiment } from '../../state/experiment-url.ts';
import { findControl } from '../../demos/control-spec.ts';
import { useRunStore } from '../../state/run-store.ts';
import { MetricChart } from '../charts/metric-chart.tsx';
import { agentColor } from '../theme/palette.ts';

export function DemoCharts({ demo, experiment }: { demo: AnyDemo; experiment: Experiment }) {
  // A string, so this re-renders when the planners change, not on every frame's new snapshot.
  const planners = useRunStore((s) => s.snapshot?.agents.filter((a) => a.kind === 'planner').map((a) => a.id).join(',') ?? '');
  const agents = experiment.agents.map((id, i) => {
    const spec = demo.agents.find((a) => a.id === id)!;
    const per = planners.split(',').includes(id) ? 'sweep' as const : demo.x;
    return { id, label: spec.label, color: agentColor(i), per };
  });
  const controlLabel = (key: string) => findControl(demo.controls, key)?.label ?? key;
  return (
    <section className="demo-charts" aria-label="Charts">
      {demo.charts.filter((chart) => chart.when?.(experiment.params) ?? true).map((chart) => (
        <MetricChart key={chart.id} chart={chart} agents={agents} controlLabel={controlLabel} />
      ))}
    </section>
  );
}
