// A slider with a number box beside it (log scale where declared). Live controls apply while dragging; the others
// apply when the thumb is released, since each change restarts the run. A typed value out of range is refused.
import { useEffect, useState } from 'react';
import type { SliderControl } from '../../demos/control-spec.ts';
import { parseControlValue } from '../../demos/control-spec.ts';
import { runController } from '../../state/run-controller.ts';
import { ControlLabel } from './control-label.tsx';

const LOG_STEPS = 1000;

function toPosition(control: SliderControl, value: number): number {
  if (control.scale !== 'log') return value;
  const [a, b] = [Math.log10(control.min), Math.log10(control.max)];
  return Math.round(((Math.log10(value) - a) / (b - a)) * LOG_STEPS);
}

function fromPosition(control: SliderControl, position: number): number {
  if (control.scale !== 'log') return position;
  const [a, b] = [Math.log10(control.min), Math.log10(control.max)];
  const raw = 10 ** (a + (position / LOG_STEPS) * (b - a));
  // Round to the control's step so the URL and the box show tidy numbers.
  return Math.min(control.max, Math.max(control.min, Math.round(raw / control.step) * control.step));
}

const format = (v: number) => String(Number(v.toPrecision(6)));

export function SliderField({ control, value, id }: { control: SliderControl; value: number; id: string }) {
  const [dragValue, setDragValue] = useState<number | null>(null);
  const [text, setText] = useState(format(value));
  useEffect(() => setText(format(value)), [value]);
  const shown = dragValue ?? value;

  const commit = (v: number) => {
    setDragValue(null);
    void runController.setParam(control.key, v);
  };
  const commitText = () => {
    const parsed = parseControlValue(control, text);
    if (parsed.ok) commit(parsed.value as number);
    else runController.refuse(control.key, parsed.message);
  };

  return (
    <>
      <ControlLabel control={control} inputId={id} />
      <div className="slider-row">
        <input
          id={id}
          type="range"
          min={control.scale === 'log' ? 0 : control.min}
          max={control.scale === 'log' ? LOG_STEPS : control.max}
          step={control.scale === 'log' ? 1 : control.step}
          value={toPosition(control, shown)}
          aria-valuetext={format(shown)}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            const v = fromPosition(control, Number(e.target.value));
            if (control.live) commit(v);
            else { setDragValue(v); setText(format(v)); }
          }}
          onPointerUp={() => dragValue !== null && commit(dragValue)}
          onKeyUp={() => dragValue !== null && commit(dragValue)}
          onBlur={() => dragValue !== null && commit(dragValue)}
        />
        <input
          type="text"
          inputMode="decimal"
          className="number-box tabular"
          aria-label={`${control.label} value`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commitText}
          onKeyDown={(e) => { if (e.key === 'Enter') commitText(); }}
        />
      </div>
    </>
  );
}
