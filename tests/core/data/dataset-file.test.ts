// Dataset files: export then import gives the identical dataset; each kind of broken file is refused with its own
// sentence (not JSON, not a dataset, another version, a malformed field, lengths that disagree, a state or action
// outside the world, too large, too many transitions, another world).
import { describe, expect, it } from 'vitest';
import { exportDataset, importDataset, MAX_FILE_BYTES, MAX_TRANSITIONS } from '../../../src/core/data/dataset-file.ts';
import { generateDataset } from '../../../src/core/data/dataset-generators.ts';
import { buildGridModel } from '../../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../../src/core/rng/rng.ts';

const env = { id: 'four-rooms', settings: { slip: 0 } };
const dataset = generateDataset(buildGridModel(parseGridSpec(FOUR_ROOMS)), {
  kind: 'noisy-expert', size: 400, gamma: 0.95, horizon: 100, seed: 3, env,
}, createRng(3));

interface EpisodeJson { observations: number[]; actions: number[]; rewards: number[]; terminated: boolean; truncated: boolean }
interface FileJson { version: number; meta: { gamma?: number; behaviour?: string; starts?: number[]; delay?: number; noise?: number; hazards?: number[] }; episodes: EpisodeJson[] }

/** The exported file as an object, changed by `edit`, back to text. */
function edited(edit: (file: FileJson) => void): string {
  const file = JSON.parse(exportDataset(dataset)) as FileJson;
  edit(file);
  return JSON.stringify(file);
}

function refusal(text: string, expect_ = {}): string {
  const result = importDataset(text, expect_);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.message;
}

describe('dataset files', () => {
  it('round-trips: export then import gives the identical dataset', () => {
    const result = importDataset(exportDataset(dataset), { env });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset).toEqual(dataset);
  });

  it('round-trips the start cells of a dataset collected from several', () => {
    const text = edited((f) => { f.meta.starts = [0, 4, 44]; });
    const result = importDataset(text, { env });
    expect(result.ok && result.dataset.meta.starts).toEqual([0, 4, 44]);
  });

  it('round-trips a delayed world’s dataset, a scripted behaviour’s noise and a hazard, and refuses a delay past 3 or a hazard outside the world', () => {
    const result = importDataset(edited((f) => { f.meta.delay = 2; f.meta.noise = 0.03; f.meta.behaviour = 'conservative'; }), { env });
    expect(result.ok && result.dataset.meta).toMatchObject({ delay: 2, noise: 0.03, behaviour: 'conservative' });
    expect(refusal(edited((f) => { f.meta.delay = 4; }))).toMatch(/meta\.delay/);
    const hazards = importDataset(edited((f) => { f.meta.hazards = [51, 52]; }), { env });
    expect(hazards.ok && hazards.dataset.meta.hazards).toEqual([51, 52]);
    expect(refusal(edited((f) => { f.meta.hazards = [51, 500]; }))).toMatch(/meta\.hazards\[1\] is state 500, but the world has 121 states/);
  });

  it('fills the settings an older file leaves out with the values they then had, and compares the world with them', () => {
    const lab = { env: { id: 'four-rooms', settings: { slip: 0, delay: 0, wind: 0 } }, settingDefaults: { slip: 0, delay: 0, wind: 0 } };
    const result = importDataset(exportDataset(dataset), lab);
    expect(result.ok && result.dataset.meta.env.settings).toEqual({ slip: 0, delay: 0, wind: 0 });
    expect(refusal(exportDataset(dataset), { ...lab, env: { ...lab.env, settings: { slip: 0, delay: 2, wind: 0 } } }))
      .toMatch(/but the lab is set to four-rooms \(.*delay 2/);
  });

  it('refuses text that is not JSON, JSON that is not a dataset, and another format version', () => {
    expect(refusal('{"format": ')).toMatch(/^The file is not JSON \(/);
    expect(refusal('[1, 2, 3]')).toMatch(/not an RL Sandbox dataset: its "format" should be "rl-sandbox-dataset"/);
    expect(refusal(edited((f) => { f.version = 2; }))).toMatch(/format version 2; this page reads version 1/);
  });

  it('names the field that is malformed', () => {
    expect(refusal(edited((f) => { f.episodes[2].actions[1] = 1.5; }))).toMatch(/^The dataset file is malformed: episodes\[2\]\.actions\[1\] /);
    expect(refusal(edited((f) => { delete f.meta.gamma; }))).toMatch(/meta\.gamma/);
    expect(refusal(edited((f) => { f.meta.behaviour = 'lucky'; }))).toMatch(/meta\.behaviour/);
    expect(refusal(edited((f) => { f.episodes = []; }))).toMatch(/episodes /);
  });

  it('checks what shapes cannot: lengths that agree, states and actions inside the world, one way to end', () => {
    expect(refusal(edited((f) => { f.episodes[0].rewards.pop(); }))).toMatch(/episodes\[0\]\.rewards has \d+ entries for \d+ actions/);
    expect(refusal(edited((f) => { f.episodes[0].observations.pop(); }))).toMatch(/episodes\[0\]\.observations has \d+ entries for \d+ actions/);
    expect(refusal(edited((f) => { f.episodes[1].observations[0] = 5000; }))).toMatch(/is state 5000, but the world has \d+ states/);
    expect(refusal(edited((f) => { f.episodes[1].actions[0] = 7; }))).toMatch(/is action 7, but the world has 4 actions/);
    expect(refusal(edited((f) => { f.episodes[0].terminated = true; f.episodes[0].truncated = true; }))).toMatch(/an episode ends one way/);
    expect(refusal(edited((f) => { f.meta.starts = [0, 999]; }))).toMatch(/meta\.starts\[1\] is state 999, but the world has \d+ states/);
  });

  it('refuses an oversized file before parsing it, and a dataset with too many transitions', () => {
    const big = importDataset('{}', {}, MAX_FILE_BYTES + 1);
    expect(big.ok ? '' : big.message).toMatch(/^The file is 20\.0 MB; datasets up to 20 MB can be imported\.$/);
    const long = edited((f) => {
      const n = MAX_TRANSITIONS + 1;
      f.episodes = [{ observations: new Array(n + 1).fill(0), actions: new Array(n).fill(0), rewards: new Array(n).fill(0), terminated: false, truncated: true }];
    });
    expect(refusal(long)).toMatch(/holds 200,001 transitions; up to 200,000 can be imported/);
  });

  it('refuses a dataset from another world, naming both', () => {
    expect(refusal(exportDataset(dataset), { env: { id: 'four-rooms', settings: { slip: 0.1 } } }))
      .toMatch(/comes from four-rooms \(slip 0\), but the lab is set to four-rooms \(slip 0\.1\): set the lab to that world/);
  });
});
