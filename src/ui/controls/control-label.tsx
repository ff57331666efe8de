// A control's label row: name, whether changing it restarts the run, and its help.
import type { ControlSpec } from '../../demos/control-spec.ts';
import { HelpTip } from './help-tip.tsx';

export function ControlLabel({ control, inputId }: { control: ControlSpec; inputId: string }) {
  return (
    <div className="control-label">
      <label htmlFor={inputId}>{control.label}</label>
      {!control.live && <span className="restart-badge" title="Changing this starts the run again">restarts</span>}
      <HelpTip id={`${inputId}-help`} text={control.help} />
    </div>
  );
}
