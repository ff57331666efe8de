// One control, drawn by kind (slider, select, toggle, text), with the refusal message under it when there is one.
import type { ControlSpec, ParamValue } from '../../demos/control-spec.ts';
import { runController } from '../../state/run-controller.ts';
import { useExperimentStore } from '../../state/experiment-store.ts';
import { SliderField } from './slider-field.tsx';
import { ControlLabel } from './control-label.tsx';
import { TextField } from './text-field.tsx';

export function ControlField({ control, value }: { control: ControlSpec; value: ParamValue }) {
  const error = useExperimentStore((s) => s.controlErrors[control.key]);
  const id = `control-${control.key}`;
  return (
    <div className={`control control-${control.kind}${error ? ' control-invalid' : ''}`}>
      {control.kind === 'slider' && <SliderField control={control} value={value as number} id={id} />}
      {control.kind === 'select' && (
        <>
          <ControlLabel control={control} inputId={id} />
          <select id={id} value={value as string} aria-describedby={`${id}-help`}
            onChange={(e) => void runController.setParam(control.key, e.target.value)}>
            {control.options.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </>
      )}
      {control.kind === 'toggle' && (
        <div className="toggle-row">
          <input id={id} type="checkbox" checked={value as boolean} aria-describedby={`${id}-help`}
            onChange={(e) => void runController.setParam(control.key, e.target.checked)} />
          <ControlLabel control={control} inputId={id} />
        </div>
      )}
      {control.kind === 'text' && <TextField control={control} value={value as string} id={id} />}
      {error && <p className="control-error" role="alert">{error}</p>}
    </div>
  );
}
