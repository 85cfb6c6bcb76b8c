import { useMemo } from 'react';
import { DecisionBoundary } from '../charts/DecisionBoundary.tsx';
import { GradientChart } from '../charts/GradientChart.tsx';
import { describeGradientHealth, diagnoseGradients, type GradientHealth } from '../charts/gradientHealth.ts';
import { LossChart } from '../charts/LossChart.tsx';
import { useThrottled } from '../charts/useThrottled.ts';
import { useDecisionBoundary, useMainRun, useMainRunStale } from '../training/index.ts';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { useGradientAnnotation } from './useGradientAnnotation.ts';

const NOT_JUDGED: GradientHealth = { kind: 'healthy' };

/**
 * The main run's loss, gradient and decision-boundary charts side by side. Once the graph or the
 * data changed after the run they are dimmed (the caption says why), and no warning derived
 * from them is shown any more, on the chart or on a node: it was about another network.
 */
export function RunCharts() {
  const liveMainRun = useMainRun();
  const stale = useMainRunStale() !== undefined;
  const liveBoundary = useDecisionBoundary(liveMainRun?.id);
  // Each chart redraws at its own pace, in a frame of its own.
  const lossRun = useThrottled(liveMainRun, CHART_REFRESH_MS);
  const gradientRun = useThrottled(liveMainRun, CHART_REFRESH_MS);
  const boundary = useThrottled(liveBoundary, CHART_REFRESH_MS);
  const health = useMemo(() => (stale ? NOT_JUDGED : diagnoseGradients(gradientRun?.gradients ?? [])), [stale, gradientRun?.gradients]);
  useGradientAnnotation(gradientRun?.denseIds[0], describeGradientHealth(health));
  return (
    <div className={stale ? 'run-charts run-charts--stale' : 'run-charts'}>
      <LossChart run={lossRun} />
      <GradientChart run={gradientRun} health={health} />
      <DecisionBoundary snapshot={boundary} />
    </div>
  );
}
