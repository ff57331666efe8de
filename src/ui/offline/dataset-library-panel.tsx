// The offline lab's dataset library (IndexedDB, so it survives a reload): save the dataset on show, import a file
// (validated by the schema; a bad file is refused with what is wrong, and nothing stored changes), and for each
// stored dataset: train on it, export it, delete it.
import { useEffect, useRef, useState } from 'react';
import { DatasetLibrary, type LibraryEntry } from '../../state/dataset-library.ts';
import { useLibraryDatasetStore } from '../../state/library-dataset-store.ts';
import { runController } from '../../state/run-controller.ts';
import { exportDataset, importDataset, type ImportExpectation } from '../../core/data/dataset-file.ts';
import type { OfflineDataset } from '../../core/data/offline-dataset.ts';
import { downloadText } from '../charts/download.ts';

interface Props {
  /** The generated dataset on show (null when a library dataset is on show) and the name it would be saved under. */
  readonly dataset: OfflineDataset | null;
  readonly name: string;
  /** The world a file must come from. */
  readonly expect: ImportExpectation;
}

type Notice = { readonly kind: 'error' | 'info'; readonly text: string } | null;

async function withLibrary<T>(fn: (library: DatasetLibrary) => Promise<T>): Promise<T> {
  const library = await DatasetLibrary.open();
  try {
    return await fn(library);
  } finally {
    library.close();
  }
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function DatasetLibraryPanel({ dataset, name, expect }: Props) {
  const version = useLibraryDatasetStore((s) => s.version);
  const current = useLibraryDatasetStore((s) => s.current);
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const file = useRef<HTMLInputElement>(null);
  const changed = () => useLibraryDatasetStore.setState((s) => ({ version: s.version + 1 }));

  useEffect(() => {
    let live = true;
    withLibrary((library) => library.list())
      .then((list) => { if (live) setEntries(list); })
      .catch((error: unknown) => { if (live) setNotice({ kind: 'error', text: `The library could not be read: ${describeError(error)}.` }); });
    return () => { live = false; };
  }, [version]);

  const save = async (label: string, data: OfflineDataset) => {
    try {
      const entry = await withLibrary((library) => library.save(label, data));
      changed();
      return entry;
    } catch (error) {
      // Typically the browser's storage quota: nothing was stored, and what was stored before is untouched.
      setNotice({ kind: 'error', text: `The browser refused to store the dataset (${describeError(error)}); the library is unchanged. Deleting datasets you no longer need frees space.` });
      return null;
    }
  };

  const importFile = async (picked: File) => {
    const result = importDataset(await picked.text(), expect, picked.size);
    if (!result.ok) {
      setNotice({ kind: 'error', text: `${picked.name} was not imported. ${result.message}` });
      return;
    }
    const entry = await save(picked.name.replace(/\.json$/i, '').replace(/\.dataset$/i, ''), result.dataset);
    if (entry) setNotice({ kind: 'info', text: `Imported ${entry.name}: ${entry.transitions.toLocaleString('en')} transitions. Press Train on it to use it.` });
  };

  const use = async (entry: LibraryEntry) => {
    const stored = await withLibrary((library) => library.load(entry.id));
    if (!stored) {
      setNotice({ kind: 'error', text: `${entry.name} is no longer in the library.` });
      changed();
      return;
    }
    setNotice(null);
    runController.useLibraryDataset(entry, stored);
  };

  const remove = async (entry: LibraryEntry) => {
    await withLibrary((library) => library.remove(entry.id));
    if (current?.id === entry.id) setNotice({ kind: 'info', text: `${entry.name} was deleted; this run keeps the copy it loaded until you change the dataset.` });
    changed();
  };

  const exportEntry = async (entry: LibraryEntry) => {
    const stored = await withLibrary((library) => library.load(entry.id));
    if (stored) downloadText(`${entry.name}.dataset.json`, exportDataset(stored), 'application/json');
  };

  return (
    <section className="offline-library" aria-label="Dataset library" data-testid="dataset-library" data-entries={entries?.length ?? 0}>
      <div className="offline-matrix-head">
        <h3 className="offline-heading">Your dataset library</h3>
        <div className="offline-library-actions">
          {dataset && (
            <button type="button" onClick={() => void save(name, dataset).then((e) => e && setNotice({ kind: 'info', text: `Saved ${e.name} to the library.` }))}>
              Save this dataset
            </button>
          )}
          <button type="button" onClick={() => file.current?.click()}>Import a file…</button>
          <input ref={file} type="file" accept=".json,application/json" hidden aria-label="Dataset file to import"
            onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void importFile(f); }} />
        </div>
      </div>
      <p className="offline-muted">Kept in this browser (IndexedDB): they stay after a reload, and never leave your computer unless you export them.</p>
      {notice && <p className={notice.kind === 'error' ? 'offline-error' : 'offline-status'} role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p>}
      {entries && entries.length === 0 && <p className="offline-muted">Empty so far.</p>}
      {entries && entries.length > 0 && (
        <table className="offline-table tabular">
          <thead>
            <tr><th scope="col">name</th><th scope="col">behaviour</th><th scope="col">transitions</th><th scope="col">episodes</th><th scope="col"><span className="visually-hidden">actions</span></th></tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className={current?.id === entry.id ? 'offline-current' : undefined}>
                <th scope="row">{entry.name}{current?.id === entry.id ? ' (training on it)' : ''}</th>
                <td>{entry.behaviour}</td>
                <td>{entry.transitions.toLocaleString('en')}</td>
                <td>{entry.episodes.toLocaleString('en')}</td>
                <td className="offline-library-row-actions">
                  <button type="button" onClick={() => void use(entry)} aria-label={`Train on ${entry.name}`}>Train on it</button>
                  <button type="button" onClick={() => void exportEntry(entry)} aria-label={`Export ${entry.name}`}>Export</button>
                  <button type="button" onClick={() => void remove(entry)} aria-label={`Delete ${entry.name}`}>Delete</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
