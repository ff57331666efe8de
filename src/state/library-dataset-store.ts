// The library dataset the offline lab's run trains on (when its Dataset control is 'library'): loaded from
// IndexedDB by the run controller before the run starts, and read by the dataset panel, so both show the same data.
import { create } from 'zustand';
import type { OfflineDataset } from '../core/data/offline-dataset.ts';

interface LibraryDatasetState {
  /** The library id and name of the loaded dataset, and the dataset itself (null when none is in use). */
  readonly current: { readonly id: string; readonly name: string; readonly dataset: OfflineDataset } | null;
  /** Bumped whenever the library's contents change, so lists reload. */
  readonly version: number;
}

export const useLibraryDatasetStore = create<LibraryDatasetState>()(() => ({ current: null, version: 0 }));
