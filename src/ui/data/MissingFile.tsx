import type { FileDataSource } from '../../model/index.ts';
import { FilePickerButton } from './FilePickerButton.tsx';
import { dataController } from './controller.ts';

/** The model records a file this browser does not have: ask for it (a file with other contents or columns is refused, saying what differs). */
export function MissingFile({ source }: { source: FileDataSource }) {
  return (
    <div className="data-missing" role="region" aria-label="Missing data file">
      <p>
        This model trains on <strong>{source.file}</strong> (SHA-256 <code>{source.sha256.slice(0, 12)}…</code>, target{' '}
        <strong>{source.target}</strong>), which this browser does not have. Load that file to train it, or choose other data above.
      </p>
      <FilePickerButton primary onFile={(name, bytes) => dataController().locateFile(name, bytes)}>
        Load {source.file}…
      </FilePickerButton>
    </div>
  );
}
