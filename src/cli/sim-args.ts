// Parses `npm run sim` arguments into a checked request; every mistake becomes one line that names the valid choices.
import type { SweepValue } from '../engine/first-success-sweep.ts';
import { findDemo, DEMOS } from '../demos/registry.ts';
import type { AnyDemo, RunLength } from '../demos/demo-spec.ts';
import { findControl, parseControlValue, type ParamValue } from '../demos/control-spec.ts';
import { MAX_RUNS } from '../engine/run-limits.ts';
import { LIBRARY_DATASET } from '../core/data/offline-dataset.ts';

export interface SimRequest {
  readonly demo: AnyDemo;
  readonly agents: readonly string[];
  readonly params: Record<string, ParamValue>;
  readonly runs: number;
  readonly length: RunLength;
  readonly seed: number;
  readonly json: boolean;
  /**
   * --sweep: the values to run each agent at until its first success: sizes N for demos with a `size` control,
   * maps for demos with a `world` control ('all' or a comma-separated list).
   */
  readonly sweep?: readonly SweepValue[];
  /** --matrix: the dataset kinds to train every agent on (offline demos: the datasets × algorithms matrix). */
  readonly matrix?: readonly string[];
  /** --write-dataset: where to write the dataset of run 0 (offline demos) as a JSON file, instead of running. */
  readonly writeDataset?: string;
}

export class UsageError extends Error {}

export const USAGE = 'usage: npm run sim -- <demo-id> [--agent <id>]... [--preset <id>] [--set key=value]... '
  + '[--runs N] [--steps N | --episodes N] [--seed S] [--json] [--sweep 4-20 | --sweep 4,8,12 | --sweep all | --sweep map,map] '
  + '[--matrix all | --matrix kind,kind] [--write-dataset FILE]';

const MAX_LENGTH = 1_000_000;

function wholeNumber(flag: string, raw: string | undefined, min: number, max: number): number {
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} needs a whole number from ${min} to ${max}, got '${raw ?? ''}'`);
  }
  return value;
}

export function parseSimArgs(argv: readonly string[]): SimRequest {
  const demos = DEMOS.map((d) => d.id).join(', ');
  const [demoId, ...rest] = argv;
  if (!demoId || demoId.startsWith('--')) throw new UsageError(`name a demo first; demos: ${demos}`);
  const demo = findDemo(demoId);
  if (!demo) throw new UsageError(`unknown demo '${demoId}'; demos: ${demos}`);

  const agentIds = demo.agents.map((a) => a.id);
  const agents: string[] = [];
  const params: Record<string, ParamValue> = {};
  let presetAgents: readonly string[] | undefined;
  let runs: number | undefined;
  let seed = 1;
  let json = false;
  let length: RunLength | undefined;
  let sweep: SweepValue[] | undefined;
  let matrix: string[] | undefined;
  let writeDataset: string | undefined;

  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--agent': {
        const id = value();
        if (!agentIds.includes(id)) throw new UsageError(`unknown agent '${id}' for ${demo.id}; agents: ${agentIds.join(', ')}`);
        if (!agents.includes(id)) agents.push(id);
        break;
      }
      case '--preset': {
        const id = value();
        const preset = demo.presets.find((p) => p.id === id);
        if (!preset) throw new UsageError(`unknown preset '${id}' for ${demo.id}; presets: ${demo.presets.map((p) => p.id).join(', ')}`);
        // --set flags win over the preset whatever their order.
        for (const [key, v] of Object.entries(preset.params)) if (!(key in params)) params[key] = v as ParamValue;
        presetAgents = preset.agents;
        break;
      }
      case '--set': {
        const assignment = value();
        const eq = assignment.indexOf('=');
        if (eq <= 0) throw new UsageError(`--set needs key=value, got '${assignment}'`);
        const key = assignment.slice(0, eq);
        const control = findControl(demo.controls, key);
        if (!control) throw new UsageError(`unknown key '${key}' for ${demo.id}; keys: ${demo.controls.map((c) => c.key).join(', ')}`);
        const parsed = parseControlValue(control, assignment.slice(eq + 1));
        if (!parsed.ok) throw new UsageError(parsed.message);
        params[key] = parsed.value;
        break;
      }
      case '--runs': runs = wholeNumber('--runs', value(), 1, MAX_RUNS); break;
      case '--seed': seed = wholeNumber('--seed', value(), 0, 2 ** 31 - 1); break;
      case '--steps':
      case '--episodes': {
        if (length) throw new UsageError('give either --steps or --episodes, once');
        const n = wholeNumber(flag, value(), 1, MAX_LENGTH);
        length = flag === '--steps' ? { steps: n } : { episodes: n };
        break;
      }
      case '--json': json = true; break;
      case '--sweep': sweep = parseSweep(demo, value()); break;
      case '--matrix': matrix = parseDatasetKinds(demo, value()); break;
      case '--write-dataset': {
        if (!demo.offline) {
          throw new UsageError(`--write-dataset needs a demo with datasets (${DEMOS.filter((d) => d.offline).map((d) => d.id).join(', ')}); ${demo.id} has none`);
        }
        writeDataset = value();
        break;
      }
      default:
        throw new UsageError(`unknown flag '${flag}'; ${USAGE}`);
    }
  }
  if (sweep && demo.x === 'step') throw new UsageError(`${demo.id} has no episodes: --sweep counts episodes to a first success`);
  if (sweep && length && 'steps' in length) throw new UsageError('--sweep takes --episodes (the budget per seed), not --steps');
  if (length && 'episodes' in length && demo.x === 'step') {
    throw new UsageError(`${demo.id} has no episodes (one point per step): use --steps`);
  }
  return {
    demo, params, seed, json,
    // The page's default, so the same link and the same command give the same numbers.
    runs: runs ?? demo.defaultRuns ?? 1,
    agents: agents.length ? agents : presetAgents ?? [],
    length: length ?? demo.defaultLength,
    ...(sweep && { sweep }),
    ...(matrix && { matrix }),
    ...(writeDataset !== undefined && { writeDataset }),
  };
}

/** --matrix's dataset kinds: 'all' or a comma-separated list, each one of the demo's `dataset` options. */
function parseDatasetKinds(demo: AnyDemo, raw: string): string[] {
  const control = findControl(demo.controls, 'dataset');
  if (control?.kind !== 'select') throw new UsageError(`--matrix needs a demo with datasets (offline-dataset-lab); ${demo.id} has none`);
  // The matrix generates each dataset; a library dataset lives in a browser, not here.
  const generated = control.options.filter((o) => o !== LIBRARY_DATASET);
  const kinds = raw === 'all' ? generated : raw.split(',').map((t) => t.trim());
  for (const kind of kinds) {
    if (!generated.includes(kind)) throw new UsageError(`--matrix: unknown dataset '${kind}'; datasets: ${generated.join(', ')} (or all)`);
  }
  return kinds;
}

/** The values of the demo's swept control (its sweepKey): sizes for a `size` control, maps for a `world` one. */
function parseSweep(demo: AnyDemo, raw: string): SweepValue[] {
  const sweepable = DEMOS.filter((d) => d.sweepKey).map((d) => d.id).join(', ');
  if (!demo.sweepKey) throw new UsageError(`--sweep needs a demo that reports first successes (${sweepable}); ${demo.id} does not`);
  if (demo.sweepKey === 'size') return parseSweepSizes(demo, raw);
  const world = findControl(demo.controls, 'world');
  const options = world?.kind === 'select' ? world.options : [];
  const names = raw === 'all' ? [...options] : raw.split(',').map((t) => t.trim());
  for (const name of names) {
    if (!options.includes(name)) throw new UsageError(`--sweep: unknown map '${name}'; maps: ${options.join(', ')} (or all)`);
  }
  return names;
}

/** '4-20' (every size in between) or '4,8,12', each checked against the demo's `size` control. */
function parseSweepSizes(demo: AnyDemo, raw: string): number[] {
  const control = findControl(demo.controls, 'size')!;
  const range = /^(\d+)-(\d+)$/.exec(raw);
  const texts = range
    ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, i) => String(Number(range[1]) + i))
    : raw.split(',');
  if (texts.length === 0 || texts.some((t) => t.trim() === '')) throw new UsageError(`--sweep needs sizes like 4-20 or 4,8,12, got '${raw}'`);
  return texts.map((t) => {
    const parsed = parseControlValue(control, t.trim());
    if (!parsed.ok) throw new UsageError(`--sweep: ${parsed.message}`);
    return parsed.value as number;
  });
}
