// The dataset library in IndexedDB (fake-indexeddb in Node): a saved dataset is listed and loads back identical
// after the database is closed and reopened (a page reload); removing one leaves the others; a save that fails
// leaves what was stored as it was.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DatasetLibrary } from '../../src/state/dataset-library.ts';
import { generateDataset } from '../../src/core/data/dataset-generators.ts';
import { buildGridModel } from '../../src/core/envs/gridworld/grid-dynamics.ts';
import { parseGridSpec } from '../../src/core/envs/gridworld/grid-layout.ts';
import { FOUR_ROOMS } from '../../src/core/envs/gridworld/grid-presets.ts';
import { createRng } from '../../src/core/rng/rng.ts';

const model = buildGridModel(parseGridSpec(FOUR_ROOMS));
const make = (kind: 'random' | 'expert', seed: number) => generateDataset(model, {
  kind, size: 300, gamma: 0.95, horizon: 100, seed, env: { id: 'four-rooms', settings: { slip: 0 } },
}, createRng(seed));

describe('dataset library', () => {
  it('keeps datasets across a reopen, lists them oldest first, and removes one', async () => {
    const name = 'test-library-1';
    const expert = make('expert', 1);
    const random = make('random', 2);
    let library = await DatasetLibrary.open(name);
    const a = await library.save('expert 300', expert, 1000);
    const b = await library.save('random 300', random, 2000);
    library.close();
    library = await DatasetLibrary.open(name);
    const listed = await library.list();
    expect(listed.map((s) => s.name)).toEqual(['expert 300', 'random 300']);
    expect(listed[0]).toMatchObject({ envId: 'four-rooms', behaviour: 'expert', transitions: 300, savedAt: 1000 });
    expect(await library.load(a.id)).toEqual(expert);
    await library.remove(a.id);
    expect((await library.list()).map((s) => s.id)).toEqual([b.id]);
    expect(await library.load(a.id)).toBeUndefined();
    expect(await library.load(b.id)).toEqual(random);
    library.close();
  });

  it('leaves the stored datasets as they were when a save fails', async () => {
    const library = await DatasetLibrary.open('test-library-2');
    await library.save('kept', make('expert', 3));
    // A function cannot be stored (structured clone fails): the transaction is aborted as a whole.
    const broken = { ...make('random', 4), meta: { ...make('random', 4).meta, env: { id: 'x', settings: { f: (() => 1) as unknown as number } } } };
    await expect(library.save('broken', broken)).rejects.toThrow();
    expect((await library.list()).map((s) => s.name)).toEqual(['kept']);
    library.close();
  });
});
