// A long computation streamed from a worker (worker-task.ts) into a component: start it, collect the items its
// messages carry as they come, stop it (or let unmounting stop it), clear it, and report its state and the seconds
// it has taken. The suite and scaling sweeps and the effective-horizon estimate all run this way.
import { useEffect, useRef, useState } from 'react';

export type TaskState = 'idle' | 'running' | 'done' | 'error';

/** What every task's messages share: a final 'done' or 'error' (with its message); the rest carry items. */
export type TaskMessage = { readonly type: 'done' } | { readonly type: 'error'; readonly message: string } | { readonly type: string };

export function useWorkerTask<Request, Message extends TaskMessage, Item>(
  start: (request: Request, onMessage: (message: Message) => void) => () => void,
  /** The item a message carries, or undefined for 'done' and 'error'. */
  itemOf: (message: Message) => Item | undefined,
) {
  const [items, setItems] = useState<Item[]>([]);
  const [state, setState] = useState<TaskState>('idle');
  const [message, setMessage] = useState('');
  const [seconds, setSeconds] = useState(0);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => () => cancel.current?.(), []);

  const run = (request: Request) => {
    cancel.current?.();
    setItems([]);
    setState('running');
    const started = performance.now();
    cancel.current = start(request, (m) => {
      const item = itemOf(m);
      if (item !== undefined) setItems((xs) => [...xs, item]);
      else if (m.type === 'done') setState('done');
      else {
        setState('error');
        setMessage((m as { message?: string }).message ?? 'unknown error');
      }
      setSeconds((performance.now() - started) / 1000);
    });
  };
  const stop = () => {
    cancel.current?.();
    cancel.current = null;
    setState('idle');
  };
  /** Stop and forget the items (e.g. when the settings they were computed for change). */
  const clear = () => {
    stop();
    setItems([]);
  };
  return { items, state, message, seconds, run, stop, clear };
}
