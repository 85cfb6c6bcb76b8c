import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import { App } from './App.tsx';
import { startOpeningLinks } from './share/openLink.ts';
import { readAutosave, startAutosave } from './store/autosave.ts';
import { resetDocument } from './store/documentStore.ts';

// A first visit opens on the XOR network (the store's default); later visits on the last graph.
const saved = readAutosave(localStorage);
if (saved) resetDocument(saved);
startAutosave(localStorage);
// After the restore, so a shared link opens over the last graph (which Undo brings back).
startOpeningLinks(window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
