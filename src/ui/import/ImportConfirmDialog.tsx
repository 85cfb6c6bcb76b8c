import { useEffect, useId, useRef } from 'react';
import { graphName } from '../store/graphName.ts';
import { getModel } from '../store/index.ts';
import { cancelImport, confirmImport, usePendingImport } from './importFlow.ts';
import './import.css';

/**
 * Asks before an import replaces the graph on the canvas: a modal dialog (the browser's own
 * `<dialog>`, which traps focus and closes on Escape), with Undo as the safety net after.
 */
export function ImportConfirmDialog() {
  const pending = usePendingImport();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (pending && !dialog.open) dialog.showModal();
    if (!pending && dialog.open) dialog.close();
  }, [pending]);
  return (
    <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={titleId} onClose={cancelImport}>
      {pending && (
        <>
          <h2 id={titleId}>Replace the graph?</h2>
          <p>
            Importing {pending.source} replaces “{graphName(getModel())}” on the canvas. Undo brings it back.
          </p>
          <div className="confirm-dialog__buttons">
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
