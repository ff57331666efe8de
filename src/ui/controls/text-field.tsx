// A free-text control (e.g. a map as rows): edited in a box and applied on "Apply" or Ctrl+Enter, checked first.
import { useEffect, useState } from 'react';
import type { TextControl } from '../../demos/control-spec.ts';
import { parseControlValue } from '../../demos/control-spec.ts';
import { runController } from '../../state/run-controller.ts';
import { ControlLabel } from './control-label.tsx';

export function TextField({ control, value, id }: { control: TextControl; value: string; id: string }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const apply = () => {
    const parsed = parseControlValue(control, text);
    if (parsed.ok) void runController.setParam(control.key, parsed.value);
    else runController.refuse(control.key, parsed.message);
  };
  return (
    <>
      <ControlLabel control={control} inputId={id} />
      <textarea id={id} className="text-control" rows={3} spellCheck={false} value={text} maxLength={control.maxLength}
        aria-describedby={`${id}-help`} onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) apply(); }} />
      <div className="text-control-actions">
        <button type="button" onClick={apply} disabled={text === value}>Apply</button>
        {value !== '' && <button type="button" onClick={() => { setText(''); void runController.setParam(control.key, ''); }}>Clear</button>}
      </div>
    </>
  );
}
