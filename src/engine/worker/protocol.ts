// The messages between the page and the run host (in a Web Worker, or on the main thread as a fallback).
// Only plain data crosses: the demo is named by id, and the run is rebuilt from {demoId, params, seed} inside.
import type { ParamValue } from '../../demos/control-spec.ts';
import type { AgentSeries, RunSnapshot } from '../run.ts';
import type { AgentView } from '../../core/agents/agent.ts';
import type { SpeedId } from '../speed.ts';
import type { OfflineDataset } from '../../core/data/offline-dataset.ts';

export interface RunConfig {
  readonly demoId: string;
  readonly params: Readonly<Record<string, ParamValue>>;
  readonly seed: number;
  readonly runs: number;
  readonly agents: readonly string[];
  /** A library dataset the run trains on (offline demos with Dataset 'library'). */
  readonly dataset?: OfflineDataset;
}

export type ToHost =
  /** Build a fresh run (paused) from this config. */
  | { readonly type: 'start'; readonly config: RunConfig }
  | { readonly type: 'play'; readonly speed: SpeedId }
  | { readonly type: 'pause' }
  /** Exactly one tick (one env step or sweep for every lane), then paused. */
  | { readonly type: 'step' }
  | { readonly type: 'set-speed'; readonly speed: SpeedId }
  /** Live changes apply in place; others rebuild the run (a frame with a new generation says so). */
  | { readonly type: 'set-params'; readonly params: Readonly<Record<string, ParamValue>> }
  /** Whose env and agent view the frames carry. */
  | { readonly type: 'watch'; readonly agentId: string };

export interface WatchedView {
  readonly agentId: string;
  readonly env: unknown;
  readonly agent: AgentView;
}

export type FromHost =
  | {
    readonly type: 'frame';
    /** Increases whenever the run is rebuilt: series of older generations are dropped. */
    readonly generation: number;
    readonly playing: boolean;
    readonly snapshot: RunSnapshot;
    /** New points since the previous frame. */
    readonly updates: readonly AgentSeries[];
    /** Absent in turbo, where nothing is drawn. */
    readonly view?: WatchedView;
    /** Set on the frame that follows a rebuild caused by set-params. */
    readonly rebuiltBy?: readonly string[];
  }
  /** A refused command (bad params: the run goes on as it was) or a failure (the run stopped). */
  | { readonly type: 'error'; readonly message: string; readonly fatal: boolean };
