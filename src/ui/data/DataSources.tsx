import { useId, useState } from 'react';
import { DATASETS, GENERATED_DATASET_NAMES, isDatasetName, TABLE_DATASET_NAMES, type DataReference, type DatasetName } from '../../model/index.ts';
import { dataController } from './controller.ts';
import { FilePickerButton } from './FilePickerButton.tsx';
import { PASTED_NAME, pastedBytes } from './readFile.ts';

/** The value the dataset list shows for a file a person loaded. */
const FILE_OPTION = 'file';

/** The built-in datasets, as the list groups them. */
const DATASET_GROUPS: readonly { label: string; names: readonly DatasetName[] }[] = [
  { label: 'Generated', names: GENERATED_DATASET_NAMES },
  { label: 'Real data', names: TABLE_DATASET_NAMES },
];

/** The dataset list (generated sets, real tables, the file loaded), "Open CSV…" and "Paste CSV". */
export function DataSources({ reference }: { reference: DataReference }) {
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  const pasteId = useId();
  const value = reference.kind === 'generated' ? reference.name : reference.table.kind === 'builtin' ? reference.table.name : FILE_OPTION;

  const readPasted = async () => {
    await dataController().openFile(PASTED_NAME, pastedBytes(text));
    setPasting(false);
  };

  return (
    <div className="data-sources">
      <div className="data-sources__row">
        <label className="training-field data-sources__dataset">
          <span>Dataset</span>
          <select
            value={value}
            onChange={(event) => {
              if (isDatasetName(event.target.value)) dataController().chooseDataset(event.target.value);
            }}
          >
            {DATASET_GROUPS.map(({ label, names }) => (
              <optgroup key={label} label={label}>
                {names.map((name) => (
                  <option key={name} value={name}>
                    {DATASETS[name].label}
                  </option>
                ))}
              </optgroup>
            ))}
            {reference.kind === 'table' && reference.table.kind === 'file' && (
              <optgroup label="Your file">
                <option value={FILE_OPTION}>{reference.table.file}</option>
              </optgroup>
            )}
          </select>
        </label>
        <FilePickerButton onFile={(name, bytes) => dataController().openFile(name, bytes)}>Open CSV…</FilePickerButton>
        <button type="button" className="data-button" aria-expanded={pasting} aria-controls={pasteId} onClick={() => setPasting(!pasting)}>
          Paste CSV
        </button>
      </div>
      <p className="data-sources__hint">…or drop a CSV or TSV file here (its first line names the columns).</p>
      {pasting && (
        <div id={pasteId} className="data-paste">
          <label className="training-field">
            <span>CSV text (first line: column names)</span>
            <textarea rows={5} value={text} spellCheck={false} onChange={(event) => setText(event.target.value)} />
          </label>
          <button type="button" className="data-button data-button--primary" disabled={text.trim() === ''} onClick={() => void readPasted()}>
            Read pasted table
          </button>
        </div>
      )}
    </div>
  );
}
