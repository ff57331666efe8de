// Runs a sweep request and reports each point: shared by the sweep worker and the main-thread fallback. `yieldNow`
// gives the caller a chance to breathe between points (the fallback uses it to keep the page responsive).
import { findDemo } from '../../demos/registry.ts';
import { loadAgentFactories } from '../agent-factories.ts';
import { firstSuccessSweep } from '../first-success-sweep.ts';
import { streamItems } from './stream-items.ts';
import type { FromSweep, SweepRequest } from './sweep-protocol.ts';

export function runSweep(
  request: SweepRequest, post: (message: FromSweep) => void, yieldNow: () => Promise<void> = async () => {}, cancelled = () => false,
): Promise<void> {
  return streamItems(async () => {
    const demo = findDemo(request.demoId);
    if (!demo) throw new Error(`unknown demo '${request.demoId}'`);
    await loadAgentFactories(demo, request.options.agents);
    return firstSuccessSweep(demo, request.params, request.seed, request.options);
  }, (point) => ({ type: 'point' as const, point }), post, yieldNow, cancelled);
}
