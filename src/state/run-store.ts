// The run as the page shows it: playing or not, the latest snapshot (counters, markers), the speed, whose view is
// watched, and the messages to show (a refused value, a rebuild, a failure).
import { create } from 'zustand';
import type { RunSnapshot } from '../engine/run.ts';
import { DEFAULT_SPEED, type SpeedId } from '../engine/speed.ts';

export interface RunMessage {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

interface RunState {
  playing: boolean;
  generation: number;
  snapshot: RunSnapshot | null;
  speed: SpeedId;
  watched: string;
  mode: 'worker' | 'main-thread' | null;
  message: RunMessage | null;
  /** The run failed and cannot continue until reset. */
  failed: boolean;
}

export const useRunStore = create<RunState>()(() => ({
  playing: false,
  generation: -1,
  snapshot: null,
  speed: DEFAULT_SPEED,
  watched: '',
  mode: null,
  message: null,
  failed: false,
}));
