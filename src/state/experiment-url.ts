// The URL is the experiment: route, demo, preset, agents, seed, runs and every control that differs from its
// default, in the hash (#/demos/<id>?seed=3&epsilon=0.05). Parsing never throws: a bad value falls back to its
// default and produces a notice that says so.
import { findDemo } from '../demos/registry.ts';
import { defaultParams, findControl, parseControlValue, type Params, type ParamValue } from '../demos/control-spec.ts';
import type { AnyDemo } from '../demos/demo-spec.ts';
import { MAX_RUNS } from '../engine/run-limits.ts';
import { parseRoute, type Route } from './route-url.ts';

export { formatRoute, type Route } from './route-url.ts';

export interface Experiment {
  readonly demoId: string;
  readonly params: Params;
  readonly seed: number;
  readonly runs: number;
  readonly agents: readonly string[];
  readonly presetId: string | null;
}

export interface ParsedLocation {
  readonly route: Route;
  readonly experiment: Experiment | null;
  /** What was wrong with the link, in words for the person who opened it. */
  readonly notices: readonly string[];
}

export const DEFAULT_SEED = 1;
export const MAX_SEED = 2 ** 31 - 1;
const RESERVED = new Set(['seed', 'runs', 'agents', 'preset']);

export function defaultExperiment(demo: AnyDemo): Experiment {
  return {
    demoId: demo.id, params: defaultParams(demo.controls), seed: DEFAULT_SEED, runs: demo.defaultRuns ?? 1,
    agents: demo.defaultAgents ?? demo.agents.map((a) => a.id), presetId: null,
  };
}

/** Params of a preset applied on top of the defaults, with its agents. */
export function presetExperiment(demo: AnyDemo, presetId: string, base: Experiment): Experiment {
  const preset = demo.presets.find((p) => p.id === presetId);
  if (!preset) return base;
  return {
    ...base, presetId,
    params: { ...defaultParams(demo.controls), ...(preset.params as Params) },
    agents: preset.agents ?? demo.defaultAgents ?? demo.agents.map((a) => a.id),
  };
}

function parseWhole(raw: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

export function parseLocation(hash: string): ParsedLocation {
  const { route, query, notices: routeNotices } = parseRoute(hash);
  const notices = [...routeNotices];
  const demo = route.page === 'demo' ? findDemo(route.demoId) : undefined;
  if (!demo) return { route, experiment: null, notices };

  let search: URLSearchParams;
  try {
    search = new URLSearchParams(query);
  } catch {
    search = new URLSearchParams();
    notices.push('The link’s settings could not be read; the demo opened with its defaults.');
  }
  let experiment = defaultExperiment(demo);
  const presetId = search.get('preset');
  if (presetId !== null) {
    if (demo.presets.some((p) => p.id === presetId)) experiment = presetExperiment(demo, presetId, experiment);
    else notices.push(`Unknown preset “${presetId}”; the defaults are used.`);
  }

  const params: Record<string, ParamValue> = { ...experiment.params };
  let { seed, runs, agents } = experiment;
  for (const [key, raw] of search) {
    if (key === 'seed') {
      const value = parseWhole(raw, 0, MAX_SEED);
      if (value === null) notices.push(`The seed “${raw}” is not a whole number from 0 to ${MAX_SEED}; seed ${seed} is used.`);
      else seed = value;
    } else if (key === 'runs') {
      const value = parseWhole(raw, 1, MAX_RUNS);
      if (value === null) notices.push(`“${raw}” runs is not a whole number from 1 to ${MAX_RUNS}; ${runs} is used.`);
      else runs = value;
    } else if (key === 'agents') {
      const ids = raw.split(',').filter(Boolean);
      const known = demo.agents.map((a) => a.id);
      const unknown = ids.filter((id) => !known.includes(id));
      if (unknown.length) notices.push(`Unknown agent${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `“${u}”`).join(', ')} left out.`);
      const valid = [...new Set(ids.filter((id) => known.includes(id)))];
      if (valid.length) agents = valid;
    } else if (!RESERVED.has(key)) {
      const control = findControl(demo.controls, key);
      if (!control) {
        notices.push(`The setting “${key}” does not exist in this demo and was ignored.`);
        continue;
      }
      const parsed = parseControlValue(control, raw);
      if (parsed.ok) {
        params[key] = parsed.value;
        continue;
      }
      // The value kept may be a preset's rather than the control's default: name the one really used.
      const kept = String(params[key]) || 'none';
      notices.push(`${control.label}: ${parsed.message}; ${params[key] === control.default ? `the default (${kept})` : kept} is used.`);
    }
  }
  return { route: { page: 'demo', demoId: demo.id }, experiment: { ...experiment, params, seed, runs, agents }, notices };
}

/** The hash for an experiment: only what differs from the defaults (or the preset), so links stay short. */
export function formatExperiment(experiment: Experiment): string {
  const demo = findDemo(experiment.demoId);
  if (!demo) return '#/';
  const search = new URLSearchParams();
  const base = experiment.presetId ? presetExperiment(demo, experiment.presetId, defaultExperiment(demo)) : defaultExperiment(demo);
  if (experiment.presetId) search.set('preset', experiment.presetId);
  if (experiment.agents.join(',') !== base.agents.join(',')) search.set('agents', experiment.agents.join(','));
  if (experiment.seed !== DEFAULT_SEED) search.set('seed', String(experiment.seed));
  if (experiment.runs !== base.runs) search.set('runs', String(experiment.runs));
  for (const control of demo.controls) {
    const value = experiment.params[control.key];
    if (value !== undefined && value !== base.params[control.key]) search.set(control.key, String(value));
  }
  const query = search.toString();
  return `#/demos/${demo.id}${query ? `?${query}` : ''}`;
}
