// The latest env and agent view from the run, for the grid canvas and bandit view. It changes every frame, so
// components subscribe to it transiently (store.subscribe) and draw, instead of re-rendering React.
import { createStore } from 'zustand/vanilla';
import type { WatchedView } from '../engine/worker/protocol.ts';

interface ViewState {
  generation: number;
  view: WatchedView | null;
}

export const viewStore = createStore<ViewState>()(() => ({ generation: -1, view: null }));
