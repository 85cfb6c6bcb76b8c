import './editor.css';
import { Canvas } from './Canvas.tsx';
import { NoticeBanner } from './NoticeBanner.tsx';
import { Palette } from './Palette.tsx';
import { StatusLine } from './StatusLine.tsx';
import { useEditorHotkeys } from './useEditorHotkeys.ts';

/** The palette, the canvas with its notices and the status line under it. */
export function Editor() {
  useEditorHotkeys();
  return (
    <>
      <Palette />
      <main className="editor" aria-label="Graph editor">
        <NoticeBanner />
        <Canvas />
        <StatusLine />
      </main>
    </>
  );
}
