import { tidyLayout } from '../../store/commands.ts';
import { redoEdit, runCommand, undoEdit, useDocumentValue } from '../../store/documentStore.ts';
import { getModel } from '../../store/index.ts';
import { getViewState, requestFitView } from '../../store/viewStore.ts';
import { tidyPositions } from '../../store/tidyLayout.ts';
import { ShareLinkButton } from '../../share/ShareLinkButton.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { ImportButton } from './ImportButton.tsx';
import { TemplatesMenu } from './TemplatesMenu.tsx';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

function tidy() {
  runCommand(tidyLayout, tidyPositions(getModel(), getViewState().measured));
  requestFitView();
}

export function Toolbar() {
  const undoLabel = useDocumentValue((state) => state.history.past.at(-1)?.label);
  const redoLabel = useDocumentValue((state) => state.history.future.at(-1)?.label);
  return (
    <header className="toolbar">
      <h1 className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true" />
        Netloom
      </h1>
      <div className="toolbar__group">
        <TemplatesMenu />
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          className="button"
          onClick={undoEdit}
          disabled={!undoLabel}
          title={undoLabel ? `Undo ${undoLabel.toLowerCase()} (${MOD}Z)` : 'Nothing to undo'}
        >
          Undo
        </button>
        <button
          type="button"
          className="button"
          onClick={redoEdit}
          disabled={!redoLabel}
          title={redoLabel ? `Redo ${redoLabel.toLowerCase()} (${MOD}Shift+Z)` : 'Nothing to redo'}
        >
          Redo
        </button>
        <button type="button" className="button" onClick={tidy}>
          Tidy layout
        </button>
      </div>
      <div className="toolbar__group toolbar__group--end">
        <ImportButton />
        <ExportMenu />
        <ShareLinkButton />
      </div>
    </header>
  );
}
