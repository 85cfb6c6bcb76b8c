import { useRef } from 'react';
import { ShareLinkButton, type ShareLinkOpener } from '../../share/ShareLinkButton.tsx';
import { redoEdit, undoEdit, useDocumentValue } from '../../store/documentStore.ts';
import { CompactMenu } from './CompactMenu.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { GraphNameField } from './GraphNameField.tsx';
import { ImportButton, type ImportPicker } from './ImportButton.tsx';
import { MenuButton } from './MenuButton.tsx';
import { TemplatesMenu } from './TemplatesMenu.tsx';
import { ACTIVATION_ITEMS, startNewGraph, tidy } from './toolbarItems.ts';
import './toolbar.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/**
 * The graph's name and every action on the graph. In a narrow window the row keeps the name,
 * Undo and Redo, and the rest moves into one "Menu".
 */
export function Toolbar() {
  const undoLabel = useDocumentValue((state) => state.history.past.at(-1)?.label);
  const redoLabel = useDocumentValue((state) => state.history.future.at(-1)?.label);
  const importRef = useRef<ImportPicker>(null);
  const shareRef = useRef<ShareLinkOpener>(null);
  return (
    <header className="toolbar">
      <h1 className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true" />
        <span className="toolbar__brand-name">Netloom</span>
      </h1>
      <GraphNameField />
      <div className="toolbar__group toolbar__wide-only">
        <button type="button" className="button" onClick={startNewGraph} title="An empty canvas (Undo brings the graph back)">
          New
        </button>
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
      </div>
      <div className="toolbar__group toolbar__wide-only">
        <button type="button" className="button" onClick={tidy}>
          Tidy layout
        </button>
        <MenuButton label="Set activations" items={ACTIVATION_ITEMS} />
      </div>
      <div className="toolbar__group toolbar__group--end">
        <ImportButton ref={importRef} />
        <ExportMenu />
        <ShareLinkButton ref={shareRef} />
        <CompactMenu onImport={() => importRef.current?.open()} onShareLink={() => shareRef.current?.open()} />
      </div>
    </header>
  );
}
