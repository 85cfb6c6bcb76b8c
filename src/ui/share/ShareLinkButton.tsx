import { useId, useImperativeHandle, useMemo, useState, type Ref } from 'react';
import type { NetloomModel } from '../../model/index.ts';
import { getModel, writePendingWeights } from '../store/index.ts';
import { encodeModelLink, type LinkContents } from './linkCodec.ts';
import { useModalDialog } from '../dialog/useModalDialog.ts';
import '../dialog/dialog.css';
import './share.css';

/** Opens the share dialog programmatically (the narrow window's menu does). */
export interface ShareLinkOpener {
  open(): void;
}

/**
 * "Share link": a dialog that puts the graph (and, if chosen, its settings and weights) into a
 * link to copy. The button hides in a narrow window, whose menu opens the dialog through `ref`.
 */
export function ShareLinkButton({ ref }: { ref?: Ref<ShareLinkOpener> }) {
  // The graph as it was when the dialog opened (with the weights a running run holds back):
  // training may go on updating the weights meanwhile.
  const [model, setModel] = useState<NetloomModel | null>(null);
  const open = () => {
    writePendingWeights();
    setModel(getModel());
  };
  const dialogRef = useModalDialog(model !== null);
  const titleId = useId();
  useImperativeHandle(ref, () => ({ open }), []);
  return (
    <>
      <button type="button" className="button toolbar__wide-only" aria-haspopup="dialog" onClick={open}>
        Share link
      </button>
      <dialog ref={dialogRef} className="dialog share-dialog" aria-labelledby={titleId} onClose={() => setModel(null)}>
        {model && <SharePanel model={model} titleId={titleId} onClose={() => setModel(null)} />}
      </dialog>
    </>
  );
}

function SharePanel({ model, titleId, onClose }: { model: NetloomModel; titleId: string; onClose: () => void }) {
  const hasWeights = Object.keys(model.weights ?? {}).length > 0;
  const [contents, setContents] = useState<LinkContents>({ training: true, weights: false });
  const [status, setStatus] = useState('');
  const linkId = useId();
  const link = useMemo(() => encodeModelLink(model, contents, window.location.href.split('#')[0]!), [model, contents]);
  const choose = (change: Partial<LinkContents>) => {
    setContents({ ...contents, ...change });
    setStatus('');
  };
  const copy = async () => {
    if (!link.ok) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setStatus('Link copied. Anyone who opens it sees this graph.');
    } catch {
      (document.getElementById(linkId) as HTMLInputElement | null)?.select();
      setStatus('The browser did not allow copying: the link is selected, copy it with Ctrl+C (⌘C).');
    }
  };
  return (
    <>
      <h2 id={titleId}>Share a link to this graph</h2>
      <p>The graph travels inside the link, after the “#”, so it never reaches a server.</p>
      <fieldset className="share-dialog__contents">
        <legend>Also put in the link</legend>
        <label>
          <input type="checkbox" checked={contents.training} onChange={(event) => choose({ training: event.target.checked })} />
          Training settings (dataset, optimizer, learning rate, batch size, epochs, seed)
        </label>
        <label>
          <input
            type="checkbox"
            checked={contents.weights && hasWeights}
            disabled={!hasWeights}
            onChange={(event) => choose({ weights: event.target.checked })}
          />
          {hasWeights ? 'Trained weights (the link gets longer)' : 'Trained weights (none yet: train the network first)'}
        </label>
      </fieldset>
      <label className="share-dialog__link-label" htmlFor={linkId}>
        Link {link.ok && <span className="share-dialog__length">{link.url.length.toLocaleString('en')} characters</span>}
      </label>
      {link.ok ? (
        <input id={linkId} className="share-dialog__link" readOnly value={link.url} onFocus={(event) => event.target.select()} />
      ) : (
        <p id={linkId} className="share-dialog__too-long" role="alert">
          {link.message}
        </p>
      )}
      <p className="share-dialog__status" role="status">
        {status}
      </p>
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button--primary" onClick={() => void copy()} disabled={!link.ok}>
          Copy link
        </button>
      </div>
    </>
  );
}
