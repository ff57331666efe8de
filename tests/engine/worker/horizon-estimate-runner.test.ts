// The effective-horizon runner (shared by the worker and the main-thread fallback): trials k by k then 'done';
// a map whose min-k is beyond GORP's reach gets 'done' at once; a cancelled run posts nothing more.
import { describe, expect, it } from 'vitest';
import { runHorizonEstimate } from '../../../src/engine/worker/horizon-estimate-runner.ts';
import type { FromHorizonEstimate } from '../../../src/engine/worker/horizon-estimate-protocol.ts';

async function collect(world: 'lava-gap' | 'key-door', cancelled = () => false): Promise<FromHorizonEstimate[]> {
  const messages: FromHorizonEstimate[] = [];
  await runHorizonEstimate({ world, shaped: false, sticky: false, gamma: 0.95, seed: 1 }, (m) => messages.push(m), async () => {}, cancelled);
  return messages;
}

describe('horizon estimate runner', () => {
  it('posts each k’s trial, from min-k, then done', async () => {
    const messages = await collect('lava-gap');
    expect(messages.at(-1)).toEqual({ type: 'done' });
    const trials = messages.filter((m) => m.type === 'trial');
    expect(trials.length).toBeGreaterThan(0);
    expect(trials[0]!.type === 'trial' && trials[0]!.trial.k).toBe(5);
  });

  it('has nothing to try when min-k needs more than 4ᵏ sequences it can afford (key and door, min-k 12)', async () => {
    expect(await collect('key-door')).toEqual([{ type: 'done' }]);
  });

  it('stops posting once cancelled', async () => {
    expect(await collect('lava-gap', () => true)).toEqual([]);
  });
});
