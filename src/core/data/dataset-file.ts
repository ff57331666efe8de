// Datasets as files: export to JSON, and import with validation by a schema (zod) so that a broken, oversized or
// mismatched file is refused with a sentence saying what is wrong, before anything is stored. The file wraps the
// dataset with a format name and version so an unrelated JSON file is recognised as such.
import { z } from 'zod';
import { MAX_ACTION_DELAY } from './action-delay.ts';
import { DATASET_KINDS, SCRIPTED_BEHAVIOURS, transitionCount, type OfflineDataset, type SettingValue } from './offline-dataset.ts';

export const DATASET_FORMAT = 'rl-sandbox-dataset';
export const DATASET_VERSION = 1;
/** The largest file and dataset the page takes in (a 50,000-transition dataset is about 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_TRANSITIONS = 200_000;

const index = z.number().int().nonnegative();
const episodeSchema = z.object({
  observations: z.array(index).min(1),
  actions: z.array(index),
  rewards: z.array(z.number().finite()),
  terminated: z.boolean(),
  truncated: z.boolean(),
});

const metaSchema = z.object({
  env: z.object({ id: z.string().min(1), settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) }),
  nStates: z.number().int().positive(),
  nActions: z.number().int().positive(),
  behaviour: z.enum([...DATASET_KINDS, ...SCRIPTED_BEHAVIOURS]),
  epsilon: z.number().min(0).max(1).optional(),
  noise: z.number().min(0).max(1).optional(),
  delay: z.number().int().min(0).max(MAX_ACTION_DELAY).optional(),
  seed: z.number().int(),
  gamma: z.number().min(0).max(1),
  starts: z.array(index).min(1).optional(),
  hazards: z.array(index).optional(),
  references: z.object({ random: z.number().finite(), expert: z.number().finite() }),
});

const fileSchema = z.object({
  format: z.literal(DATASET_FORMAT),
  version: z.literal(DATASET_VERSION),
  meta: metaSchema,
  episodes: z.array(episodeSchema).min(1),
}).superRefine((file, ctx) => {
  // What a schema of shapes cannot say: lengths that agree, and states and actions inside the world.
  const { nStates, nActions, starts, hazards } = file.meta;
  const badStart = starts?.findIndex((s) => s >= nStates) ?? -1;
  if (badStart >= 0) ctx.addIssue({ code: 'custom', path: ['meta', 'starts', badStart], message: `is state ${starts![badStart]}, but the world has ${nStates} states` });
  const badHazard = hazards?.findIndex((s) => s >= nStates) ?? -1;
  if (badHazard >= 0) ctx.addIssue({ code: 'custom', path: ['meta', 'hazards', badHazard], message: `is state ${hazards![badHazard]}, but the world has ${nStates} states` });
  file.episodes.forEach((e, i) => {
    const at = (what: string) => ['episodes', i, what];
    if (e.observations.length !== e.actions.length + 1) {
      ctx.addIssue({ code: 'custom', path: at('observations'), message: `has ${e.observations.length} entries for ${e.actions.length} actions (it needs one more than the actions)` });
    }
    if (e.rewards.length !== e.actions.length) {
      ctx.addIssue({ code: 'custom', path: at('rewards'), message: `has ${e.rewards.length} entries for ${e.actions.length} actions` });
    }
    const badState = e.observations.findIndex((s) => s >= nStates);
    if (badState >= 0) ctx.addIssue({ code: 'custom', path: [...at('observations'), badState], message: `is state ${e.observations[badState]}, but the world has ${nStates} states` });
    const badAction = e.actions.findIndex((a) => a >= nActions);
    if (badAction >= 0) ctx.addIssue({ code: 'custom', path: [...at('actions'), badAction], message: `is action ${e.actions[badAction]}, but the world has ${nActions} actions` });
    if (e.terminated && e.truncated) ctx.addIssue({ code: 'custom', path: at('terminated'), message: 'and truncated are both true: an episode ends one way' });
  });
});

export type ImportResult = { readonly ok: true; readonly dataset: OfflineDataset } | { readonly ok: false; readonly message: string };

export interface ImportExpectation {
  /** The world the lab is set to: a dataset from another is refused. */
  readonly env?: { readonly id: string; readonly settings: Readonly<Record<string, SettingValue>> };
  /** Settings a file may leave out (files saved before the setting existed), with the value they then had. */
  readonly settingDefaults?: Readonly<Record<string, SettingValue>>;
}

export function exportDataset(dataset: OfflineDataset): string {
  return JSON.stringify({ format: DATASET_FORMAT, version: DATASET_VERSION, meta: dataset.meta, episodes: dataset.episodes });
}

const describeSettings = (settings: Readonly<Record<string, SettingValue>>) =>
  Object.entries(settings).map(([k, v]) => `${k} ${v}`).join(', ') || 'default settings';

/** Reads a dataset file's text; never throws. `bytes` is the file's size when known (checked before parsing). */
export function importDataset(text: string, expect: ImportExpectation = {}, bytes = text.length): ImportResult {
  const fail = (message: string): ImportResult => ({ ok: false, message });
  if (bytes > MAX_FILE_BYTES) {
    return fail(`The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; datasets up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be imported.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(`The file is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== DATASET_FORMAT) {
    return fail(`The file is JSON but not an RL Sandbox dataset: its "format" should be "${DATASET_FORMAT}".`);
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== DATASET_VERSION) {
    return fail(`The dataset has format version ${JSON.stringify(version)}; this page reads version ${DATASET_VERSION}.`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const shown = issues.slice(0, 3).map((issue) => `${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || 'the file'} ${issue.message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
    return fail(`The dataset file is malformed: ${shown.join('; ')}${more}.`);
  }
  const meta = parsed.data.meta;
  const dataset: OfflineDataset = {
    meta: expect.settingDefaults ? { ...meta, env: { ...meta.env, settings: { ...expect.settingDefaults, ...meta.env.settings } } } : meta,
    episodes: parsed.data.episodes,
  };
  const size = transitionCount(dataset);
  if (size > MAX_TRANSITIONS) {
    return fail(`The dataset holds ${size.toLocaleString('en')} transitions; up to ${MAX_TRANSITIONS.toLocaleString('en')} can be imported.`);
  }
  const want = expect.env;
  if (want) {
    const got = dataset.meta.env;
    const same = got.id === want.id && JSON.stringify(sorted(got.settings)) === JSON.stringify(sorted(want.settings));
    if (!same) {
      return fail(`The dataset comes from ${got.id} (${describeSettings(got.settings)}), but the lab is set to ${want.id} (${describeSettings(want.settings)}): set the lab to that world to use it.`);
    }
  }
  return { ok: true, dataset };
}

function sorted(settings: Readonly<Record<string, SettingValue>>): [string, SettingValue][] {
  return Object.entries(settings).sort(([a], [b]) => a.localeCompare(b));
}
