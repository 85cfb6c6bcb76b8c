import { useId } from 'react';
import { useModalDialog } from '../dialog/useModalDialog.ts';
import { graphName } from '../store/graphName.ts';
import { getModel } from '../store/index.ts';
import { cancelImport, confirmImport, usePendingImport } from './importFlow.ts';
import '../dialog/dialog.css';

/**
 * Asks before an import replaces the graph on the canvas: a modal dialog (the browser's own
 * `<dialog>`, which traps focus and closes on Escape), with Undo as the safety net after.
 */
export function ImportConfirmDialog() {
  const pending = usePendingImport();
  const dialogRef = useModalDialog(pending !== null);
  const titleId = useId();
  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={cancelImport}>
      {pending && (
        <>
          <h2 id={titleId}>Replace the graph?</h2>
          <p>
            Importing {pending.source} replaces “{graphName(getModel())}” on the canvas. Undo brings it back.
          </p>
          <div className="dialog__buttons">
            <button type="button" className="button" onClick={cancelImport}>
              Cancel
            </button>
            <button type="button" className="button button--primary" onClick={confirmImport} autoFocus>
              Replace graph
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
