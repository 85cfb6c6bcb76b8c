import './editor.css';
import { Canvas } from './Canvas.tsx';
import { NoticeBanner } from './NoticeBanner.tsx';
import { StatusLine } from './StatusLine.tsx';
import { useEditorHotkeys } from './useEditorHotkeys.ts';

/** The canvas with its notices and the status line under it. */
export function Editor() {
  useEditorHotkeys();
  return (
    <main className="editor" aria-label="Graph editor">
      <NoticeBanner />
      <Canvas />
      <StatusLine />
    </main>
  );
}
