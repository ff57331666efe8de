// The controls column: settings for everyone first, then each agent's own, generated from the demo's ControlSpecs.
// Controls of agents that are not in the comparison are folded away.
import type { AnyDemo } from '../../demos/demo-spec.ts';
import type { ControlSpec } from '../../demos/control-spec.ts';
import type { Experiment } from '../../state/experiment-url.ts';
import { ControlField } from '../controls/control-field.tsx';

interface Group {
  readonly title: string;
  readonly controls: ControlSpec[];
}

function groupControls(demo: AnyDemo, agents: readonly string[]): { shown: Group[]; unused: ControlSpec[] } {
  const label = (id: string) => demo.agents.find((a) => a.id === id)?.label ?? id;
  const shown: Group[] = [{ title: 'Settings', controls: [] }];
  const unused: ControlSpec[] = [];
  for (const control of demo.controls) {
    if (control.hidden) continue;
    if (!control.agents) { shown[0].controls.push(control); continue; }
    const inUse = control.agents.filter((a) => agents.includes(a));
    if (inUse.length === 0) { unused.push(control); continue; }
    const title = inUse.map(label).join(', ');
    const group = shown.find((g) => g.title === title) ?? shown[shown.push({ title, controls: [] }) - 1];
    group.controls.push(control);
  }
  return { shown: shown.filter((g) => g.controls.length > 0), unused };
}

export function ControlsPanel({ demo, experiment }: { demo: AnyDemo; experiment: Experiment }) {
  const { shown, unused } = groupControls(demo, experiment.agents);
  return (
    <section className="panel controls-panel" aria-labelledby="controls-title">
      <h2 id="controls-title">Controls</h2>
      {shown.map((group) => (
        <fieldset key={group.title} className="control-group">
          <legend>{group.title}</legend>
          {group.controls.map((c) => <ControlField key={c.key} control={c} value={experiment.params[c.key]} />)}
        </fieldset>
      ))}
      {unused.length > 0 && (
        <details className="control-group">
          <summary>Controls of agents not shown ({unused.length})</summary>
          {unused.map((c) => <ControlField key={c.key} control={c} value={experiment.params[c.key]} />)}
        </details>
      )}
    </section>
  );
}
