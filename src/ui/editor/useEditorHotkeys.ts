import { useHotkeys } from 'react-hotkeys-hook';
import { redoEdit, undoEdit } from '../store/documentStore.ts';
import { copySelection, pasteClipboard, selectAll } from '../store/editorActions.ts';

/**
 * Undo/redo, copy/paste and select-all from the keyboard. Form fields keep their own
 * shortcuts (react-hotkeys-hook ignores them by default); Delete is React Flow's.
 */
export function useEditorHotkeys(): void {
  useHotkeys('mod+z', undoEdit, { preventDefault: true });
  useHotkeys(['mod+shift+z', 'mod+y'], redoEdit, { preventDefault: true });
  useHotkeys('mod+a', selectAll, { preventDefault: true });
  // Let the browser copy selected text when no node is selected.
  useHotkeys('mod+c', (event) => {
    if (copySelection()) event.preventDefault();
  });
  useHotkeys('mod+v', (event) => {
    if (pasteClipboard()) event.preventDefault();
  });
}
