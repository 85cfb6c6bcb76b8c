import { ReactFlowProvider } from '@xyflow/react';
import { TrainingPanel } from './dashboard/TrainingPanel.tsx';
import { Editor } from './editor/Editor.tsx';
import { Toolbar } from './editor/toolbar/Toolbar.tsx';
import { OpenLinkDialog } from './share/OpenLinkDialog.tsx';
import './App.css';

/** Toolbar on top; palette, canvas and the training column below. */
export function App() {
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <div className="app__body">
          <Editor />
          <div className="app__training">
            <TrainingPanel />
          </div>
        </div>
      </div>
      <OpenLinkDialog />
    </ReactFlowProvider>
  );
}
