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

function configOf(e: Experiment): RunConfig {
  return { demoId: e.demoId, params: e.params, seed: e.seed, runs: e.runs, agents: [...e.agents] };
}

function current(): Experiment | null {
  return useExperimentStore.getState().experiment;
}

/** Start the experiment afresh (same seed: the same run again). */
async function start(experiment: Experiment): Promise<void> {
  useExperimentStore.setState({ experiment, controlErrors: {} });
  writeUrl(formatExperiment(experiment));
  useRunStore.setState({ playing: false, failed: false, message: null, snapshot: null });
  useMetricsStore.getState().clear(-1);
  viewStore.setState({ generation: -1, view: null });
  const c = await host();
  c.send({ type: 'start', config: configOf(experiment) });
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
