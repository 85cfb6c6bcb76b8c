import { useState, type DragEvent } from 'react';
import { dataReferenceOf } from '../../model/index.ts';
import { useModelValue } from '../store/index.ts';
import { DataSources } from './DataSources.tsx';
import { useDataValue } from './dataState.ts';
import { GeneratedNote } from './GeneratedNote.tsx';
import { dataController } from './controller.ts';
import { MissingFile } from './MissingFile.tsx';
import { readDroppedFile } from './readFile.ts';
import { TableDetails } from './TableDetails.tsx';
import './data.css';

/**
 * The data the model trains on: a built-in dataset, or a CSV/TSV file a person opens, drops here
 * or pastes; for a table, a preview, every column's type, role and missing cells (editable), the
 * class balance and the Input width it needs. A file that cannot be read leaves everything as it
 * was and says why, once.
 */
export function DataPanel() {
  const training = useModelValue((model) => model.training);
  const reference = dataReferenceOf(training);
  const { table, plan, busy, error, missingFile, storageProblem } = useDataValue((state) => state);
  const [dropping, setDropping] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  };
  const onDrop = (event: DragEvent) => {
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void readDroppedFile(file).then(({ name, bytes }) => (missingFile ? dataController().locateFile(name, bytes) : dataController().openFile(name, bytes)));
  };

  return (
    <section
      className={dropping ? 'data-panel data-panel--dropping' : 'data-panel'}
      aria-label="Data"
      onDragOver={onDragOver}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <h3>Data</h3>
      <DataSources reference={reference} />
      {busy && (
        <p className="data-panel__busy" role="status">
          {busy}
        </p>
      )}
      {error && (
        <p className="data-panel__error" role="alert">
          {error}
        </p>
      )}
      {storageProblem && <p className="data-panel__note">{storageProblem}</p>}
      {missingFile && <MissingFile source={missingFile} />}
      {reference.kind === 'generated' && <GeneratedNote name={reference.name} />}
      {reference.kind === 'table' && table && <TableDetails table={table} plan={plan?.summary ?? null} />}
      {dropping && <p className="data-panel__drop-hint">Drop the file to read it</p>}
    </section>
  );
}
