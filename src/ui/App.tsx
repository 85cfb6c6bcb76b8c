import { ReactFlowProvider } from '@xyflow/react';
import { ChartsPanel } from './dashboard/ChartsPanel.tsx';
import { TrainingSidebar } from './dashboard/TrainingSidebar.tsx';
import { Editor } from './editor/Editor.tsx';
import { Palette } from './editor/Palette.tsx';
import { Toolbar } from './editor/toolbar/Toolbar.tsx';
import { ImportConfirmDialog } from './import/ImportConfirmDialog.tsx';
import { OpenLinkDialog } from './share/OpenLinkDialog.tsx';
import { Toasts } from './toast/Toasts.tsx';
import './App.css';

/**
 * Toolbar on top; the palette, the canvas over the charts, and the training column below it.
 * Narrow windows (phones) stack the same parts in one scrolling column.
 */
export function App() {
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <div className="app__body">
          <Palette />
          <div className="app__workspace">
            <Editor />
            <ChartsPanel />
          </div>
          <TrainingSidebar />
        </div>
        <Toasts />
        <ImportConfirmDialog />
      </div>
      <OpenLinkDialog />
    </ReactFlowProvider>
  );
}
