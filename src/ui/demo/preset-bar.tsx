// Named presets: one click sets the controls and agents that show a point (and starts the run again).
import type { AnyDemo } from '../../demos/demo-spec.ts';
import { runController } from '../../state/run-controller.ts';

export function PresetBar({ demo, activeId }: { demo: AnyDemo; activeId: string | null }) {
  return (
    <section className="panel presets" aria-labelledby="presets-title">
      <h2 id="presets-title">Presets</h2>
      <ul className="preset-list">
        {demo.presets.map((preset) => (
          <li key={preset.id}>
            <button type="button" className="preset-button" aria-pressed={preset.id === activeId}
              aria-describedby={`preset-${preset.id}-text`} onClick={() => runController.applyPreset(preset.id)}>
              {preset.label}
            </button>
            <p id={`preset-${preset.id}-text`} className="preset-text">{preset.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
