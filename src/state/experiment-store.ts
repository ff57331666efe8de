// Where the page is and the experiment it shows (demo, params, seed, runs, agents, preset): the state the URL holds.
import { create } from 'zustand';
import type { Experiment, Route } from './experiment-url.ts';

interface ExperimentState {
  route: Route;
  experiment: Experiment | null;
  /** What was wrong with the link that opened the page. */
  linkNotices: readonly string[];
  /** A refused value per control key, shown at the control. */
  controlErrors: Readonly<Record<string, string>>;
}

export const useExperimentStore = create<ExperimentState>()(() => ({
  route: { page: 'home' },
  experiment: null,
  linkNotices: [],
  controlErrors: {},
}));
