// A first-success sweep run from a component (use-worker-task.ts): its points as they come, its state and time.
import type { SweepPoint } from '../../engine/first-success-sweep.ts';
import type { FromSweep, SweepRequest } from '../../engine/worker/sweep-protocol.ts';
import { startSweep } from '../../engine/worker/sweep-client.ts';
import { useWorkerTask } from './use-worker-task.ts';

export function useSweep() {
  const { items: points, ...rest } = useWorkerTask<SweepRequest, FromSweep, SweepPoint>(
    startSweep, (m) => (m.type === 'point' ? m.point : undefined),
  );
  return { points, ...rest };
}
