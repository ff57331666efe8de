// A first-success sweep run from a component: start it off the main thread, collect its points as they come, stop
// it (or let unmounting stop it), and report its state and the seconds it has taken.
import { useEffect, useRef, useState } from 'react';
import type { SweepPoint } from '../../engine/first-success-sweep.ts';
import type { SweepRequest } from '../../engine/worker/sweep-protocol.ts';
import { startSweep } from '../../engine/worker/sweep-client.ts';

export type SweepState = 'idle' | 'running' | 'done' | 'error';

export function useSweep() {
  const [points, setPoints] = useState<SweepPoint[]>([]);
  const [state, setState] = useState<SweepState>('idle');
  const [message, setMessage] = useState('');
  const [seconds, setSeconds] = useState(0);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => () => cancel.current?.(), []);

  const run = (request: SweepRequest) => {
    cancel.current?.();
    setPoints([]);
    setState('running');
    const started = performance.now();
    cancel.current = startSweep(request, (m) => {
      if (m.type === 'point') setPoints((ps) => [...ps, m.point]);
      else if (m.type === 'done') setState('done');
      else {
        setState('error');
        setMessage(m.message);
      }
      setSeconds((performance.now() - started) / 1000);
    });
  };
  const stop = () => {
    cancel.current?.();
    cancel.current = null;
    setState('idle');
  };
  return { points, state, message, seconds, run, stop };
}
