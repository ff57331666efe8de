// The page's datasets, kept in IndexedDB (through idb) so they survive a reload: each stored with a name and a
// summary for listing without loading every episode. Only datasets that passed import validation or were
// generated in the page reach it; a failed save leaves what was stored as it was.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { transitionCount, type OfflineDataset } from '../core/data/offline-dataset.ts';

export interface LibraryEntry {
  readonly id: string;
  readonly name: string;
  readonly envId: string;
  readonly behaviour: OfflineDataset['meta']['behaviour'];
  readonly transitions: number;
  readonly episodes: number;
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
}

interface LibrarySchema extends DBSchema {
  summaries: { key: string; value: LibraryEntry; indexes: { savedAt: number } };
  datasets: { key: string; value: OfflineDataset };
}

const DB_NAME = 'rl-sandbox-datasets';
const DB_VERSION = 1;

export class DatasetLibrary {
  private constructor(private readonly db: IDBPDatabase<LibrarySchema>) {}

  static async open(name = DB_NAME): Promise<DatasetLibrary> {
    const db = await openDB<LibrarySchema>(name, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('summaries', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
        database.createObjectStore('datasets');
      },
    });
    return new DatasetLibrary(db);
  }

  /** Stores a dataset under a new id (summary and data in one transaction: both or neither). */
  async save(name: string, dataset: OfflineDataset, now = Date.now()): Promise<LibraryEntry> {
    const summary: LibraryEntry = {
      id: crypto.randomUUID(), name, envId: dataset.meta.env.id,
      behaviour: dataset.meta.behaviour, transitions: transitionCount(dataset), episodes: dataset.episodes.length, savedAt: now,
    };
    const tx = this.db.transaction(['summaries', 'datasets'], 'readwrite');
    const done = tx.done;
    try {
      await tx.objectStore('datasets').put(dataset, summary.id);
      await tx.objectStore('summaries').put(summary);
      await done;
    } catch (error) {
      // A write that failed (e.g. data that cannot be cloned) must not leave half a dataset: undo the other one.
      done.catch(() => {});
      try { tx.abort(); } catch { /* already finished or aborted */ }
      throw error;
    }
    return summary;
  }

  /** Every stored dataset's summary, oldest first. */
  async list(): Promise<LibraryEntry[]> {
    return this.db.getAllFromIndex('summaries', 'savedAt');
  }

  async load(id: string): Promise<OfflineDataset | undefined> {
    return this.db.get('datasets', id);
  }

  async remove(id: string): Promise<void> {
    const tx = this.db.transaction(['summaries', 'datasets'], 'readwrite');
    await Promise.all([tx.objectStore('summaries').delete(id), tx.objectStore('datasets').delete(id), tx.done]);
  }

  close(): void {
    this.db.close();
  }
}
