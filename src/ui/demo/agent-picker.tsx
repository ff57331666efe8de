// Which agents to compare (each in its colour), and whose values and policy the environment view draws.
import type { AnyDemo } from '../../demos/demo-spec.ts';
import type { Experiment } from '../../state/experiment-url.ts';
import { runController } from '../../state/run-controller.ts';
import { useRunStore } from '../../state/run-store.ts';
import { agentColor } from '../theme/palette.ts';

export function AgentPicker({ demo, experiment }: { demo: AnyDemo; experiment: Experiment }) {
  const watched = useRunStore((s) => s.watched);
  const toggle = (id: string, on: boolean) => {
    const next = demo.agents.map((a) => a.id).filter((a) => (a === id ? on : experiment.agents.includes(a)));
    runController.setAgents(next);
  };
  return (
    <section className="panel agent-picker" aria-labelledby="agents-title">
      <h2 id="agents-title">Agents</h2>
      <ul>
        {demo.agents.map((agent) => {
          const index = experiment.agents.indexOf(agent.id);
          const on = index >= 0;
          // An agent of another world is not offered (but stays listed while chosen, so it can be unticked).
          if (!on && agent.when && !agent.when(experiment.params)) return null;
          return (
            <li key={agent.id} className={on ? 'agent-on' : 'agent-off'}>
              <label className="agent-compare">
                <input type="checkbox" checked={on} disabled={on && experiment.agents.length === 1}
                  onChange={(e) => toggle(agent.id, e.target.checked)} />
                <span className="agent-swatch" style={{ background: on ? agentColor(index) : 'transparent' }} aria-hidden="true" />
                <span>{agent.label}</span>
              </label>
              {on && (
                <label className="agent-watch">
                  <input type="radio" name="watched-agent" checked={watched === agent.id}
                    onChange={() => void runController.watch(agent.id)} />
                  <span>show</span>
                </label>
              )}
              <p className="agent-description">{agent.description}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
