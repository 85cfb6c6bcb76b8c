import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import { App } from './App.tsx';
import { startData } from './data/index.ts';
import { startOpeningLinks } from './share/openLink.ts';
import { openAutosave } from './store/autosave.ts';
import { indexedDbAutosaveStore } from './store/autosaveStore.ts';

// A first visit opens on the XOR network (the store's default); later visits on the last graph,
// read before the first render so the editor never shows XOR and then swaps it out.
await openAutosave(indexedDbAutosaveStore());
// The data the graph trains on (a table file is found again in IndexedDB); read in a worker, not awaited.
void startData();
// After the restore, so a shared link opens over the last graph (which Undo brings back).
startOpeningLinks(window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
