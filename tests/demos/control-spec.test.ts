// Controls: typed values are parsed and checked with a clear message; nothing is clamped silently.
import { describe, expect, it } from 'vitest';
import {
  checkControlValue, defaultParams, parseControlValue, ParamsError, resolveParams, type ControlSpec,
} from '../../src/demos/control-spec.ts';

const controls: readonly ControlSpec[] = [
  { key: 'epsilon', label: 'ε', kind: 'slider', min: 0, max: 0.5, step: 0.01, default: 0.1, live: true, help: '' },
  { key: 'arms', label: 'k', kind: 'slider', min: 2, max: 50, step: 1, integer: true, default: 10, live: false, help: '' },
  { key: 'map', label: 'Map', kind: 'select', options: ['4x4', '8x8'], default: '4x4', live: false, help: '' },
  { key: 'slippery', label: 'Slippery', kind: 'toggle', default: true, live: false, help: '' },
  { key: 'layout', label: 'Map text', kind: 'text', default: '', maxLength: 10, live: false, help: '',
    validate: (t) => (t.includes('S') ? null : 'needs a start') },
];
const [epsilon, arms, map, slippery, layout] = controls;

describe('parseControlValue', () => {
  it('accepts in-range numbers and refuses the rest with the range in the message', () => {
    expect(parseControlValue(epsilon, '0.25')).toEqual({ ok: true, value: 0.25 });
    expect(parseControlValue(epsilon, '0.6')).toEqual({ ok: false, message: 'epsilon must lie between 0 and 0.5, got 0.6' });
    expect(parseControlValue(epsilon, 'abc')).toMatchObject({ ok: false, message: expect.stringContaining('must be a number') });
    expect(parseControlValue(epsilon, '')).toMatchObject({ ok: false });
    expect(parseControlValue(epsilon, 'NaN')).toMatchObject({ ok: false });
    expect(parseControlValue(epsilon, 'Infinity')).toMatchObject({ ok: false });
  });

  it('insists on whole numbers where the control is an integer', () => {
    expect(parseControlValue(arms, '7')).toEqual({ ok: true, value: 7 });
    expect(parseControlValue(arms, '7.5')).toMatchObject({ ok: false, message: expect.stringContaining('whole number') });
  });

  it('reads selects, toggles and validated text', () => {
    expect(parseControlValue(map, '8x8')).toEqual({ ok: true, value: '8x8' });
    expect(parseControlValue(map, '9x9')).toMatchObject({ ok: false, message: expect.stringContaining('4x4, 8x8') });
    expect(parseControlValue(slippery, 'false')).toEqual({ ok: true, value: false });
    expect(parseControlValue(slippery, 'on')).toEqual({ ok: true, value: true });
    expect(parseControlValue(slippery, 'maybe')).toMatchObject({ ok: false });
    expect(parseControlValue(layout, 'S.G')).toEqual({ ok: true, value: 'S.G' });
    expect(parseControlValue(layout, '')).toEqual({ ok: true, value: '' });
    expect(parseControlValue(layout, '..G')).toEqual({ ok: false, message: 'layout: needs a start' });
    expect(parseControlValue(layout, 'S'.repeat(11))).toMatchObject({ ok: false, message: expect.stringContaining('longer than 10') });
  });
});

describe('resolveParams', () => {
  it('overlays checked overrides on the defaults', () => {
    expect(defaultParams(controls)).toEqual({ epsilon: 0.1, arms: 10, map: '4x4', slippery: true, layout: '' });
    expect(resolveParams(controls, { epsilon: 0.3 })).toMatchObject({ epsilon: 0.3, arms: 10 });
  });

  it('names the valid keys when a key is unknown, and refuses wrong types', () => {
    expect(() => resolveParams(controls, { epsilom: 0.3 })).toThrow(new ParamsError("unknown control 'epsilom'; valid: epsilon, arms, map, slippery, layout"));
    expect(() => resolveParams(controls, { slippery: 'yes' })).toThrow(ParamsError);
    expect(checkControlValue(epsilon, '0.1')).toMatchObject({ ok: false });
  });
});
