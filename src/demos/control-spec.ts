// ControlSpec: every hyperparameter declared once (range, default, help, live or not). Widgets, URL and CLI parsing,
// defaults and the demo's parameter type all derive from it.

interface ControlBase {
  readonly key: string;
  readonly label: string;
  readonly help: string;
  /** Live controls reach the running agents through setParams; the others rebuild the run. */
  readonly live: boolean;
  /** Agent ids this control affects (all agents when absent); lets the UI group and the CLI explain. */
  readonly agents?: readonly string[];
  /** The control's symbol in the update rules, in TeX (e.g. '\\alpha'), for showing its live value there. */
  readonly symbol?: string;
  /** Set by the page itself (e.g. which library dataset is in use), not shown as a widget; links and the CLI still carry it. */
  readonly hidden?: boolean;
}

export interface SliderControl extends ControlBase {
  readonly kind: 'slider';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
  readonly scale?: 'linear' | 'log';
  readonly integer?: boolean;
}

export interface SelectControl extends ControlBase {
  readonly kind: 'select';
  readonly options: readonly string[];
  readonly default: string;
}

export interface ToggleControl extends ControlBase {
  readonly kind: 'toggle';
  readonly default: boolean;
}

/** Free text checked by a validator (e.g. a gridworld map); the empty string means "not set". */
export interface TextControl extends ControlBase {
  readonly kind: 'text';
  readonly default: string;
  readonly maxLength: number;
  /** A message saying what is wrong, or null when the text is acceptable. */
  readonly validate: (text: string) => string | null;
}

export type ControlSpec = SliderControl | SelectControl | ToggleControl | TextControl;

type ValueOf<C> = C extends { kind: 'slider' } ? number
  : C extends { kind: 'toggle' } ? boolean
  : C extends { kind: 'text' } ? string
  : C extends { kind: 'select'; options: readonly (infer O)[] } ? O
  : never;

/** The parameter object of a demo: each control's key mapped to its value type. */
export type ParamsOf<C extends readonly ControlSpec[]> = { readonly [K in C[number] as K['key']]: ValueOf<K> };

export type ParamValue = number | string | boolean;
export type Params = Readonly<Record<string, ParamValue>>;

export type ParseResult = { ok: true; value: ParamValue } | { ok: false; message: string };

/** Parse a value typed by a person (CLI flag, URL, number box); never clamps silently. */
export function parseControlValue(control: ControlSpec, raw: string): ParseResult {
  const text = raw.trim();
  switch (control.kind) {
    case 'slider': {
      const value = text === '' ? NaN : Number(text);
      if (!Number.isFinite(value)) return { ok: false, message: `${control.key} must be a number, got '${raw}'` };
      return checkSlider(control, value);
    }
    case 'toggle':
      if (text === 'true' || text === '1' || text === 'on') return { ok: true, value: true };
      if (text === 'false' || text === '0' || text === 'off') return { ok: true, value: false };
      return { ok: false, message: `${control.key} must be true or false, got '${raw}'` };
    case 'select':
      if (control.options.includes(text)) return { ok: true, value: text };
      return { ok: false, message: `${control.key} must be one of ${control.options.join(', ')}; got '${raw}'` };
    case 'text':
      return checkText(control, raw);
  }
}

/** Check an already-typed value (e.g. from a preset or setParams). */
export function checkControlValue(control: ControlSpec, value: unknown): ParseResult {
  switch (control.kind) {
    case 'slider':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, message: `${control.key} must be a number` };
      return checkSlider(control, value);
    case 'toggle':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: `${control.key} must be true or false` };
    case 'select':
      return typeof value === 'string' && control.options.includes(value)
        ? { ok: true, value }
        : { ok: false, message: `${control.key} must be one of ${control.options.join(', ')}` };
    case 'text':
      return typeof value === 'string' ? checkText(control, value) : { ok: false, message: `${control.key} must be text` };
  }
}

function checkText(control: TextControl, text: string): ParseResult {
  if (text.length > control.maxLength) return { ok: false, message: `${control.key} is longer than ${control.maxLength} characters` };
  if (text === '') return { ok: true, value: text };
  const problem = control.validate(text);
  return problem === null ? { ok: true, value: text } : { ok: false, message: `${control.key}: ${problem}` };
}

function checkSlider(control: SliderControl, value: number): ParseResult {
  if (value < control.min || value > control.max) {
    return { ok: false, message: `${control.key} must lie between ${control.min} and ${control.max}, got ${value}` };
  }
  if (control.integer && !Number.isInteger(value)) return { ok: false, message: `${control.key} must be a whole number, got ${value}` };
  return { ok: true, value };
}

export function defaultParams(controls: readonly ControlSpec[]): Params {
  return Object.fromEntries(controls.map((c) => [c.key, c.default]));
}

export function findControl(controls: readonly ControlSpec[], key: string): ControlSpec | undefined {
  return controls.find((c) => c.key === key);
}

export class ParamsError extends Error {}

/** Defaults overlaid with typed overrides, every one checked; an unknown key names the valid ones. */
export function resolveParams(controls: readonly ControlSpec[], overrides: Readonly<Record<string, unknown>>): Params {
  const params: Record<string, ParamValue> = { ...defaultParams(controls) };
  for (const [key, value] of Object.entries(overrides)) {
    const control = findControl(controls, key);
    if (!control) throw new ParamsError(`unknown control '${key}'; valid: ${controls.map((c) => c.key).join(', ')}`);
    const checked = checkControlValue(control, value);
    if (!checked.ok) throw new ParamsError(checked.message);
    params[key] = checked.value;
  }
  return params;
}
