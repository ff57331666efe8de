// Reads a fast-changing store (one change per frame) into React at most once per `intervalMs`, with a trailing
// update so the last change is never lost (DESIGN.md §3.7: high-frequency data bypasses React renders).
import { useEffect, useRef, useState } from 'react';

interface ReadableStore<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
}

export function useThrottledStore<S, T>(store: ReadableStore<S>, select: (state: S) => T, intervalMs: number): T {
  const [value, setValue] = useState(() => select(store.getState()));
  const selectRef = useRef(select);
  useEffect(() => {
    selectRef.current = select;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const flush = () => {
      timer = undefined;
      last = Date.now();
      setValue(() => selectRef.current(store.getState()));
    };
    const unsubscribe = store.subscribe(() => {
      if (timer === undefined) timer = setTimeout(flush, Math.max(0, last + intervalMs - Date.now()));
    });
    // Catch a change made between the first render and this subscription.
    flush();
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, intervalMs]);
  return value;
}
