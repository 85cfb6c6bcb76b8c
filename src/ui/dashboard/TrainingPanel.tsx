import { useMemo, useState } from 'react';
import { DecisionBoundary } from '../charts/DecisionBoundary.tsx';
import { GradientChart } from '../charts/GradientChart.tsx';
import { describeGradientHealth, diagnoseGradients } from '../charts/gradientHealth.ts';
import { LossChart } from '../charts/LossChart.tsx';
import { RunComparison } from '../charts/RunComparison.tsx';
import { useThrottled } from '../charts/useThrottled.ts';
import { DataPanel, DataViews, useDataShape } from '../data/index.ts';
import { removeRun, TrainingControls, useDecisionBoundary, useMainRun, usePredictionViews, useRuns } from '../training/index.ts';
import { NodeInspector } from '../inspector/NodeInspector.tsx';
import { DepthExperiment } from './DepthExperiment.tsx';
import { DepthSweep } from './DepthSweep.tsx';
import { DiagnosticsSection } from './DiagnosticsSection.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import { FixesExperiment } from './FixesExperiment.tsx';
import { RunList } from './RunList.tsx';
import { useGradientAnnotation } from './useGradientAnnotation.ts';
import './dashboard.css';

/**
 * How often the charts redraw while training: often enough to look live, rarely enough that
 * drawing a dozen lines never competes with the page's own frames.
 */
const CHART_REFRESH_MS = 400;

/** The right-hand column: the data, training controls, the main run's charts (and the views that fit its data), the depth experiment and the run list. */
export function TrainingPanel() {
  const runs = useRuns();
  const liveMainRun = useMainRun();
  const liveBoundary = useDecisionBoundary(liveMainRun?.id);
  // The run list stays live; each chart redraws at its own pace, in a frame of its own.
  const lossRun = useThrottled(liveMainRun, CHART_REFRESH_MS);
  const gradientRun = useThrottled(liveMainRun, CHART_REFRESH_MS);
  const boundary = useThrottled(liveBoundary, CHART_REFRESH_MS);
  const predictions = useThrottled(usePredictionViews(liveMainRun?.id), CHART_REFRESH_MS);
  const planar = useDataShape()?.planar ?? true;
  const chartedRuns = useThrottled(runs, CHART_REFRESH_MS);
  const [overlaid, setOverlaid] = useState<ReadonlySet<string>>(new Set());
  const health = useMemo(() => diagnoseGradients(gradientRun?.gradients ?? []), [gradientRun?.gradients]);
  useGradientAnnotation(gradientRun?.denseIds[0], describeGradientHealth(health));

  const setOverlay = (runIds: readonly string[], shown: boolean) =>
    setOverlaid((current) => {
      const next = new Set(current);
      for (const id of runIds) {
        if (shown) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const overlaidRuns = useMemo(() => chartedRuns.filter((run) => overlaid.has(run.id)), [chartedRuns, overlaid]);

  return (
    <aside aria-label="Training" className="training-panel">
      <DataPanel />
      <TrainingControls />
      <SpeedControl />
      <LossChart run={lossRun} />
      <GradientChart run={gradientRun} health={health} />
      <DiagnosticsSection run={liveMainRun} />
      <NodeInspector run={liveMainRun} />
      {planar && <DecisionBoundary snapshot={boundary} />}
      <DataViews views={predictions} />
      <DepthExperiment onLaunched={(runIds) => setOverlay(runIds, true)} />
      <FixesExperiment onLaunched={(runIds) => setOverlay(runIds, true)} />
      <DepthSweep />
      {overlaidRuns.length > 0 && <RunComparison runs={overlaidRuns} />}
      <RunList
        runs={runs}
        mainRunId={liveMainRun?.id}
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
