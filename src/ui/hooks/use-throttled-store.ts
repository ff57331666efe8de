// Reads a zustand store at most once per `intervalMs` (8 Hz by default) and only while `enabled` (e.g. a chart is on
// screen): metric frames bump the store many times a second, a chart re-renders at its own pace (DESIGN.md §3 rule 7).
import { useEffect, useState } from 'react';

export const CHART_REFRESH_MS = 125;

interface ReadableStore<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
}

export interface ThrottleOptions<T> {
  /** When the selected value counts as unchanged (no re-render); Object.is by default. Keep it stable. */
  readonly equal?: (a: T, b: T) => boolean;
  readonly intervalMs?: number;
  /** While false the store is not read; turning it on reads it at once. */
  readonly enabled?: boolean;
}

/** `select` should be a stable (module-level) function. */
export function useThrottledStore<S, T>(store: ReadableStore<S>, select: (state: S) => T, options: ThrottleOptions<T> = {}): T {
  const { equal = Object.is, intervalMs = CHART_REFRESH_MS, enabled = true } = options;
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = -Infinity;
    const sample = () => {
      timer = undefined;
      last = performance.now();
      const next = select(store.getState());
      setValue((prev) => (equal(prev, next) ? prev : next));
    };
    const unsubscribe = store.subscribe(() => {
      if (timer === undefined) timer = setTimeout(sample, Math.max(0, last + intervalMs - performance.now()));
    });
    sample(); // changes made before the subscription (or while disabled)
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, select, equal, intervalMs, enabled]);
  return value;
}
