import { DataPanel } from '../data/index.ts';
import { InspectorPanel } from '../inspector/InspectorPanel.tsx';
import { removeRun, TrainingControls, useMainRun, useRuns } from '../training/index.ts';
import { setOverlay, useOverlaid } from './dashboardStore.ts';
import { MainRunDiagnosis } from './MainRunDiagnosis.tsx';
import { RunList } from './RunList.tsx';
import './dashboard.css';

/**
 * The right-hand column: training controls first (Train stays in view however much a table's
 * details take), with the diagnosis under the run's progress, where a person who wonders why
 * the network does not learn is looking; then the settings; the inspector while a node is
 * selected (here rather than beside the canvas, so selecting a node never moves the graph); the
 * data the model trains on, and every run so far.
 */
export function TrainingSidebar() {
  const runs = useRuns();
  const mainRun = useMainRun();
  const overlaid = useOverlaid();
  return (
    <aside aria-label="Training" className="training-sidebar">
      <TrainingControls diagnosis={<MainRunDiagnosis />} />
      <InspectorPanel />
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
