import { useId } from 'react';
import { cancelOpenLink, confirmOpenLink, usePendingLink } from './openLink.ts';
import { useModalDialog } from './useModalDialog.ts';
import './share.css';

/** Asks before a shared link replaces the person's graph; Undo is the way back afterwards. */
export function OpenLinkDialog() {
  const pending = usePendingLink();
  const dialogRef = useModalDialog(pending !== null);
  const titleId = useId();
  return (
    <dialog ref={dialogRef} className="share-dialog" aria-labelledby={titleId} onClose={cancelOpenLink}>
      {pending && (
        <>
          <h2 id={titleId}>Open the shared graph?</h2>
          <p>
            The link holds {pending.name ? `“${pending.name}”` : 'a graph'} with {pending.nodes.length} nodes. Opening it replaces the
            graph on the canvas; Undo brings yours back.
          </p>
          <div className="share-dialog__buttons">
            <button type="button" className="button" onClick={cancelOpenLink}>
              Keep my graph
            </button>
            <button type="button" className="button button--primary" onClick={confirmOpenLink}>
              Open link
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
