// Runs an offline-matrix request and reports each cell: shared by the worker and the main-thread fallback (which
// yields between cells).
import { findDemo } from '../../demos/registry.ts';
import { loadAgentFactories } from '../agent-factories.ts';
import { offlineMatrix } from '../offline-matrix.ts';
import { streamItems } from './stream-items.ts';
import type { FromOfflineMatrix, OfflineMatrixRequest } from './offline-matrix-protocol.ts';

export function runOfflineMatrix(
  request: OfflineMatrixRequest, post: (message: FromOfflineMatrix) => void,
  yieldNow: () => Promise<void> = async () => {}, cancelled = () => false,
): Promise<void> {
  return streamItems(async () => {
    const demo = findDemo(request.demoId);
    if (!demo) throw new Error(`unknown demo '${request.demoId}'`);
    await loadAgentFactories(demo, request.options.agents);
    return offlineMatrix(demo, request.params, request.seed, request.options);
  }, (cell) => ({ type: 'cell' as const, cell }), post, yieldNow, cancelled);
}
