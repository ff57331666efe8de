// The page's actions on a run (play, step, change a control, apply a preset, edit the map...), kept out of React:
// each action updates the stores and the URL, and sends the run host what it needs.
import { createRunClient, type RunClient } from '../engine/worker/run-client.ts';
import type { FromHost, RunConfig } from '../engine/worker/protocol.ts';
import type { SpeedId } from '../engine/speed.ts';
import { findDemo } from '../demos/registry.ts';
import { checkControlValue, findControl, type ParamValue } from '../demos/control-spec.ts';
import { MAX_RUNS } from '../engine/run-limits.ts';
import { formatExperiment, MAX_SEED, parseLocation, presetExperiment, type Experiment } from './experiment-url.ts';
import { showPage, writeUrl } from './route-url.ts';
import { useExperimentStore } from './experiment-store.ts';
import { useRunStore } from './run-store.ts';
import { useMetricsStore } from './metrics-store.ts';
import { viewStore } from './view-store.ts';
import { useLibraryDatasetStore } from './library-dataset-store.ts';
import { LIBRARY_DATASET, type OfflineDataset } from '../core/data/offline-dataset.ts';
import { recordedWorldParams } from '../demos/offline-world.ts';

let client: RunClient | null = null;
let clientPromise: Promise<RunClient> | null = null;

function onHostMessage(message: FromHost): void {
  if (message.type === 'error') {
    useRunStore.setState({ message: { kind: 'error', text: message.message }, ...(message.fatal && { failed: true, playing: false }) });
    // A refused change: the page goes back to the params the run really has, so the URL never lies.
    const e = current();
    const actual = useRunStore.getState().snapshot?.params;
    if (!message.fatal && e && actual && useRunStore.getState().snapshot?.demoId === e.demoId) update({ ...e, params: actual });
    return;
  }
  const { generation, snapshot, playing, updates, view, rebuiltBy } = message;
  useMetricsStore.getState().append(generation, updates);
  if (view) viewStore.setState({ generation, view });
  useRunStore.setState({ generation, snapshot, playing });
  if (rebuiltBy?.length) {
    const demo = findDemo(snapshot.demoId);
    const labels = rebuiltBy.map((key) => (demo && findControl(demo.controls, key)?.label) ?? key);
    useRunStore.setState({ message: { kind: 'info', text: `Changing ${labels.join(', ')} restarts the run: the agents start learning again.` } });
  }
}

async function host(): Promise<RunClient> {
  if (client) return client;
  clientPromise ??= createRunClient(onHostMessage).then((c) => {
    client = c;
    useRunStore.setState({ mode: c.mode });
    return c;
  });
  return clientPromise;
}

function configOf(e: Experiment, dataset?: OfflineDataset): RunConfig {
  return { demoId: e.demoId, params: e.params, seed: e.seed, runs: e.runs, agents: [...e.agents], ...(dataset && { dataset }) };
}

/**
 * An offline demo set to train on a library dataset: that dataset (from memory, or loaded from IndexedDB), or,
 * when this browser's library does not hold it (a link from elsewhere, a deleted entry), the experiment on the
 * control's default dataset and a notice saying why.
 */
async function libraryDatasetOf(e: Experiment): Promise<{ experiment: Experiment; dataset?: OfflineDataset; notice?: string }> {
  const demo = findDemo(e.demoId);
  const control = demo && findControl(demo.controls, 'dataset');
  if (e.params.dataset !== LIBRARY_DATASET || !control) return { experiment: e };
  const id = String(e.params.libraryDataset ?? '');
  const loaded = useLibraryDatasetStore.getState().current;
  if (loaded && loaded.id === id) return { experiment: e, dataset: loaded.dataset };
  let found: { name: string; dataset: OfflineDataset } | undefined;
  let problem = 'it is not in this browser’s library (import its file to use it here)';
  if (id !== '') {
    try {
      const { DatasetLibrary } = await import('./dataset-library.ts');
      const library = await DatasetLibrary.open();
      try {
        const [dataset, entries] = await Promise.all([library.load(id), library.list()]);
        const name = entries.find((entry) => entry.id === id)?.name;
        if (dataset && name !== undefined) found = { name, dataset };
      } finally {
        library.close();
      }
    } catch (error) {
      problem = `the library could not be read (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  if (found) {
    useLibraryDatasetStore.setState({ current: { id, ...found } });
    return { experiment: e, dataset: found.dataset };
  }
  return {
    experiment: { ...e, params: { ...e.params, dataset: control.default, libraryDataset: '' } },
    notice: `The library dataset this page names could not be used: ${id === '' ? 'none was picked' : problem}. Showing the ${control.default} dataset instead.`,
  };
}

function current(): Experiment | null {
  return useExperimentStore.getState().experiment;
}

/** Start the experiment afresh (same seed: the same run again). */
async function start(requested: Experiment): Promise<void> {
  // Only a library dataset waits for IndexedDB; any other start reaches the host before a Step or Play sent after it.
  const { experiment, dataset, notice } = requested.params.dataset === LIBRARY_DATASET
    ? await libraryDatasetOf(requested) : { experiment: requested, dataset: undefined, notice: undefined };
  useExperimentStore.setState({ experiment, controlErrors: {} });
  writeUrl(formatExperiment(experiment));
  useRunStore.setState({ playing: false, failed: false, message: notice ? { kind: 'error', text: notice } : null, snapshot: null });
  useMetricsStore.getState().clear(-1);
  viewStore.setState({ generation: -1, view: null });
  const c = await host();
  c.send({ type: 'start', config: configOf(experiment, dataset) });
  c.send({ type: 'watch', agentId: useRunStore.getState().watched || experiment.agents[0] });
}

function update(next: Experiment): void {
  useExperimentStore.setState({ experiment: next });
  writeUrl(formatExperiment(next));
}

export const runController = {
  /** Read the location (on load and on every hash change) and show that page. */
  syncFromLocation(): void {
    const parsed = parseLocation(location.hash);
    if (parsed.route.page !== 'demo' || !parsed.experiment) {
      if (showPage({ ...parsed, query: '' })) client?.send({ type: 'pause' });
      return;
    }
    const previous = useExperimentStore.getState();
    // Called again for a URL we wrote ourselves (React's StrictMode re-runs effects): nothing is new.
    const sameExperiment = previous.experiment && formatExperiment(previous.experiment) === formatExperiment(parsed.experiment);
    if (sameExperiment && parsed.notices.length === 0) return;
    useExperimentStore.setState({ route: parsed.route, linkNotices: parsed.notices });
    // Our own URL writes do not fire hashchange; anything else is a new experiment to open.
    if (!sameExperiment) {
      useRunStore.setState({ watched: parsed.experiment.agents[0] });
      void start(parsed.experiment);
    }
  },

  async play(): Promise<void> {
    if (!current() || useRunStore.getState().failed) return;
    (await host()).send({ type: 'play', speed: useRunStore.getState().speed });
  },
  async pause(): Promise<void> { (await host()).send({ type: 'pause' }); },
  togglePlay(): void { void (useRunStore.getState().playing ? this.pause() : this.play()); },
  async step(): Promise<void> {
    if (!current() || useRunStore.getState().failed) return;
    (await host()).send({ type: 'step' });
  },
  reset(): void {
    const e = current();
    if (e) void start(e);
  },
  newSeed(): void {
    const e = current();
    if (!e) return;
    const draw = new Uint32Array(1);
    crypto.getRandomValues(draw);
    void start({ ...e, seed: draw[0] % (MAX_SEED + 1) });
  },
  /** Returns a message when the value is refused. */
  setSeed(raw: string): string | null {
    const e = current();
    if (!e) return null;
    const seed = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!(seed >= 0 && seed <= MAX_SEED)) return `The seed must be a whole number from 0 to ${MAX_SEED}.`;
    if (seed !== e.seed) void start({ ...e, seed });
    return null;
  },
  setRuns(raw: string): string | null {
    const e = current();
    if (!e) return null;
    const runs = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!(runs >= 1 && runs <= MAX_RUNS)) return `Runs must be a whole number from 1 to ${MAX_RUNS}.`;
    if (runs !== e.runs) void start({ ...e, runs });
    return null;
  },
  async setSpeed(speed: SpeedId): Promise<void> {
    useRunStore.setState({ speed });
    (await host()).send({ type: 'set-speed', speed });
  },
  setAgents(agents: readonly string[]): void {
    const e = current();
    if (!e || agents.length === 0) return;
    const watched = useRunStore.getState().watched;
    if (!agents.includes(watched)) useRunStore.setState({ watched: agents[0] });
    void start({ ...e, agents });
  },
  async watch(agentId: string): Promise<void> {
    useRunStore.setState({ watched: agentId });
    (await host()).send({ type: 'watch', agentId });
  },
  /** Train on a dataset of the library (offline demos): set Dataset to 'library', this id and its slip, and restart. */
  useLibraryDataset(entry: { readonly id: string; readonly name: string }, dataset: OfflineDataset): void {
    const e = current();
    if (!e) return;
    useLibraryDatasetStore.setState({ current: { id: entry.id, name: entry.name, dataset } });
    // The world is set as the data was collected (slip, delay, wind), so the run can use it.
    void start({ ...e, params: { ...e.params, dataset: LIBRARY_DATASET, libraryDataset: entry.id, ...recordedWorldParams(dataset) } });
  },
  applyPreset(presetId: string): void {
    const e = current();
    const demo = e && findDemo(e.demoId);
    if (!e || !demo) return;
    const next = presetExperiment(demo, presetId, e);
    useRunStore.setState({ watched: next.agents[0] });
    void start(next);
  },

  /**
   * Set controls: a refused value leaves the experiment as it was and is reported at its control; accepted ones
   * reach the run together (live, or by a rebuild the host reports).
   */
  async setParams(values: Readonly<Record<string, ParamValue>>): Promise<void> {
    const e = current();
    const demo = e && findDemo(e.demoId);
    if (!e || !demo) return;
    const errors = { ...useExperimentStore.getState().controlErrors };
    const accepted: Record<string, ParamValue> = {};
    for (const [key, value] of Object.entries(values)) {
      const control = findControl(demo.controls, key);
      if (!control) continue;
      const checked = checkControlValue(control, value);
      if (!checked.ok) {
        useExperimentStore.setState({ controlErrors: { ...errors, [key]: checked.message } });
        return;
      }
      delete errors[key];
      if (e.params[key] !== checked.value) accepted[key] = checked.value;
    }
    useExperimentStore.setState({ controlErrors: errors });
    if (Object.keys(accepted).length === 0) return;
    update({ ...e, params: { ...e.params, ...accepted } });
    if (useRunStore.getState().failed) return void start(current()!);
    (await host()).send({ type: 'set-params', params: accepted });
  },

  setParam(key: string, value: ParamValue): Promise<void> {
    return this.setParams({ [key]: value });
  },

  /** Show a refusal at a control without changing anything (e.g. a number box holding text). */
  refuse(key: string, message: string): void {
    useExperimentStore.setState((s) => ({ controlErrors: { ...s.controlErrors, [key]: message } }));
  },

  dismissMessage(): void {
    useRunStore.setState({ message: null });
  },
};
