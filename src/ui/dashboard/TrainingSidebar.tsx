import { DataPanel } from '../data/index.ts';
import { removeRun, TrainingControls, useMainRun, useRuns } from '../training/index.ts';
import { setOverlay, useOverlaid } from './dashboardStore.ts';
import { RunList } from './RunList.tsx';
import './dashboard.css';

/**
 * The right-hand column: training controls and settings first (Train stays in view however much a
 * table's details take), the data the model trains on, then every run so far.
 */
export function TrainingSidebar() {
  const runs = useRuns();
  const mainRun = useMainRun();
  const overlaid = useOverlaid();
  return (
    <aside aria-label="Training" className="training-sidebar">
      <TrainingControls />
      <DataPanel />
      <RunList
        runs={runs}
        mainRunId={mainRun?.id}
        overlaid={overlaid}
        onOverlayChange={(runId, shown) => setOverlay([runId], shown)}
        onRemove={(runId) => {
          removeRun(runId);
          setOverlay([runId], false);
        }}
      />
    </aside>
  );
}
